import { ApiPropertyOptional, ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsNumber, IsOptional, IsString, Max, Min, ValidateNested } from 'class-validator';
import { IntField } from '../../common/validation/fields.js';
import { sv } from '../../common/validation/swedish-message.js';
import type { LevelNames, TargetScale, UpdateTenantSettingsRequest } from '@resultatkedjan/contracts';

export class TargetScaleDto implements TargetScale {
  @ApiProperty({ example: 1, minimum: 0.5, maximum: 1.5, description: 'Uppfyllt från och med a ≥ detta värde' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0.5, sv('Gränsen för Uppfyllt måste vara minst 0,5.'))
  @Max(1.5, sv('Gränsen för Uppfyllt får vara högst 1,5.'))
  fulfilledFrom!: number;

  @ApiProperty({ example: 0.95, minimum: 0.5, maximum: 1.5, description: 'Delvis uppfyllt från och med a ≥ detta värde' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0.5, sv('Gränsen för Delvis uppfyllt måste vara minst 0,5.'))
  @Max(1.5, sv('Gränsen för Delvis uppfyllt får vara högst 1,5.'))
  partlyFrom!: number;
}

const NAME_MESSAGE = sv('Ange nivåns namn som text.');

/** Length, blanks and repeats are checked after trimming, in the service (libs/domain levelNameProblems). */
export class LevelNamesDto implements LevelNames {
  @ApiProperty({ example: 'Uppfyllt', maxLength: 40 }) @IsString(NAME_MESSAGE) '3'!: string;
  @ApiProperty({ example: 'Delvis uppfyllt', maxLength: 40 }) @IsString(NAME_MESSAGE) '2'!: string;
  @ApiProperty({ example: 'Ej uppfyllt', maxLength: 40 }) @IsString(NAME_MESSAGE) '1'!: string;
  @ApiProperty({ example: 'Ej bedömt', maxLength: 40 }) @IsString(NAME_MESSAGE) '0'!: string;
}

export class UpdateTenantSettingsDto implements UpdateTenantSettingsRequest {
  @ApiPropertyOptional({ type: Number, nullable: true, example: 5, minimum: 1, maximum: 50, description: 'null = tillbaka till standard (5)' })
  @IsOptional()
  @IntField({ min: 1, max: 50, message: { min: 'Taket måste vara minst 1.', max: 'Taket får vara högst 50.' } })
  goalCeiling?: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true, example: 6, minimum: 1, maximum: 50, description: 'null = tillbaka till standard (6)' })
  @IsOptional()
  @IntField({ min: 1, max: 50, message: { min: 'Taket måste vara minst 1.', max: 'Taket får vara högst 50.' } })
  indicatorCeiling?: number | null;

  @ApiPropertyOptional({ type: TargetScaleDto, nullable: true, description: 'null = tillbaka till standard (1,00 / 0,95)' })
  @IsOptional()
  @ValidateNested()
  @Type(() => TargetScaleDto)
  targetScale?: TargetScaleDto | null;

  @ApiPropertyOptional({
    type: LevelNamesDto,
    nullable: true,
    description: 'Namnen på nivåerna 3, 2, 1 och 0, alla fyra på en gång; null = tillbaka till standard (Uppfyllt, Delvis uppfyllt, Ej uppfyllt, Ej bedömt)',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => LevelNamesDto)
  levelNames?: LevelNamesDto | null;
}
