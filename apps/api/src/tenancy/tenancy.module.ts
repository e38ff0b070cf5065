import { Module } from '@nestjs/common';
import { TenantController } from './tenant.controller.js';
import { TenantService } from './tenant.service.js';

/** The kommun itself: GET /tenant, settings and population. */
@Module({ controllers: [TenantController], providers: [TenantService] })
export class TenancyModule {}
