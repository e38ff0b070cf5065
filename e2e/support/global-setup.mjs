import { startApp } from './start-app.mjs';

/** Starts the built app once for all browser tests (as `npm start` does), on a fresh embedded database. */
export default async function globalSetup() {
  const app = await startApp();
  process.env.E2E_BASE_URL = app.baseUrl;
  globalThis.__rkE2e = app;
}
