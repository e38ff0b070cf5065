import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { KoladaClient, chunk } from './kolada-client.js';
import { FixtureKoladaTransport } from './fixture-transport.js';
import { HttpKoladaTransport } from './http-transport.js';
import { KoladaError, KoladaGoneError, type KoladaPage, type KoladaTransport } from './kolada-types.js';

/** Records the URLs asked for and answers from a table. */
class TableTransport implements KoladaTransport {
  readonly asked: string[] = [];
  constructor(private readonly answer: (url: string) => KoladaPage['body']) {}
  async get(url: string): Promise<KoladaPage> {
    this.asked.push(url);
    const body = this.answer(url);
    return { body, provenance: body.values.map(() => 'real') };
  }
}

describe('KoladaClient paging', () => {
  it('follows absolute and relative next_url and stops on null, absent and ""', async () => {
    const transport = new TableTransport((url) => {
      const page = new URL(url).searchParams.get('page') ?? '1';
      if (page === '1') return { values: [1], next_url: 'https://api.kolada.se/v3/municipality?page=2' };
      if (page === '2') return { values: [2], next_url: 'municipality?page=3' };
      if (page === '3') return { values: [3], next_url: '/v3/municipality?page=4', previous_url: null };
      if (page === '4') return { values: [4], next_url: '' };
      return { values: [99] };
    });
    const all = await new KoladaClient(transport).getAll<number>('municipality');
    expect(all.map((r) => r.value)).toEqual([1, 2, 3, 4]);
    expect(transport.asked).toEqual([
      'https://api.kolada.se/v3/municipality',
      'https://api.kolada.se/v3/municipality?page=2',
      'https://api.kolada.se/v3/municipality?page=3',
      'https://api.kolada.se/v3/municipality?page=4',
    ]);
  });

  it('ends when next_url is absent', async () => {
    const transport = new TableTransport(() => ({ values: ['x'] }));
    expect(await new KoladaClient(transport).getAll('kpi')).toHaveLength(1);
  });

  it('reads the fixture pages of 200 (312 municipalities over two pages)', async () => {
    const all = await new KoladaClient(new FixtureKoladaTransport()).getAll<{ id: string }>('municipality?page=1&per_page=200');
    expect(all).toHaveLength(312);
    expect(all.some((r) => r.value.id === '2584')).toBe(true);
  });
});

describe('KoladaClient chunking', () => {
  it('splits lists into segments of at most 25 ids', async () => {
    const munis = Array.from({ length: 30 }, (_, i) => String(1000 + i));
    const kpis = Array.from({ length: 26 }, (_, i) => `N${10000 + i}`);
    const transport = new TableTransport(() => ({ values: [], next_url: null }));
    await new KoladaClient(transport).data({ kpis, municipalities: munis, years: [2022], fromDate: '2024-09-01' });
    expect(transport.asked).toHaveLength(4);
    for (const url of transport.asked) {
      const segments = new URL(url).pathname.split('/');
      expect(segments[4]!.split(',').length).toBeLessThanOrEqual(25);
      expect(segments[6]!.split(',').length).toBeLessThanOrEqual(25);
      expect(url.endsWith('?from_date=2024-09-01')).toBe(true);
    }
    expect(chunk([1, 2, 3], 2)).toEqual([[1, 2], [3]]);
  });

  it('the offline fixture refuses more than 25 ids, like the API', async () => {
    const munis = Array.from({ length: 26 }, (_, i) => String(1000 + i)).join(',');
    await expect(new FixtureKoladaTransport().get(`https://api.kolada.se/v3/data/kpi/N15428/municipality/${munis}/year/2022`)).rejects.toBeInstanceOf(KoladaError);
  });
});

describe('FixtureKoladaTransport', () => {
  const client = new KoladaClient(new FixtureKoladaTransport());

  it('answers a named request whatever the order of its ids', async () => {
    const values = await client.data({ kpis: ['N15058', 'U15011'], municipalities: ['0000', '1384'], years: [2020, 2021, 2022] });
    const kungsbacka2020 = values.find((v) => v.kpi === 'U15011' && v.municipality === '1384' && v.year === 2020 && v.gender === 'T');
    expect(kungsbacka2020?.value).toBe(98658.881634);
    expect(kungsbacka2020?.provenance).toBe('real');
  });

  it('answers other data requests from the matching rows, real before synthetic', async () => {
    const values = await client.data({ kpis: ['N15428'], municipalities: ['1384', '0580', '2480', '0000'], years: [2020, 2021, 2022, 2023, 2024] });
    const t = values.filter((v) => v.gender === 'T');
    expect(new Set(t.map((v) => v.municipality))).toEqual(new Set(['1384', '0580', '2480', '0000']));
    expect(t.find((v) => v.municipality === '1384' && v.year === 2022)?.provenance).toBe('real');
    expect(t.find((v) => v.municipality === '1384' && v.year === 2024)?.provenance).toBe('synthetic');
    const n15001 = await client.data({ kpis: ['N15001'], municipalities: ['1384'], years: [2023] });
    expect(n15001.find((v) => v.gender === 'T')).toMatchObject({ value: -2.4134, provenance: 'real' });
  });

  it('answers unknown requests and unknown from_date like an empty Kolada page', async () => {
    expect(await client.data({ kpis: ['N15507'], municipalities: ['0180'], years: [1990] })).toEqual([]);
    expect(await client.data({ kpis: ['N15428'], municipalities: ['1384'], years: [2022], fromDate: '2026-01-01' })).toEqual([]);
    expect(await client.getAll('ou')).toEqual([]);
  });

  it('searches the fixture KPIs by title', async () => {
    const kpis = await client.searchKpis('yrkesprogram');
    expect(kpis.map((k) => k.id)).toContain('N15428');
  });
});

describe('HttpKoladaTransport', () => {
  let server: Server;
  let base: string;
  const script: number[] = [];
  let calls = 0;

  beforeAll(async () => {
    server = createServer((req, res) => {
      calls++;
      const status = script.shift() ?? 200;
      if (req.url?.startsWith('/v2/')) {
        res.writeHead(410).end();
        return;
      }
      if (status !== 200) {
        res.writeHead(status, status === 429 ? { 'retry-after': '0' } : {}).end('{}');
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ count: 1, values: [{ id: '1384', title: 'Kungsbacka', type: 'K' }], next_url: null }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  beforeEach(() => {
    script.length = 0;
    calls = 0;
  });

  const transport = () => new HttpKoladaTransport({ attempts: 4, baseDelayMs: 1, maxDelayMs: 5 });

  it('retries 429 and 5xx, then answers', async () => {
    script.push(429, 503, 502);
    const client = new KoladaClient(transport(), `${base}/v3`);
    expect(await client.municipalities()).toEqual([{ id: '1384', title: 'Kungsbacka', type: 'K' }]);
    expect(calls).toBe(4);
  });

  it('gives up after the last attempt with the status', async () => {
    script.push(500, 500, 500, 500);
    await expect(new KoladaClient(transport(), `${base}/v3`).municipalities()).rejects.toMatchObject({ status: 500 });
    expect(calls).toBe(4);
  });

  it('fails at once with a clear error on 410 Gone', async () => {
    const error = await new KoladaClient(transport(), `${base}/v2`).municipalities().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KoladaGoneError);
    expect((error as Error).message).toMatch(/410 Gone/);
    expect(calls).toBe(1);
  });

  it('does not retry other 4xx', async () => {
    script.push(404);
    await expect(new KoladaClient(transport(), `${base}/v3`).municipalities()).rejects.toMatchObject({ status: 404 });
    expect(calls).toBe(1);
  });
});
