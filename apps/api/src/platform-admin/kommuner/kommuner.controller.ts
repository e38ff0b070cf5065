import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentOperator, PlatformOperatorOnly } from '../../common/access/platform-operator.decorator.js';
import { idParam } from '../../common/validation/fields.js';

const KOMMUN = 'Kommunen';
import type { OperatorContext } from '../operator-context.js';
import { CreatedKommunDto, CreateKommunDto, KommunDto } from './kommun.dto.js';
import { KommunOnboardingService } from './kommun-onboarding.service.js';

@ApiTags('platform')
@Controller('platform/kommuner')
export class KommunerController {
  constructor(private readonly onboarding: KommunOnboardingService) {}

  @Get()
  @PlatformOperatorOnly()
  @ApiOperation({ summary: 'Installationens kommuner (plattformsoperatören)' })
  @ApiOkResponse({ type: KommunDto, isArray: true })
  list(@CurrentOperator() operator: OperatorContext): Promise<KommunDto[]> {
    return this.onboarding.list(operator);
  }

  @Post()
  @PlatformOperatorOnly()
  @ApiOperation({ summary: 'Starta en ny kommun med KF, uppföljningskalender och en första administratör (inbjudningslänk)' })
  @ApiCreatedResponse({ type: CreatedKommunDto })
  @ApiConflictResponse({ description: 'Kommunkoden eller e-postadressen används redan' })
  create(@CurrentOperator() operator: OperatorContext, @Body() body: CreateKommunDto): Promise<CreatedKommunDto> {
    return this.onboarding.create(operator, body);
  }

  @Post(':id/deactivate')
  @PlatformOperatorOnly()
  @HttpCode(200)
  @ApiOperation({ summary: 'Inaktivera en kommun: ingen loggar in och inga jobb körs; data finns kvar' })
  @ApiOkResponse({ type: KommunDto })
  deactivate(@CurrentOperator() operator: OperatorContext, @Param('id', idParam(KOMMUN)) id: string): Promise<KommunDto> {
    return this.onboarding.setActive(operator, id, false);
  }

  @Post(':id/activate')
  @PlatformOperatorOnly()
  @HttpCode(200)
  @ApiOperation({ summary: 'Aktivera en inaktiverad kommun igen' })
  @ApiOkResponse({ type: KommunDto })
  activate(@CurrentOperator() operator: OperatorContext, @Param('id', idParam(KOMMUN)) id: string): Promise<KommunDto> {
    return this.onboarding.setActive(operator, id, true);
  }
}
