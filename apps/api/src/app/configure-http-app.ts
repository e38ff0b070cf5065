import { VersioningType } from '@nestjs/common';
import type { NestExpressApplication, NestExpressBodyParserOptionsFor } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import cookieParser from 'cookie-parser';
import type { AppConfig } from '../platform/config/app-config.js';
import { APP_VERSION } from '../platform/system/version.js';
import { verifyJsonBody } from '../common/validation/json-depth.js';
import { answerClientErrorsInErrorShape } from './client-errors.js';
import { securityHeaders } from './security-headers.js';
import { serveWebApp } from './serve-web-app.js';

/**
 * Everything about the HTTP app that is not a module: security headers, prefix, versioning, body limits (size, depth),
 * OpenAPI, the web build.
 */
export function configureHttpApp(app: NestExpressApplication, config: AppConfig): void {
  app.useLogger(app.get(Logger));
  app.disable('x-powered-by');
  app.use(...securityHeaders(config));
  answerClientErrorsInErrorShape(app.getHttpServer());
  app.set('query parser', 'extended');
  // Nest's types reserve `verify` for `rawBody: true`, which this app does not use, so the hook is passed as is.
  app.useBodyParser('json', { limit: '2mb', verify: verifyJsonBody } as NestExpressBodyParserOptionsFor<'json'>);
  app.use(cookieParser());
  app.set('trust proxy', 'loopback');
  app.setGlobalPrefix('api');
  app.enableVersioning({ type: VersioningType.URI, defaultVersion: '1' });
  app.enableShutdownHooks();

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Resultatkedjan API')
      .setDescription('Mål- och resultatkedjan för kommunkoncernen: organisation, mål, kedjor, indikatorer, utfall och uppföljning.')
      .setVersion(APP_VERSION)
      .addCookieAuth('rk_session')
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });

  serveWebApp(app, config);
}
