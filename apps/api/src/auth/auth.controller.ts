import { Body, Controller, Get, HttpCode, Post, Req, Res, UnauthorizedException, HttpException, HttpStatus, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../common/access/public.decorator.js';
import { Authenticated } from '../common/access/require-permission.decorator.js';
import { CurrentAuth } from '../common/access/current-auth.decorator.js';
import { APP_CONFIG } from '../platform/config/config.module.js';
import type { AppConfig } from '../platform/config/app-config.js';
import { AuthService } from './auth.service.js';
import type { AuthContext } from './auth-context.js';
import { LoginRateLimiter } from './login-rate-limiter.js';
import { LoginDto } from './login.dto.js';
import { MeDto } from './me.dto.js';
import { CSRF_COOKIE, SESSION_COOKIE, SESSION_TTL_MS } from './session-token.js';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly limiter: LoginRateLimiter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Logga in med e-post och lösenord; sätter en httpOnly-sessionskaka' })
  @ApiOkResponse({ type: MeDto })
  async login(@Body() body: LoginDto, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<MeDto> {
    const address = req.ip ?? 'unknown';
    const email = body.email.trim().toLowerCase();
    if (await this.limiter.isBlocked(address, email)) {
      throw new HttpException('För många misslyckade inloggningsförsök. Vänta en stund och försök igen.', HttpStatus.TOO_MANY_REQUESTS);
    }
    const result = await this.auth.login(email, body.password, body.kommunkod);
    if (!result) {
      await this.limiter.recordFailure(address, email);
      throw new UnauthorizedException('Fel e-postadress eller lösenord.');
    }
    await this.limiter.recordSuccess(address, email);
    const secure = this.config.env === 'production';
    res.cookie(SESSION_COOKIE, result.token, { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: SESSION_TTL_MS });
    res.cookie(CSRF_COOKIE, result.auth.csrfToken, { httpOnly: false, sameSite: 'lax', secure, path: '/', maxAge: SESSION_TTL_MS });
    return toMe(result.auth);
  }

  @Post('logout')
  @Authenticated()
  @HttpCode(204)
  @ApiOperation({ summary: 'Logga ut och avsluta sessionen' })
  async logout(@CurrentAuth() auth: AuthContext, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.auth.logout(auth);
    res.clearCookie(SESSION_COOKIE, { path: '/' });
    res.clearCookie(CSRF_COOKIE, { path: '/' });
  }

  @Get('me')
  @Authenticated()
  @ApiOperation({ summary: 'Vem är inloggad, i vilken kommun och med vilka roller' })
  @ApiOkResponse({ type: MeDto })
  me(@CurrentAuth() auth: AuthContext): MeDto {
    return toMe(auth);
  }
}

function toMe(auth: AuthContext): MeDto {
  const { userId, tenantId, email, displayName, grants, csrfToken } = auth;
  return { userId, tenantId, email, displayName, grants, csrfToken };
}
