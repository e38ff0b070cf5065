import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query, UploadedFile, UseInterceptors } from '@nestjs/common';
import {
  ApiBody, ApiConsumes, ApiForbiddenResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiPayloadTooLargeResponse,
  ApiTags, ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Action, MAX_VALUE_BATCH_ROWS, type IndicatorValueDto, type ValueBatchResult, type ValueImportResult } from '@resultatkedjan/contracts';
import type { AuthContext } from '../auth/auth-context.js';
import { CurrentAuth } from '../common/access/current-auth.decorator.js';
import { RequirePermission } from '../common/access/require-permission.decorator.js';
import type { Page } from '../common/pagination/page-query.dto.js';
import { idParam } from '../common/validation/fields.js';
import { ValueBatchBody, ValueBatchResponse } from './value-batch.dto.js';
import { ValueBatchService } from './value-batch.service.js';
import { ValueQueryDto } from './value-query.dto.js';
import { IndicatorValuePageResponse } from './value.response.js';
import { ValuesService } from './values.service.js';
import { uploadInterceptor, type UploadedFileData } from '../reports/attachments/upload.interceptor.js';
import { ValueImportBody, ValueImportResponse } from './import/value-import.dto.js';
import { ValueImportService } from './import/value-import.service.js';

@ApiTags('utfall')
@Controller('values')
export class ValuesController {
  constructor(
    private readonly values: ValuesService,
    private readonly batches: ValueBatchService,
    private readonly imports: ValueImportService,
  ) {}

  @Get()
  @RequirePermission(Action.valueRead)
  @ApiOperation({ summary: 'Inrapporterade värden (utfall), filtrerade på indikator, mål, enhet, period eller år (sidindelat)' })
  @ApiOkResponse({ type: IndicatorValuePageResponse })
  list(@CurrentAuth() auth: AuthContext, @Query() query: ValueQueryDto): Promise<Page<IndicatorValueDto>> {
    return this.values.list(auth, query);
  }

  @Put()
  @RequirePermission(Action.valueWrite)
  @ApiOperation({
    summary: `Spara upp till ${MAX_VALUE_BATCH_ROWS} värden i en transaktion (allt eller inget). Varje rads enhet måste ` +
      'ligga inom din behörighet; rollen ekonom får bara rapportera indikatorer på länken resurs.',
  })
  @ApiOkResponse({ type: ValueBatchResponse })
  @ApiUnprocessableEntityResponse({ description: "Fel nycklade per rad, t.ex. 'rows.3.value': ['Måste vara ett tal.']" })
  @ApiForbiddenResponse({ description: 'En rad ligger utanför din behörighet (nycklat per rad)' })
  @ApiPayloadTooLargeResponse({ description: 'Begäran är större än 2 MB' })
  write(@CurrentAuth() auth: AuthContext, @Body() body: ValueBatchBody): Promise<ValueBatchResult> {
    return this.batches.write(auth, body);
  }

  @Post('import')
  @HttpCode(200)
  @RequirePermission(Action.valueWrite)
  @UseInterceptors(uploadInterceptor())
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: ValueImportBody })
  @ApiOperation({ summary: 'Läs in en indikators värden från XLSX eller CSV (Enhet, Period, Värde, Kommentar, Referensperiod), allt eller inget' })
  @ApiOkResponse({ type: ValueImportResponse })
  @ApiUnprocessableEntityResponse({ description: "Fel per rad och kolumn i filen, t.ex. fields['rad 5.värde']" })
  import(
    @CurrentAuth() auth: AuthContext,
    @Body() body: ValueImportBody,
    @UploadedFile() file: UploadedFileData | undefined,
  ): Promise<ValueImportResult> {
    return this.imports.import(auth, body.indicatorId, file);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission(Action.valueWrite)
  @ApiOperation({ summary: 'Ta bort ett värde' })
  @ApiNoContentResponse({ description: 'Borttaget' })
  @ApiNotFoundResponse({ description: 'Värdet finns inte' })
  remove(@CurrentAuth() auth: AuthContext, @Param('id', idParam('Värdet')) id: string): Promise<void> {
    return this.values.remove(auth, id);
  }
}
