import { ApiProperty } from '@nestjs/swagger';
import type {
  BenchmarkPointDto,
  BenchmarkSeriesDto,
  BenchmarkSpreadDto,
  ComparisonSetDto,
  IndicatorBenchmarkDto,
  KoladaKpiDto,
  KoladaMunicipalityDto,
  KoladaSyncStartedDto,
  KpiBenchmarkDto,
  KpiPreviewDto,
} from '@resultatkedjan/contracts';

export class KoladaKpiResponse implements KoladaKpiDto {
  @ApiProperty({ example: 'N15428' }) id!: string;
  @ApiProperty({ example: 'Elever i åk 9 behöriga till yrkesprogram, hemkommun, andel (%)' }) title!: string;
  @ApiProperty({ type: String, nullable: true }) description!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '%' }) unit!: string | null;
  @ApiProperty() isDividedByGender!: boolean;
  @ApiProperty({ type: String, nullable: true, example: 'K' }) municipalityType!: string | null;
  @ApiProperty({ type: String, nullable: true }) operatingArea!: string | null;
}

export class KoladaMunicipalityResponse implements KoladaMunicipalityDto {
  @ApiProperty({ example: '1384' }) id!: string;
  @ApiProperty({ example: 'Kungsbacka' }) title!: string;
  @ApiProperty({ example: 'K', description: 'K kommun, L region/Riket, G grupp' }) type!: string;
  @ApiProperty({ type: String, nullable: true, example: 'G92787' }) kommungruppId!: string | null;
}

class ComparisonMemberResponse {
  @ApiProperty({ example: '1384' }) id!: string;
  @ApiProperty({ example: 'Kungsbacka' }) title!: string;
}

export class ComparisonSetResponse implements ComparisonSetDto {
  @ApiProperty({ type: String, nullable: true, example: '1384' }) ownKommunkod!: string | null;
  @ApiProperty() chosen!: boolean;
  @ApiProperty({ type: [ComparisonMemberResponse] }) members!: ComparisonMemberResponse[];
}

class BenchmarkPointResponse implements BenchmarkPointDto {
  @ApiProperty({ example: 2022 }) year!: number;
  @ApiProperty({ type: Number, nullable: true }) value!: number | null;
  @ApiProperty({ description: 'Oförändrad från Kolada (visas med "Källa: Kolada"); aldrig för bearbetade eller syntetiska värden' }) fromKolada!: boolean;
}

class BenchmarkSeriesResponse implements BenchmarkSeriesDto {
  @ApiProperty({ example: '1384' }) municipalityId!: string;
  @ApiProperty({ example: 'Kungsbacka' }) name!: string;
  @ApiProperty({ enum: ['egen', 'kommun', 'grupp', 'riket'] }) kind!: BenchmarkSeriesDto['kind'];
  @ApiProperty({ type: [BenchmarkPointResponse] }) points!: BenchmarkPointResponse[];
}

class BenchmarkSpreadResponse implements BenchmarkSpreadDto {
  @ApiProperty({ example: 2022 }) year!: number;
  @ApiProperty({ type: Number, nullable: true }) min!: number | null;
  @ApiProperty({ type: Number, nullable: true }) max!: number | null;
  @ApiProperty() count!: number;
}

export class KpiBenchmarkResponse implements KpiBenchmarkDto {
  @ApiProperty({ example: 'N15428' }) kpiId!: string;
  @ApiProperty({ type: KoladaKpiResponse, nullable: true }) kpi!: KoladaKpiResponse | null;
  @ApiProperty({ type: [Number] }) years!: number[];
  @ApiProperty({ type: [BenchmarkSeriesResponse], description: 'Efter namn, Riket sist: aldrig en rangordning' }) series!: BenchmarkSeriesResponse[];
  @ApiProperty({ type: [BenchmarkSpreadResponse] }) spread!: BenchmarkSpreadResponse[];
}

class IndicatorBenchmarkValueResponse {
  @ApiProperty({ example: '1384' }) municipalityId!: string;
  @ApiProperty({ example: 'Kungsbacka' }) name!: string;
  @ApiProperty({ type: Number, nullable: true }) value!: number | null;
  @ApiProperty() fromKolada!: boolean;
}

export class IndicatorBenchmarkResponse implements IndicatorBenchmarkDto {
  @ApiProperty({ format: 'uuid' }) indicatorId!: string;
  @ApiProperty({ example: 'BUN1.K2' }) indicatorKey!: string;
  @ApiProperty({ example: 'N15428' }) kpiId!: string;
  @ApiProperty({ example: 'Exempelstad' }) kommunName!: string;
  @ApiProperty({ type: Number, nullable: true }) year!: number | null;
  @ApiProperty({ type: [IndicatorBenchmarkValueResponse] }) values!: IndicatorBenchmarkValueResponse[];
  @ApiProperty({ type: BenchmarkSpreadResponse, nullable: true }) spread!: BenchmarkSpreadResponse | null;
}

export class KoladaSyncStartedResponse implements KoladaSyncStartedDto {
  @ApiProperty() jobId!: string;
}

export class KpiPreviewResponse implements KpiPreviewDto {
  @ApiProperty({ type: KoladaKpiResponse, nullable: true }) kpi!: KoladaKpiResponse | null;
  @ApiProperty({ type: [BenchmarkSeriesResponse] }) series!: BenchmarkSeriesResponse[];
}
