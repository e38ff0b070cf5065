import { Controller, Get, HttpException, Inject, Req, Res } from '@nestjs/common';
import { ApiFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../../common/access/public.decorator.js';
import { APP_CONFIG } from '../../platform/config/config.module.js';
import type { AppConfig } from '../../platform/config/app-config.js';
import { AuthService } from '../auth.service.js';
import { CSRF_COOKIE, SESSION_COOKIE, SESSION_TTL_MS } from '../session-token.js';
import { AuthProvidersDto } from './auth-providers.dto.js';
import { OidcAccountService } from './oidc-account.service.js';
import { OidcClient } from './oidc-client.service.js';
import { OidcLoginError } from './oidc-errors.js';
import { OIDC_STATE_COOKIE, OIDC_STATE_TTL_MS } from './oidc-state-cookie.js';
import { ssoErrorPage } from './sso-error-page.js';

const LOGIN_PATH = '/api/v1/auth/oidc/login';
const COOKIE_PATH = '/api/v1/auth/oidc';

@ApiTags('auth')
@Controller('auth')
export class OidcController {
  constructor(
    private readonly oidc: OidcClient,
    private readonly accounts: OidcAccountService,
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('providers')
  @Public()
  @ApiOperation({ summary: 'Vilka inloggningssätt som finns (lösenord, och SSO om det är konfigurerat)' })
  @ApiOkResponse({ type: AuthProvidersDto })
  providers(): AuthProvidersDto {
    return { password: true, sso: { enabled: this.oidc.enabled, name: this.oidc.providerName, loginUrl: this.oidc.enabled ? LOGIN_PATH : null } };
  }

  @Get('oidc/login')
  @Public()
  @ApiOperation({ summary: 'Börja logga in med SSO: skickar vidare till identitetsleverantören' })
  @ApiFoundResponse({ description: 'Omdirigering till identitetsleverantören' })
  async login(@Req() req: Request, @Res() res: Response): Promise<void> {
    await this.answer(req, res, async () => {
      const { url, cookie } = await this.oidc.begin();
      res.cookie(OIDC_STATE_COOKIE, cookie, { ...this.cookieOptions(), maxAge: OIDC_STATE_TTL_MS, path: COOKIE_PATH });
      res.redirect(302, url);
    });
  }

  @Get('oidc/callback')
  @Public()
  @ApiOperation({ summary: 'Återkomst från identitetsleverantören: kopplar till ett befintligt konto och startar en session' })
  @ApiFoundResponse({ description: 'Inloggad: omdirigering till /' })
  async callback(@Req() req: Request, @Res() res: Response): Promise<void> {
    await this.answer(req, res, async () => {
      const sealed = req.cookies?.[OIDC_STATE_COOKIE] as string | undefined;
      res.clearCookie(OIDC_STATE_COOKIE, { path: COOKIE_PATH });
      const query = req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?') + 1) : '';
      const identity = await this.oidc.complete(query, sealed);
      const user = await this.accounts.resolve(identity);
      const session = await this.auth.startSession(user);
      res.cookie(SESSION_COOKIE, session.token, { ...this.cookieOptions(), httpOnly: true, path: '/', maxAge: SESSION_TTL_MS });
      res.cookie(CSRF_COOKIE, session.auth.csrfToken, { ...this.cookieOptions(), httpOnly: false, path: '/', maxAge: SESSION_TTL_MS });
      res.redirect(302, '/');
    });
  }

  private cookieOptions() {
    return { httpOnly: true, sameSite: 'lax' as const, secure: this.config.env === 'production' };
  }

  /** A refused login is a Swedish page for a browser and the usual JSON error for anything else. */
  private async answer(req: Request, res: Response, work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (error) {
      if (!(error instanceof OidcLoginError)) throw error;
      if (req.accepts(['json', 'html']) === 'html') {
        res.status(error.status).type('html').send(ssoErrorPage(error.message));
        return;
      }
      throw new HttpException(error.message, error.status);
    }
  }
}

