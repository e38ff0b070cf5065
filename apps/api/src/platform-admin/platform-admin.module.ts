import { Global, Module } from '@nestjs/common';
import { PlatformAuthController } from './platform-auth.controller.js';
import { PlatformAuthService } from './platform-auth.service.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { KommunerController } from './kommuner/kommuner.controller.js';
import { KommunOnboardingService } from './kommuner/kommun-onboarding.service.js';
import { KommunExportService } from './kommuner/kommun-export.service.js';

/** The platform operator: sign-in and the installation-wide views that belong to no kommun. */
@Global()
@Module({
  imports: [NotificationsModule],
  controllers: [PlatformAuthController, KommunerController],
  providers: [PlatformAuthService, KommunOnboardingService, KommunExportService],
  exports: [PlatformAuthService],
})
export class PlatformAdminModule {}
