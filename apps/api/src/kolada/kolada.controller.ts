import { Body, Controller, Get, HttpCode, NotFoundException, Param, Post, Put, Query, type PipeTransform } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Action, type ComparisonSetDto, type IndicatorBenchmarkDto, type KoladaKpiDto, type KoladaMunicipalityDto, type KpiBenchmarkDto, type KpiPreviewDto } from '@resultatkedjan/contracts';
import { RequirePermission } from '../common/access/require-permission.decorator.js';
import { CurrentAuth } from '../common/access/current-auth.decorator.js';
import { idParam } from '../common/validation/fields.js';
import type { AuthContext } from '../auth/auth-context.js';
import { assertKommunWide } from '../periods/kommun-wide.js';
import { KoladaService } from './kolada.service.js';
import { KPI_ID_PATTERN } from './kpis/kpi-catalogue.js';
import { BenchmarkYearsQueryDto, KpiSearchQueryDto, MapIndicatorDto, StartSyncDto, UpdateComparisonSetDto } from './dto/kolada.requests.js';
import {
  ComparisonSetResponse,
  IndicatorBenchmarkResponse,
  KoladaKpiResponse,
  KoladaMunicipalityResponse,
  KoladaSyncStartedResponse,
  KpiBenchmarkResponse,
  KpiPreviewResponse,
} from './dto/kolada.responses.js';

/** A Kolada KPI id in the path (`N15428`); anything else is an unknown KPI (404). */
class KpiIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!KPI_ID_PATTERN.test(value)) throw new NotFoundException('KPI:n finns inte.');
    return value;
  }
}

const INDICATOR_ID = idParam('Indikatorn');

/** Kolada: the KPI catalogue, the kommun's comparison set, mapping indicators to KPIs and starting a sync. */
@ApiTags('kolada')
@Controller('kolada')
export class KoladaController {
  constructor(private readonly kolada: KoladaService) {}

  @Get('kpis')
  @RequirePermission(Action.valueRead)
  @ApiOperation({ summary: 'Sök bland Koladas nyckeltal (titel, beskrivning, enhet, könsuppdelning)' })
  @ApiOkResponse({ type: [KoladaKpiResponse] })
  searchKpis(@Query() query: KpiSearchQueryDto): Promise<KoladaKpiDto[]> {
    return this.kolada.searchKpis(query.search ?? '');
  }

  // `kpi` is Kolada's code (N15428), installation-wide, not a row of the kommun.
  @Get('kpis/:kpi/preview')
  @RequirePermission(Action.benchmarkManage)
  @ApiOperation({ summary: 'Förhandsvisning: KPI:ns värden för kommunen och jämförelsegruppen de senaste fem åren (hämtas nu, sparas inte)' })
  @ApiOkResponse({ type: KpiPreviewResponse })
  preview(@CurrentAuth() auth: AuthContext, @Param('kpi', new KpiIdPipe()) kpiId: string): Promise<KpiPreviewDto> {
    assertKommunWide(auth, Action.benchmarkManage);
    return this.kolada.preview(auth, kpiId);
  }

  @Get('municipalities')
  @RequirePermission(Action.valueRead)
  @ApiOperation({ summary: 'Koladas kommuner, regioner, Riket och erbjudna grupper (att välja jämförelser bland)' })
  @ApiOkResponse({ type: [KoladaMunicipalityResponse] })
  municipalities(@CurrentAuth() auth: AuthContext): Promise<KoladaMunicipalityDto[]> {
    return this.kolada.municipalities(auth);
  }

  @Get('comparison-set')
  @RequirePermission(Action.valueRead)
  @ApiOperation({ summary: 'Kommunens jämförelsegrupp (standard: kommungruppen och Riket)' })
  @ApiOkResponse({ type: ComparisonSetResponse })
  comparisonSet(@CurrentAuth() auth: AuthContext): Promise<ComparisonSetDto> {
    return this.kolada.comparisonSet(auth);
  }

  @Put('comparison-set')
  @RequirePermission(Action.benchmarkManage)
  @ApiOperation({ summary: 'Välj jämförelsegrupp: kommuner, grupper och Riket (tom lista = standard)' })
  @ApiOkResponse({ type: ComparisonSetResponse })
  setComparisonSet(@CurrentAuth() auth: AuthContext, @Body() body: UpdateComparisonSetDto): Promise<ComparisonSetDto> {
    assertKommunWide(auth, Action.benchmarkManage);
    return this.kolada.setComparisonSet(auth, body.memberIds);
  }

  @Put('indicators/:id/kpi')
  @RequirePermission(Action.benchmarkManage)
  @ApiOperation({ summary: 'Koppla en indikator till ett nyckeltal i Kolada (null tar bort kopplingen)' })
  @ApiOkResponse({ description: 'Kopplingen' })
  mapIndicator(@CurrentAuth() auth: AuthContext, @Param('id', INDICATOR_ID) id: string, @Body() body: MapIndicatorDto): Promise<{ indicatorId: string; kpiId: string | null }> {
    assertKommunWide(auth, Action.benchmarkManage);
    return this.kolada.mapIndicator(auth, id, body.kpiId);
  }

  @Post('sync')
  @HttpCode(202)
  @RequirePermission(Action.benchmarkManage)
  @ApiOperation({ summary: 'Hämta kopplade nyckeltal från Kolada nu (ett jobb; följ det under Jobbstatus)' })
  @ApiAcceptedResponse({ type: KoladaSyncStartedResponse })
  startSync(@CurrentAuth() auth: AuthContext, @Body() body: StartSyncDto): Promise<{ jobId: string }> {
    assertKommunWide(auth, Action.benchmarkManage);
    return this.kolada.startSync(auth, body.fromYear, body.toYear);
  }
}

/** Benchmark values of the comparison set, by name and never ranked. */
@ApiTags('jämförelser')
@Controller('benchmarks')
export class BenchmarksController {
  constructor(private readonly kolada: KoladaService) {}

  @Get('indicators')
  @RequirePermission(Action.valueRead)
  @ApiOperation({ summary: 'Varje Kolada-kopplad indikator: jämförelsegruppens värden senaste året och spridningen' })
  @ApiOkResponse({ type: [IndicatorBenchmarkResponse] })
  indicators(@CurrentAuth() auth: AuthContext): Promise<IndicatorBenchmarkDto[]> {
    return this.kolada.indicatorBenchmarks(auth);
  }

  @Get('kpis/:kpi')
  @RequirePermission(Action.valueRead)
  @ApiOperation({ summary: 'En KPI:s värden för kommunen och jämförelsegruppen per år, med spridning' })
  @ApiOkResponse({ type: KpiBenchmarkResponse })
  kpi(@CurrentAuth() auth: AuthContext, @Param('kpi', new KpiIdPipe()) kpiId: string, @Query() query: BenchmarkYearsQueryDto): Promise<KpiBenchmarkDto> {
    return this.kolada.kpiBenchmark(auth, kpiId, query.fromYear, query.toYear);
  }
}
