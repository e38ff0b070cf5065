import { Module } from '@nestjs/common';
import { TenancyModule } from '../tenancy/tenancy.module.js';
import { AgardirektivController } from './agardirektiv.controller.js';
import { AgardirektivService } from './agardirektiv.service.js';
import { GrunduppdragController } from './grunduppdrag.controller.js';
import { GrunduppdragService } from './grunduppdrag.service.js';
import { OrgNodesController } from './org-nodes.controller.js';
import { OrgNodesService } from './org-nodes.service.js';
import { OrgImportService } from './import/org-import.service.js';

/**
 * The kommunkoncern: org tree, ägardirektiv, grunduppdrag. Imports TenancyModule so /tenant is served
 * even before app.module lists it (importing it there too is harmless: Nest keeps one instance).
 */
@Module({
  imports: [TenancyModule],
  controllers: [OrgNodesController, AgardirektivController, GrunduppdragController],
  providers: [OrgNodesService, OrgImportService, AgardirektivService, GrunduppdragService],
})
export class OrgModule {}
