import { Body, Controller, Delete, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { contentDisposition } from '../../reports/support/content-disposition.js';
import { CurrentOperator, PlatformOperatorOnly } from '../../common/access/platform-operator.decorator.js';
import { idParam } from '../../common/validation/fields.js';

const KOMMUN = 'Kommunen';
import type { OperatorContext } from '../operator-context.js';
import { CreatedKommunDto, CreateKommunDto, KommunDto } from './kommun.dto.js';
import { KommunOnboardingService } from './kommun-onboarding.service.js';
import { KommunExportService } from './kommun-export.service.js';

@ApiTags('platform')
@Controller('platform/kommuner')
export class KommunerController {
  constructor(
    private readonly onboarding: KommunOnboardingService,
    private readonly exports: KommunExportService,
  ) {}

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

  @Get(':id/export')
  @PlatformOperatorOnly()
  @ApiOperation({ summary: 'Hela kommunens data som ZIP: manifest, en JSON-fil per tabell och rapporternas bilagor' })
  @ApiProduces('application/zip')
  @ApiOkResponse({ description: 'ZIP-fil' })
  async export(@CurrentOperator() operator: OperatorContext, @Param('id', idParam(KOMMUN)) id: string, @Res() res: Response): Promise<void> {
    const { filename, zip } = await this.exports.export(operator, id);
    res.type('application/zip').set('Content-Disposition', contentDisposition(filename)).send(zip);
  }

  @Delete(':id')
  @PlatformOperatorOnly()
  @HttpCode(204)
  @ApiOperation({ summary: 'Ta bort en inaktiverad kommun och alla dess rader (inga andra kommuners)' })
  @ApiNoContentResponse()
  @ApiConflictResponse({ description: 'Kommunen är aktiv: inaktivera den först' })
  async delete(@CurrentOperator() operator: OperatorContext, @Param('id', idParam(KOMMUN)) id: string): Promise<void> {
    await this.exports.delete(operator, id);
  }
}
