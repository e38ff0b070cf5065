import { Body, Controller, Get, HttpCode, HttpException, HttpStatus, Inject, Post, Req, Res, UnauthorizedException } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../common/access/public.decorator.js';
import { CurrentOperator, PlatformOperatorOnly } from '../common/access/platform-operator.decorator.js';
import { APP_CONFIG } from '../platform/config/config.module.js';
import type { AppConfig } from '../platform/config/app-config.js';
import { LoginDto } from '../auth/login.dto.js';
import { LoginRateLimiter } from '../auth/login-rate-limiter.js';
import type { OperatorContext } from './operator-context.js';
import { OperatorMeDto } from './dto/operator-me.dto.js';
import { PlatformAuthService } from './platform-auth.service.js';
import { PLATFORM_CSRF_COOKIE, PLATFORM_SESSION_COOKIE, PLATFORM_SESSION_TTL_MS } from './platform-session-cookies.js';

@ApiTags('platform')
@Controller('platform/auth')
export class PlatformAuthController {
  constructor(
    private readonly auth: PlatformAuthService,
    private readonly limiter: LoginRateLimiter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Logga in som plattformsoperatör; sätter en egen httpOnly-sessionskaka' })
  @ApiOkResponse({ type: OperatorMeDto })
  async login(@Body() body: LoginDto, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<OperatorMeDto> {
    const address = req.ip ?? 'unknown';
    const account = `platform:${body.email.trim().toLowerCase()}`;
    if (await this.limiter.isBlocked(address, account)) {
      throw new HttpException('För många misslyckade inloggningsförsök. Vänta en stund och försök igen.', HttpStatus.TOO_MANY_REQUESTS);
    }
    const result = await this.auth.login(body.email, body.password);
    if (!result) {
      await this.limiter.recordFailure(address, account);
      throw new UnauthorizedException('Fel e-postadress eller lösenord.');
    }
    await this.limiter.recordSuccess(address, account);
    const secure = this.config.env === 'production';
    res.cookie(PLATFORM_SESSION_COOKIE, result.token, { httpOnly: true, sameSite: 'strict', secure, path: '/', maxAge: PLATFORM_SESSION_TTL_MS });
    res.cookie(PLATFORM_CSRF_COOKIE, result.operator.csrfToken, { httpOnly: false, sameSite: 'strict', secure, path: '/', maxAge: PLATFORM_SESSION_TTL_MS });
    return toMe(result.operator);
  }

  @Post('logout')
  @PlatformOperatorOnly()
  @HttpCode(204)
  @ApiOperation({ summary: 'Logga ut plattformsoperatören' })
  async logout(@CurrentOperator() operator: OperatorContext, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.auth.logout(operator);
    res.clearCookie(PLATFORM_SESSION_COOKIE, { path: '/' });
    res.clearCookie(PLATFORM_CSRF_COOKIE, { path: '/' });
  }

  @Get('me')
  @PlatformOperatorOnly()
  @ApiOperation({ summary: 'Vilken plattformsoperatör som är inloggad' })
  @ApiOkResponse({ type: OperatorMeDto })
  me(@CurrentOperator() operator: OperatorContext): OperatorMeDto {
    return toMe(operator);
  }
}

function toMe({ operatorId, email, displayName, csrfToken }: OperatorContext): OperatorMeDto {
  return { operatorId, email, displayName, csrfToken };
}
