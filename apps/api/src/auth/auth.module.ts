import { Global, Module } from '@nestjs/common';
import { APP_CONFIG } from '../platform/config/config.module.js';
import type { AppConfig } from '../platform/config/app-config.js';
import { SecretBox } from '../platform/crypto/secret-box.js';
import { AuthController } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { LoginRateLimiter } from './login-rate-limiter.js';
import { InvitationsController } from './invitations/invitations.controller.js';
import { InvitationsService } from './invitations/invitations.service.js';
import { OidcController } from './oidc/oidc.controller.js';
import { OidcProviders } from './oidc/oidc-providers.service.js';
import { OidcAccountService } from './oidc/oidc-account.service.js';
import { SignInSettingsController } from './sso/sign-in-settings.controller.js';
import { SignInSettingsService } from './sso/sign-in-settings.service.js';

@Global()
@Module({
  controllers: [AuthController, OidcController, InvitationsController, SignInSettingsController],
  providers: [
    AuthService,
    LoginRateLimiter,
    { provide: SecretBox, useFactory: (config: AppConfig) => SecretBox.fromConfig(config), inject: [APP_CONFIG] },
    OidcProviders,
    OidcAccountService,
    InvitationsService,
    SignInSettingsService,
  ],
  exports: [AuthService, LoginRateLimiter],
})
export class AuthModule {}
