import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { AddressInfo } from 'node:net';
import JSZip from 'jszip';
import { startTestApp, type TestApp } from './support/test-app.js';
import { TestFactory, TEST_PASSWORD } from './support/factory.js';

const CLI = fileURLToPath(new URL('../../../scripts/kommun.mjs', import.meta.url));
const run = promisify(execFile);

/** `npm run kommun -- …` against a running API: the operator's commands end to end, as a shell runs them. */
describe('the kommun command line', () => {
  let app: TestApp;
  let url: string;
  let outDir: string;

  beforeAll(async () => {
    app = await startTestApp();
    await new TestFactory(app).newOperator({ email: 'drift@cli.test' });
    await app.api.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${(app.api.getHttpServer().address() as AddressInfo).port}`;
    outDir = mkdtempSync(join(tmpdir(), 'rk-kommun-cli-'));
  });
  afterAll(async () => {
    await app?.close();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  /** Runs the command with the operator's credentials (unless `env` replaces them); stdin is not a terminal. */
  async function kommun(args: string[], env: Record<string, string> = { RK_OPERATOR_EMAIL: 'drift@cli.test', RK_OPERATOR_PASSWORD: TEST_PASSWORD }) {
    const { RK_OPERATOR_EMAIL: _e, RK_OPERATOR_PASSWORD: _p, ...inherited } = process.env;
    try {
      const { stdout, stderr } = await run(process.execPath, [CLI, ...args, '--url', url], { env: { ...inherited, ...env } });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
    }
  }

  it('creates a kommun and prints its admin’s one-time invitation link', async () => {
    const created = await kommun(['create', '--kommunkod', '9904', '--namn', 'Cedby kommun', '--admin-email', 'Admin@Cedby.se']);
    expect(created.code).toBe(0);
    expect(created.stdout).toContain('Cedby kommun (9904) är startad.');
    expect(created.stdout).toMatch(/Inbjudan till admin@cedby\.se \(gäller till \d{4}-\d{2}-\d{2}, kan användas en gång\)/);
    const token = /\/inbjudan\/(\S+)/.exec(created.stdout)?.[1];
    expect(token).toBeDefined();
    const invitation = await app.http().get(`/api/v1/auth/invitations/${token}`).expect(200);
    expect(invitation.body).toMatchObject({ email: 'admin@cedby.se', kommun: 'Cedby kommun', kommunkod: '9904' });

    expect((await kommun(['list'])).stdout).toMatch(/9904\s+Cedby kommun\s+aktiv/);
  });

  it('answers a bad kommunkod and a taken one with the API’s message and exit code 1', async () => {
    const bad = await kommun(['create', '--kommunkod', '1234', '--namn', 'Ingenstans', '--admin-email', 'a@b.se']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/kommunkod: 1234 är inte en svensk kommuns kommunkod/);
    const taken = await kommun(['create', '--kommunkod', '9904', '--namn', 'Cedby igen', '--admin-email', 'a@cedby.se']);
    expect(taken.code).toBe(1);
    expect(taken.stderr).toMatch(/409 Kommunkod 9904 har redan en kommun/);
  });

  it('refuses without the operator’s credentials, and with wrong ones, and changes nothing', async () => {
    const none = await kommun(['list'], {});
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('Sätt RK_OPERATOR_EMAIL och RK_OPERATOR_PASSWORD');
    const wrong = await kommun(['create', '--kommunkod', '9905', '--namn', 'X', '--admin-email', 'a@x.se'], { RK_OPERATOR_EMAIL: 'drift@cli.test', RK_OPERATOR_PASSWORD: 'fel-lösenord-123' });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/Inloggningen som plattformsoperatör misslyckades \(401\)/);
    expect((await kommun(['list'])).stdout).not.toContain('9905');
  });

  it('deactivates, exports and deletes a kommun (delete only once deactivated)', async () => {
    expect((await kommun(['delete', '--kommunkod', '9904'])).code).toBe(1);
    const deactivated = await kommun(['deactivate', '--kommunkod', '9904']);
    expect(deactivated.stdout).toContain('Cedby kommun (9904) är inaktiverad.');
    expect((await kommun(['list'])).stdout).toMatch(/9904\s+Cedby kommun\s+inaktiverad \d{4}-\d{2}-\d{2}/);

    const out = join(outDir, 'cedby.zip');
    const exported = await kommun(['export', '--kommunkod', '9904', '--out', out]);
    expect(exported.stdout).toContain(`Kommunens data är exporterad till ${out}.`);
    const zip = await JSZip.loadAsync(readFileSync(out));
    expect(JSON.parse(await zip.file('manifest.json')!.async('string')).kommun).toMatchObject({ kommunkod: '9904', namn: 'Cedby kommun' });

    const deleted = await kommun(['delete', '--kommunkod', '9904']);
    expect(deleted.stdout).toContain('Kommun 9904 och alla dess uppgifter är borttagna.');
    expect((await kommun(['list'])).stdout).not.toContain('9904');
    expect((await kommun(['export', '--kommunkod', '9904'])).stderr).toContain('Ingen kommun har kommunkod 9904.');
    expect(existsSync(out)).toBe(true);
  });
});
