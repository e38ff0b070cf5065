import type { Provider } from '@nestjs/common';
import { APP_CONFIG } from '../../platform/config/config.module.js';
import type { AppConfig } from '../../platform/config/app-config.js';
import { FixtureKoladaTransport } from './fixture-transport.js';
import { HttpKoladaTransport } from './http-transport.js';
import { KoladaClient } from './kolada-client.js';

/** KOLADA_MODE=offline (default) reads the checked-in fixture; online calls the live API. */
export const koladaClientProvider: Provider = {
  provide: KoladaClient,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig) =>
    config.koladaMode === 'online' ? new KoladaClient(new HttpKoladaTransport(), config.koladaBaseUrl) : new KoladaClient(new FixtureKoladaTransport()),
};
