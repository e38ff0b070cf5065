import { ApiProperty } from '@nestjs/swagger';
import { IsDefined, IsObject } from 'class-validator';
import type { ReportingKinds, ReportingKindsDto } from '@resultatkedjan/contracts';

export class PutReportingKindsDto implements ReportingKindsDto {
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'array', items: { type: 'string', enum: ['manad', 'kvartal', 'tertial', 'delar', 'helar'] } },
    example: { kf: [], ks: ['delar', 'helar'], namnd: ['delar', 'helar'], bolag: ['kvartal', 'delar', 'helar'], forvaltning: [], verksamhet: [], enhet: ['kvartal', 'helar'] },
    description: 'Organisationsnodtyp → periodtyper den rapporterar i. Typer som saknas rapporterar inte.',
  })
  @IsDefined()
  @IsObject()
  reportingKinds!: ReportingKinds;
}
