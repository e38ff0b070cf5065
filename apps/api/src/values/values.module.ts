import { Module } from '@nestjs/common';
import { ValueBatchService } from './value-batch.service.js';
import { ValueImportService } from './import/value-import.service.js';
import { ValuesController } from './values.controller.js';
import { ValuesService } from './values.service.js';

/** Utfall: batch upsert, file import, listing and removal of indicator values. */
@Module({ controllers: [ValuesController], providers: [ValuesService, ValueBatchService, ValueImportService] })
export class ValuesModule {}
