import { Global, Module } from '@nestjs/common';
import { AuthController } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { LoginRateLimiter } from './login-rate-limiter.js';
import { InvitationsController } from './invitations/invitations.controller.js';
import { InvitationsService } from './invitations/invitations.service.js';
import { OidcController } from './oidc/oidc.controller.js';
import { OidcClient } from './oidc/oidc-client.service.js';
import { OidcAccountService } from './oidc/oidc-account.service.js';

@Global()
@Module({
  controllers: [AuthController, OidcController, InvitationsController],
  providers: [AuthService, LoginRateLimiter, OidcClient, OidcAccountService, InvitationsService],
  exports: [AuthService, LoginRateLimiter],
})
export class AuthModule {}
