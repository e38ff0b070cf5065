import { Body, Controller, Get, Param, Patch, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Action, type TenantDto, type TenantPopulationDto } from '@resultatkedjan/contracts';
import type { AuthContext } from '../auth/auth-context.js';
import { CurrentAuth } from '../common/access/current-auth.decorator.js';
import { RequirePermission } from '../common/access/require-permission.decorator.js';
import type { Page } from '../common/pagination/page-query.dto.js';
import { PopulationQueryDto } from './dto/population-query.dto.js';
import { PutPopulationDto } from './dto/put-population.dto.js';
import { TenantPopulationPage, TenantPopulationResponse, TenantResponse } from './dto/tenant.response.js';
import { UpdateTenantSettingsDto } from './dto/update-tenant-settings.dto.js';
import { TenantService } from './tenant.service.js';
import { YearParamPipe } from '../common/validation/fields.js';

@ApiTags('tenant')
@Controller('tenant')
export class TenantController {
  constructor(private readonly tenants: TenantService) {}

  @Get()
  @RequirePermission(Action.tenantRead)
  @ApiOperation({ summary: 'Den egna kommunen: namn, kommunkod och inställningar (med standardvärden ifyllda)' })
  @ApiOkResponse({ type: TenantResponse })
  get(@CurrentAuth() auth: AuthContext): Promise<TenantDto> {
    return this.tenants.get(auth);
  }

  @Patch('settings')
  @RequirePermission(Action.tenantWrite)
  @ApiOperation({ summary: 'Ändra kommunens inställningar: tak för mål och indikatorer, gränser och nivånamn för måluppfyllelse' })
  @ApiOkResponse({ type: TenantResponse })
  @ApiUnprocessableEntityResponse({ description: 'Ogiltiga värden, t.ex. Delvis-gränsen inte lägre än Uppfyllt-gränsen' })
  updateSettings(@CurrentAuth() auth: AuthContext, @Body() body: UpdateTenantSettingsDto): Promise<TenantDto> {
    return this.tenants.updateSettings(auth, body);
  }

  @Get('population')
  @RequirePermission(Action.tenantRead)
  @ApiOperation({ summary: 'Befolkning per år (31 dec) med åldersgrupper, stigande år' })
  @ApiOkResponse({ type: TenantPopulationPage })
  listPopulation(@CurrentAuth() auth: AuthContext, @Query() query: PopulationQueryDto): Promise<Page<TenantPopulationDto>> {
    return this.tenants.listPopulation(auth, query);
  }

  @Put('population/:year')
  @RequirePermission(Action.tenantWrite)
  @ApiOperation({ summary: 'Sätt (skapa eller ersätt) befolkningen för ett år' })
  @ApiOkResponse({ type: TenantPopulationResponse })
  putPopulation(
    @CurrentAuth() auth: AuthContext,
    @Param('year', YearParamPipe) year: number,
    @Body() body: PutPopulationDto,
  ): Promise<TenantPopulationDto> {
    return this.tenants.putPopulation(auth, year, body);
  }
}
