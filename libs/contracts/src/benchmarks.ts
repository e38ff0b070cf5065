/** Kolada benchmarking: KPIs, the comparison set and benchmark values (issue 17). */

export interface KoladaKpiDto {
  id: string;
  title: string;
  description: string | null;
  /** Read from the title ("andel (%)", "kr/elev"); Kolada has no unit field. */
  unit: string | null;
  isDividedByGender: boolean;
  municipalityType: string | null;
  operatingArea: string | null;
}

export interface KoladaMunicipalityDto {
  id: string;
  title: string;
  /** K kommun, L region/Riket, G group. */
  type: string;
  kommungruppId: string | null;
}

export interface ComparisonSetDto {
  /** The kommun's own code (null when it is not a real kommun in Kolada, e.g. the demo). */
  ownKommunkod: string | null;
  /** Whether the set was chosen (false: the default, the kommungrupp and Riket). */
  chosen: boolean;
  members: { id: string; title: string }[];
}

export interface UpdateComparisonSetRequest {
  memberIds: string[];
}

export interface BenchmarkPointDto {
  year: number;
  value: number | null;
  /** True only for figures that came unchanged from Kolada ("Källa: Kolada"); never for derived or synthetic ones. */
  fromKolada: boolean;
}

export interface BenchmarkSeriesDto {
  municipalityId: string;
  name: string;
  kind: 'egen' | 'kommun' | 'grupp' | 'riket';
  points: BenchmarkPointDto[];
}

export interface BenchmarkSpreadDto {
  year: number;
  min: number | null;
  max: number | null;
  /** How many members of the comparison set have a value that year. */
  count: number;
}

export interface KpiBenchmarkDto {
  kpiId: string;
  kpi: KoladaKpiDto | null;
  years: number[];
  /** Sorted by name, Riket last: never a ranking. */
  series: BenchmarkSeriesDto[];
  spread: BenchmarkSpreadDto[];
}

export interface IndicatorBenchmarkDto {
  indicatorId: string;
  indicatorKey: string;
  kpiId: string;
  /** The kommun's own name, shown with its comparison. */
  kommunName: string;
  /** The latest year with comparison values from Kolada itself (else the latest with any). */
  year: number | null;
  values: { municipalityId: string; name: string; value: number | null; fromKolada: boolean }[];
  spread: BenchmarkSpreadDto | null;
}

export interface KoladaSyncStartedDto {
  jobId: string;
}

export interface KpiPreviewDto {
  kpi: KoladaKpiDto | null;
  series: BenchmarkSeriesDto[];
}
