import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { ReportsController } from './reports.controller.js';
import { ReportReadService } from './content/report-read.service.js';
import { ReportSaveService } from './workflow/report-save.service.js';
import { ReportWorkflowService } from './workflow/report-workflow.service.js';
import { ReportAttachmentsController } from './report-attachments.controller.js';
import { ReportAttachmentsService } from './attachments/report-attachments.service.js';
import { ReportImportController } from './report-import.controller.js';
import { ReportImportService } from './import/report-import.service.js';

/** Quarterly reports: reading, saving drafts, the submit/approve/return/reopen workflow, attachments and import. */
@Module({
  imports: [NotificationsModule],
  controllers: [ReportsController, ReportAttachmentsController, ReportImportController],
  providers: [ReportReadService, ReportSaveService, ReportWorkflowService, ReportAttachmentsService, ReportImportService],
})
export class ReportsModule {}
