import { Controller, Get, HttpException, HttpStatus, Inject, Query, Req, Res } from '@nestjs/common';
import { ApiFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../../common/access/public.decorator.js';
import { APP_CONFIG } from '../../platform/config/config.module.js';
import type { AppConfig } from '../../platform/config/app-config.js';
import { TenantDb } from '../../platform/database/tenant/tenant-db.service.js';
import { tenantQueries } from '../../tenancy/tenant.queries.js';
import { AuthService } from '../auth.service.js';
import { pickLoginKommun } from '../login-kommun.js';
import { CSRF_COOKIE, SESSION_COOKIE, SESSION_TTL_MS } from '../session-token.js';
import { AuthProvidersDto, KommunQueryDto, LoginKommunList } from './auth-providers.dto.js';
import { OidcAccountService } from './oidc-account.service.js';
import { OidcLoginError, OIDC_MESSAGES } from './oidc-errors.js';
import { OidcProviders, type OidcSource } from './oidc-providers.service.js';
import { OIDC_STATE_COOKIE, OIDC_STATE_TTL_MS } from './oidc-state-cookie.js';
import { ssoErrorPage } from './sso-error-page.js';

const LOGIN_PATH = '/api/v1/auth/oidc/login';
const COOKIE_PATH = '/api/v1/auth/oidc';

@ApiTags('auth')
@Controller('auth')
export class OidcController {
  constructor(
    private readonly providers: OidcProviders,
    private readonly accounts: OidcAccountService,
    private readonly auth: AuthService,
    private readonly db: TenantDb,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('kommuner')
  @Public()
  @ApiOperation({ summary: 'Kommunerna man kan logga in i, med de e-postdomäner som väljer dem (för inloggningssidan)' })
  @ApiOkResponse({ type: LoginKommunList })
  async kommuner(): Promise<LoginKommunList> {
    const directory = await this.db.withSettings({}, (m) => tenantQueries.loginDirectory(m));
    return { items: directory.filter((k) => k.active).map(({ kommunkod, name, emailDomains }) => ({ kommunkod, name, emailDomains })) };
  }

  @Get('providers')
  @Public()
  @ApiOperation({ summary: 'Vilka inloggningssätt som finns: lösenord, och kommunens SSO (eller installationens) om den är konfigurerad' })
  @ApiOkResponse({ type: AuthProvidersDto })
  async providersOf(@Query() query: KommunQueryDto): Promise<AuthProvidersDto> {
    const source = await this.sourceFor(query.kommun).catch((error: unknown) => {
      if (error instanceof OidcLoginError) return undefined;
      throw error;
    });
    const loginUrl = source ? (query.kommun ? `${LOGIN_PATH}?kommun=${query.kommun}` : LOGIN_PATH) : null;
    return { password: true, sso: { enabled: source !== undefined, name: source?.name ?? null, loginUrl } };
  }

  @Get('oidc/login')
  @Public()
  @ApiOperation({ summary: 'Börja logga in med SSO: skickar vidare till kommunens identitetsleverantör' })
  @ApiFoundResponse({ description: 'Omdirigering till identitetsleverantören' })
  async login(@Query() query: KommunQueryDto, @Req() req: Request, @Res() res: Response): Promise<void> {
    await this.answer(req, res, async () => {
      const source = await this.sourceFor(query.kommun);
      if (!source) throw new OidcLoginError(HttpStatus.NOT_FOUND, OIDC_MESSAGES.notConfigured);
      const { url, pending } = await source.party.begin(source.tenantId);
      res.cookie(OIDC_STATE_COOKIE, this.providers.stateCookie.seal(pending), { ...this.cookieOptions(), maxAge: OIDC_STATE_TTL_MS, path: COOKIE_PATH });
      res.redirect(302, url);
    });
  }

  @Get('oidc/callback')
  @Public()
  @ApiOperation({ summary: 'Återkomst från identitetsleverantören: kopplar till ett konto i kommunen och startar en session' })
  @ApiFoundResponse({ description: 'Inloggad: omdirigering till /' })
  async callback(@Req() req: Request, @Res() res: Response): Promise<void> {
    await this.answer(req, res, async () => {
      const pending = this.providers.stateCookie.open(req.cookies?.[OIDC_STATE_COOKIE] as string | undefined);
      res.clearCookie(OIDC_STATE_COOKIE, { path: COOKIE_PATH });
      if (!pending) throw new OidcLoginError(HttpStatus.BAD_REQUEST, OIDC_MESSAGES.badState);
      const source = await this.providers.forPending(pending.tenantId ?? null);
      const query = req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?') + 1) : '';
      const identity = await source.party.complete(query, pending);
      const user = await this.accounts.resolve(identity, source);
      const session = await this.auth.startSession(user);
      res.cookie(SESSION_COOKIE, session.token, { ...this.cookieOptions(), httpOnly: true, path: '/', maxAge: SESSION_TTL_MS });
      res.cookie(CSRF_COOKIE, session.auth.csrfToken, { ...this.cookieOptions(), httpOnly: false, path: '/', maxAge: SESSION_TTL_MS });
      res.redirect(302, '/');
    });
  }

  /** The kommun's own provider when a kommun is named; the installation's env provider otherwise. */
  private async sourceFor(kommunkod: string | undefined): Promise<OidcSource | undefined> {
    if (!kommunkod) return this.providers.installationProvider;
    const directory = await this.db.withSettings({}, (m) => tenantQueries.loginDirectory(m));
    const picked = pickLoginKommun(directory, { kommunkod });
    if ('problem' in picked) return undefined;
    return (await this.providers.forKommun(picked.tenantId)) ?? undefined;
  }

  private cookieOptions() {
    return { httpOnly: true, sameSite: 'lax' as const, secure: this.config.env === 'production' };
  }

  /** A refused login is a Swedish page for a browser and the usual JSON error for anything else. */
  private async answer(req: Request, res: Response, work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (error) {
      if (!(error instanceof OidcLoginError)) throw error;
      if (req.accepts(['json', 'html']) === 'html') {
        res.status(error.status).type('html').send(ssoErrorPage(error.message));
        return;
      }
      throw new HttpException(error.message, error.status);
    }
  }
}
