import { Controller, Delete, Get, HttpCode, Param, Post, Query, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import {
  ApiBody, ApiConsumes, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Action } from '@resultatkedjan/contracts';
import { RequirePermission } from '../common/access/require-permission.decorator.js';
import { CurrentAuth } from '../common/access/current-auth.decorator.js';
import type { AuthContext } from '../auth/auth-context.js';
import { PageQueryDto, type Page } from '../common/pagination/page-query.dto.js';
import { ReportAttachmentsService } from './attachments/report-attachments.service.js';
import { uploadInterceptor, type UploadedFileData } from './attachments/upload.interceptor.js';
import { ALLOWED_TYPES_TEXT } from './attachments/file-type.js';
import { ReportAttachmentDto, ReportAttachmentPageDto, ReportFileUploadDto } from './dto/attachment.dto.js';
import { idParam } from '../common/validation/fields.js';
import { ATTACHMENT_NOT_FOUND, REPORT_NOT_FOUND } from './support/report-messages.js';
import { contentDisposition } from './support/content-disposition.js';

@ApiTags('reports')
@Controller('reports/:id/attachments')
@ApiNotFoundResponse({ description: 'Rapporten eller bilagan finns inte' })
export class ReportAttachmentsController {
  constructor(private readonly attachments: ReportAttachmentsService) {}

  @Get()
  @RequirePermission(Action.reportRead)
  @ApiOperation({ summary: 'Rapportens bilagor' })
  @ApiOkResponse({ type: ReportAttachmentPageDto })
  list(
    @CurrentAuth() auth: AuthContext,
    @Param('id', idParam(REPORT_NOT_FOUND)) id: string,
    @Query() query: PageQueryDto,
  ): Promise<Page<ReportAttachmentDto>> {
    return this.attachments.list(auth, id, query);
  }

  @Post()
  @RequirePermission(Action.reportWrite)
  @UseInterceptors(uploadInterceptor())
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: ReportFileUploadDto })
  @ApiOperation({ summary: `Ladda upp en bilaga (högst 5 MB; ${ALLOWED_TYPES_TEXT}; typen kontrolleras på innehållet)` })
  @ApiCreatedResponse({ type: ReportAttachmentDto })
  @ApiUnprocessableEntityResponse({ description: 'Filtypen är inte tillåten eller stämmer inte med innehållet (fields.file)' })
  upload(
    @CurrentAuth() auth: AuthContext,
    @Param('id', idParam(REPORT_NOT_FOUND)) id: string,
    @UploadedFile() file: UploadedFileData | undefined,
  ): Promise<ReportAttachmentDto> {
    return this.attachments.upload(auth, id, file);
  }

  @Get(':attachmentId')
  @RequirePermission(Action.reportRead)
  @ApiProduces('application/octet-stream')
  @ApiOperation({ summary: 'Hämta en bilaga' })
  async download(
    @CurrentAuth() auth: AuthContext,
    @Param('id', idParam(REPORT_NOT_FOUND)) id: string,
    @Param('attachmentId', idParam(ATTACHMENT_NOT_FOUND)) attachmentId: string,
  ): Promise<StreamableFile> {
    const file = await this.attachments.download(auth, id, attachmentId);
    return new StreamableFile(file.data, { type: file.contentType, disposition: contentDisposition(file.filename), length: file.data.length });
  }

  @Delete(':attachmentId')
  @HttpCode(204)
  @RequirePermission(Action.reportWrite)
  @ApiOperation({ summary: 'Ta bort en bilaga (inte efter inlämning eller godkännande)' })
  async remove(
    @CurrentAuth() auth: AuthContext,
    @Param('id', idParam(REPORT_NOT_FOUND)) id: string,
    @Param('attachmentId', idParam(ATTACHMENT_NOT_FOUND)) attachmentId: string,
  ): Promise<void> {
    await this.attachments.remove(auth, id, attachmentId);
  }
}
