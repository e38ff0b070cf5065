import { Module } from '@nestjs/common';
import { Clock } from '../platform/jobs/clock.js';
import { koladaClientProvider } from './client/kolada-client.provider.js';
import { ComparisonSets } from './comparison/comparison-sets.js';
import { KpiCatalogue } from './kpis/kpi-catalogue.js';
import { BenchmarksController, KoladaController } from './kolada.controller.js';
import { KoladaService } from './kolada.service.js';

/** API side of Kolada benchmarking (the worker side is KoladaWorkerModule). */
@Module({
  controllers: [KoladaController, BenchmarksController],
  providers: [Clock, koladaClientProvider, ComparisonSets, KpiCatalogue, KoladaService],
})
export class KoladaModule {}
