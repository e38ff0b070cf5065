import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, UploadedFile, UseInterceptors } from '@nestjs/common';
import {
  ApiBody, ApiConflictResponse, ApiConsumes, ApiCreatedResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Action, type OrgNodeDto, type OrgTreeNode } from '@resultatkedjan/contracts';
import type { AuthContext } from '../auth/auth-context.js';
import { CurrentAuth } from '../common/access/current-auth.decorator.js';
import { RequirePermission } from '../common/access/require-permission.decorator.js';
import type { Page } from '../common/pagination/page-query.dto.js';
import { CloseOrgNodeDto } from './dto/close-org-node.dto.js';
import { CreateOrgNodeDto } from './dto/create-org-node.dto.js';
import { OrgNodeQueryDto, OrgTreeQueryDto } from './dto/org-node-query.dto.js';
import { OrgNodePageResponse, OrgNodeResponse, OrgTreeNodeResponse } from './dto/org-node.response.js';
import { UpdateOrgNodeDto } from './dto/update-org-node.dto.js';
import { idParam } from '../common/validation/fields.js';
import { OrgNodesService } from './org-nodes.service.js';
import { OrgImportResultDto, OrgImportUploadDto } from './import/org-import.dto.js';
import { OrgImportService } from './import/org-import.service.js';
import { uploadInterceptor, type UploadedFileData } from '../reports/attachments/upload.interceptor.js';

const NODE = 'Organisationsenheten';

@ApiTags('org')
@Controller('org-nodes')
export class OrgNodesController {
  constructor(
    private readonly nodes: OrgNodesService,
    private readonly imports: OrgImportService,
  ) {}

  @Get()
  @RequirePermission(Action.orgRead)
  @ApiOperation({ summary: 'Organisationsenheter som platt lista (sorterade efter ordning och namn)' })
  @ApiOkResponse({ type: OrgNodePageResponse })
  list(@CurrentAuth() auth: AuthContext, @Query() query: OrgNodeQueryDto): Promise<Page<OrgNodeDto>> {
    return this.nodes.list(auth, query);
  }

  @Get('tree')
  @RequirePermission(Action.orgRead)
  @ApiOperation({ summary: 'Hela kommunkoncernens träd, eventuellt som det såg ut ett visst datum; barn sorterade efter ordning och namn' })
  @ApiOkResponse({ type: [OrgTreeNodeResponse] })
  tree(@CurrentAuth() auth: AuthContext, @Query() query: OrgTreeQueryDto): Promise<OrgTreeNode[]> {
    return this.nodes.tree(auth, query.activeOn);
  }

  @Get(':id')
  @RequirePermission(Action.orgRead)
  @ApiOperation({ summary: 'En organisationsenhet' })
  @ApiOkResponse({ type: OrgNodeResponse })
  @ApiNotFoundResponse({ description: 'Finns inte i den egna kommunen' })
  get(@CurrentAuth() auth: AuthContext, @Param('id', idParam(NODE)) id: string): Promise<OrgNodeDto> {
    return this.nodes.get(auth, id);
  }

  @Post()
  @RequirePermission(Action.orgWrite)
  @ApiOperation({ summary: 'Skapa en organisationsenhet (kf är roten; nämnd/ks under kf; förvaltning under nämnd/ks; bolag under kf eller bolag)' })
  @ApiCreatedResponse({ type: OrgNodeResponse })
  @ApiConflictResponse({ description: 'Nyckeln används redan i kommunen' })
  @ApiUnprocessableEntityResponse({ description: 'Ogiltiga uppgifter eller fel typ av överordnad enhet' })
  create(@CurrentAuth() auth: AuthContext, @Body() body: CreateOrgNodeDto): Promise<OrgNodeDto> {
    return this.nodes.create(auth, body);
  }

  @Post('import')
  @HttpCode(200)
  @RequirePermission(Action.orgWrite)
  @UseInterceptors(uploadInterceptor())
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: OrgImportUploadDto })
  @ApiOperation({
    summary: 'Läs in nya enheter från XLSX eller CSV (Nyckel, Namn, Typ, Överordnad nyckel, Gäller från; Ägarandel, Ändamål för bolag), allt eller inget',
  })
  @ApiOkResponse({ type: OrgImportResultDto })
  @ApiUnprocessableEntityResponse({ description: "Fel per rad och kolumn, t.ex. fields['rad 4.typ']" })
  import(@CurrentAuth() auth: AuthContext, @UploadedFile() file: UploadedFileData | undefined): Promise<{ created: OrgNodeDto[] }> {
    return this.imports.import(auth, file);
  }

  @Patch(':id')
  @RequirePermission(Action.orgWrite)
  @ApiOperation({ summary: 'Byt namn, flytta (ny parentId), ändra ordning eller bolagsuppgifter' })
  @ApiOkResponse({ type: OrgNodeResponse })
  @ApiUnprocessableEntityResponse({ description: 'T.ex. flytt under en egen underenhet, eller ägarandel på något annat än bolag' })
  update(@CurrentAuth() auth: AuthContext, @Param('id', idParam(NODE)) id: string, @Body() body: UpdateOrgNodeDto): Promise<OrgNodeDto> {
    return this.nodes.update(auth, id, body);
  }

  @Post(':id/close')
  @HttpCode(200)
  @RequirePermission(Action.orgWrite)
  @ApiOperation({ summary: 'Avsluta en enhet från ett datum; historiken (mål, värden) finns kvar' })
  @ApiOkResponse({ type: OrgNodeResponse })
  @ApiUnprocessableEntityResponse({ description: 'Enheten har underenheter som inte är avslutade, eller är redan avslutad' })
  close(@CurrentAuth() auth: AuthContext, @Param('id', idParam(NODE)) id: string, @Body() body: CloseOrgNodeDto): Promise<OrgNodeDto> {
    return this.nodes.close(auth, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission(Action.orgWrite)
  @ApiOperation({ summary: 'Ta bort en enhet som inget hänvisar till (annars: avsluta den)' })
  @ApiNoContentResponse({ description: 'Borttagen' })
  @ApiConflictResponse({ description: 'Enheten har underenheter, mål, värden, behörigheter, ägardirektiv eller grunduppdrag' })
  remove(@CurrentAuth() auth: AuthContext, @Param('id', idParam(NODE)) id: string): Promise<void> {
    return this.nodes.remove(auth, id);
  }
}
