import { Module } from '@nestjs/common';
import { ExportBuilder } from './export-builder.service.js';
import { ExportsProcessor } from './exports.processor.js';

/** Worker side of the exports: the processor that builds each export's file from its period's snapshot. */
@Module({
  providers: [ExportBuilder, ExportsProcessor],
})
export class ExportsWorkerModule {}
