import { Controller, Get, HttpCode, Param, Post, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Action } from '@resultatkedjan/contracts';
import { RequirePermission } from '../common/access/require-permission.decorator.js';
import { CurrentAuth } from '../common/access/current-auth.decorator.js';
import type { AuthContext } from '../auth/auth-context.js';
import { ReportImportService } from './import/report-import.service.js';
import { uploadInterceptor, type UploadedFileData } from './attachments/upload.interceptor.js';
import { CONTENT_TYPES } from './attachments/file-type.js';
import { ReportFileUploadDto } from './dto/attachment.dto.js';
import { ReportImportResultDto } from './dto/import-result.dto.js';
import { idParam } from '../common/validation/fields.js';
import { REPORT_NOT_FOUND } from './support/report-messages.js';
import { contentDisposition } from './support/content-disposition.js';

@ApiTags('reports')
@Controller('reports/:id')
@ApiNotFoundResponse({ description: 'Rapporten finns inte' })
export class ReportImportController {
  constructor(private readonly imports: ReportImportService) {}

  @Get('import-template.xlsx')
  @RequirePermission(Action.reportRead)
  @ApiProduces(CONTENT_TYPES.xlsx)
  @ApiOperation({ summary: 'Importmall (Excel) med rapportens indikatorer, föregående värde, målvärde och instruktioner' })
  async template(@CurrentAuth() auth: AuthContext, @Param('id', idParam(REPORT_NOT_FOUND)) id: string): Promise<StreamableFile> {
    const file = await this.imports.template(auth, id);
    return new StreamableFile(file.data, { type: CONTENT_TYPES.xlsx, disposition: contentDisposition(file.filename), length: file.data.length });
  }

  @Post('import')
  @HttpCode(200)
  @RequirePermission(Action.reportWrite)
  @UseInterceptors(uploadInterceptor())
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: ReportFileUploadDto })
  @ApiOperation({ summary: 'Läs in värden från ifylld mall (XLSX) eller CSV (; eller ,), allt eller inget, högst 5 000 rader / 5 MB' })
  @ApiOkResponse({ type: ReportImportResultDto })
  @ApiUnprocessableEntityResponse({ description: "Fel per rad och kolumn, t.ex. fields['rad 5.värde']" })
  import(
    @CurrentAuth() auth: AuthContext,
    @Param('id', idParam(REPORT_NOT_FOUND)) id: string,
    @UploadedFile() file: UploadedFileData | undefined,
  ): Promise<ReportImportResultDto> {
    return this.imports.import(auth, id, file);
  }
}
