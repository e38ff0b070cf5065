import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsDefined, IsInt, IsObject, IsOptional, Max, Min, ValidateBy } from 'class-validator';
import type { DeadlineAdjust, PutCalendarRequest } from '@resultatkedjan/contracts';

const stringOrObject = ValidateBy({
  name: 'isTemplateInput',
  validator: {
    validate: (value: unknown) => typeof value === 'string' || (typeof value === 'object' && value !== null && !Array.isArray(value)),
    defaultMessage: () => 'Måste vara ett mall-id (se GET /calendars/presets) eller en hel mall.',
  },
});

export class PutCalendarDto implements PutCalendarRequest {
  @ApiProperty({
    oneOf: [{ type: 'string' }, { type: 'object', description: 'En hel mall (libs/domain FollowUpTemplate)' }],
    example: 'kvartal-delar-augusti-helar',
    description: 'Mall-id från GET /calendars/presets, eller en hel mall med schedules per periodtyp.',
  })
  @IsDefined()
  @stringOrObject
  template!: string | Record<string, unknown>;

  @ApiPropertyOptional({ type: [Number], example: [7, 2], description: 'Påminn så många dagar före enheternas sista dag (0 = samma dag). Utelämnad = årets sparade dagar behålls; ett nytt år får kommunens (GET /tenant).' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5)
  @ArrayUnique({ context: { message: 'Samma dag får bara anges en gång.' } })
  @IsInt({ each: true })
  @Min(0, { each: true, context: { message: 'Dagar före sista dag kan inte vara negativt.' } })
  @Max(60, { each: true, context: { message: 'Högst 60 dagar före sista dag.' } })
  reminderDays?: number[];

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    example: { '2026-Q1': { deadline: '2026-04-15' } },
    description: 'Controllerns egna datum per period och milstolpe; flyttas till arbetsdag. Utelämnad = de sparade behålls (även de från PATCH /periods/:id); {} tar bort dem.',
  })
  @IsOptional()
  @IsObject()
  overrides?: Record<string, Record<string, string | { date: string; adjust: DeadlineAdjust }>>;
}
