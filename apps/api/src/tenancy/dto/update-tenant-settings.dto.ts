import { ApiPropertyOptional, ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsInt, IsNumber, IsOptional, IsString, Max, Min, ValidateNested } from 'class-validator';
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

  @ApiPropertyOptional({
    type: [Number],
    nullable: true,
    example: [7, 2],
    description: 'Påminn så många dagar före enheternas sista dag (0 = samma dag); gäller även årets och senare års kalendrar. null = standard (7 och 2)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5, { context: { message: 'Högst fem påminnelser.' } })
  @ArrayUnique({ context: { message: 'Samma dag får bara anges en gång.' } })
  @IsInt({ each: true })
  @Min(0, { each: true, context: { message: 'Dagar före sista dag kan inte vara negativt.' } })
  @Max(60, { each: true, context: { message: 'Högst 60 dagar före sista dag.' } })
  reminderDays?: number[] | null;
}
