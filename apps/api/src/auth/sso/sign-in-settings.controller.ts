import { Body, Controller, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Action, type SignInSettingsDto, type SsoCheckDto } from '@resultatkedjan/contracts';
import { CurrentAuth } from '../../common/access/current-auth.decorator.js';
import { RequirePermission } from '../../common/access/require-permission.decorator.js';
import type { AuthContext } from '../auth-context.js';
import { SignInSettingsResponse, SsoCheckResponse, UpdateSignInSettingsDto } from './sign-in-settings.dto.js';
import { SignInSettingsService } from './sign-in-settings.service.js';

@ApiTags('tenant')
@Controller('tenant/sign-in')
export class SignInSettingsController {
  constructor(private readonly settings: SignInSettingsService) {}

  @Get()
  @RequirePermission(Action.tenantWrite)
  @ApiOperation({ summary: 'Hur kommunens användare loggar in: e-postdomäner och kommunens egen SSO (utan klienthemligheten)' })
  @ApiOkResponse({ type: SignInSettingsResponse })
  get(@CurrentAuth() auth: AuthContext): Promise<SignInSettingsDto> {
    return this.settings.get(auth);
  }

  @Put()
  @RequirePermission(Action.tenantWrite)
  @ApiOperation({ summary: 'Ändra e-postdomäner och kommunens SSO (OIDC); hemligheten sparas krypterad' })
  @ApiOkResponse({ type: SignInSettingsResponse })
  @ApiUnprocessableEntityResponse({ description: 'Ogiltig domän, utfärdare eller saknad klienthemlighet' })
  update(@CurrentAuth() auth: AuthContext, @Body() body: UpdateSignInSettingsDto): Promise<SignInSettingsDto> {
    return this.settings.update(auth, body);
  }

  @Post('check')
  @HttpCode(200)
  @RequirePermission(Action.tenantWrite)
  @ApiOperation({ summary: 'Testa att kommunens sparade SSO-utfärdare svarar med sin OpenID-konfiguration' })
  @ApiOkResponse({ type: SsoCheckResponse })
  @ApiUnprocessableEntityResponse({ description: 'Ingen SSO är sparad' })
  check(@CurrentAuth() auth: AuthContext): Promise<SsoCheckDto> {
    return this.settings.check(auth);
  }
}
