import { ApiProperty } from '@nestjs/swagger';
import type { LevelNames, TargetScale, TenantDto, TenantPopulationDto, TenantSettingsDto } from '@resultatkedjan/contracts';

export class TargetScaleResponse implements TargetScale {
  @ApiProperty({ example: 1 }) fulfilledFrom!: number;
  @ApiProperty({ example: 0.95 }) partlyFrom!: number;
}

export class LevelNamesResponse implements LevelNames {
  @ApiProperty({ example: 'Uppfyllt' }) '3'!: string;
  @ApiProperty({ example: 'Delvis uppfyllt' }) '2'!: string;
  @ApiProperty({ example: 'Ej uppfyllt' }) '1'!: string;
  @ApiProperty({ example: 'Ej bedömt' }) '0'!: string;
}

export class TenantSettingsResponse implements TenantSettingsDto {
  @ApiProperty({ example: 5, description: 'Mjukt tak för antal mål per nämnd/bolag (R-1)' }) goalCeiling!: number;
  @ApiProperty({ example: 6, description: 'Mjukt tak för antal indikatorer per mål (R-1)' }) indicatorCeiling!: number;
  @ApiProperty({ type: TargetScaleResponse }) targetScale!: TargetScaleResponse;
  @ApiProperty({ type: LevelNamesResponse, description: 'Kommunens namn på måluppfyllelsens nivåer' }) levelNames!: LevelNamesResponse;
  @ApiProperty({ type: [Number], example: [7, 2], description: 'Påminnelser så många dagar före enheternas sista dag' }) reminderDays!: number[];
}

export class TenantResponse implements TenantDto {
  @ApiProperty({ example: '5f0c6a4e-2b9e-4d0a-9a51-6c1d2f3e4a5b' }) id!: string;
  @ApiProperty({ example: 'Exempelstad kommun' }) name!: string;
  @ApiProperty({ example: '9901' }) kommunkod!: string;
  @ApiProperty({ type: TenantSettingsResponse }) settings!: TenantSettingsResponse;
}

export class TenantPopulationResponse implements TenantPopulationDto {
  @ApiProperty({ example: 2025 }) year!: number;
  @ApiProperty({ example: 45000 }) inhabitants!: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, example: { '0-5': 3150, '6-15': 5400, '80+': 2700 } })
  ageGroups!: Record<string, number>;
}

export class TenantPopulationPage {
  @ApiProperty({ type: [TenantPopulationResponse] }) items!: TenantPopulationResponse[];
  @ApiProperty({ example: 1 }) page!: number;
  @ApiProperty({ example: 50 }) pageSize!: number;
  @ApiProperty({ example: 2 }) total!: number;
}
