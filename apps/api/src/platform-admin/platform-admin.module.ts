import { Global, Module } from '@nestjs/common';
import { PlatformAuthController } from './platform-auth.controller.js';
import { PlatformAuthService } from './platform-auth.service.js';

/** The platform operator: sign-in and the installation-wide views that belong to no kommun. */
@Global()
@Module({
  controllers: [PlatformAuthController],
  providers: [PlatformAuthService],
  exports: [PlatformAuthService],
})
export class PlatformAdminModule {}
