#!/usr/bin/env node
// `npm run kommun -- <command>`: the platform operator's kommun commands against a running installation (npm start,
// embedded or server mode alike), through the platform API. Signs in with RK_OPERATOR_EMAIL / RK_OPERATOR_PASSWORD,
// or asks for them when run in a terminal.
//
//   create --kommunkod 9903 --namn "Barby kommun" --admin-email admin@barby.se   prints the admin's invitation link
//   list
//   deactivate --kommunkod 9903
//   activate --kommunkod 9903
//   export --kommunkod 9903 [--out barby.zip]      the kommun's whole data: JSON per table + attachments
//   delete --kommunkod 9903                        a deactivated kommun only; every row of it, nothing else
//
// --url http://host:port (default RK_URL, else http://localhost:$PORT or 3000).
import { writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline/promises';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';

const USAGE = `Användning: npm run kommun -- create --kommunkod 9903 --namn "Barby kommun" --admin-email admin@barby.se
                          npm run kommun -- list | deactivate | activate | export [--out fil.zip] | delete --kommunkod 9903
Miljö: RK_OPERATOR_EMAIL och RK_OPERATOR_PASSWORD (plattformsoperatören), RK_URL eller --url.`;

function fail(message) {
  console.error(message);
  process.exit(1);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { kommunkod: { type: 'string' }, namn: { type: 'string' }, 'admin-email': { type: 'string' }, url: { type: 'string' }, out: { type: 'string' } },
});
const [command] = positionals;
if (!['create', 'list', 'deactivate', 'activate', 'export', 'delete'].includes(command ?? '')) fail(USAGE);
const base = (values.url ?? process.env.RK_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/+$/, '');

/** Reads a line from the terminal; with `hidden`, what is typed is not echoed (a password). */
async function ask(question, hidden = false) {
  let muted = false;
  const output = new Writable({
    write(chunk, encoding, done) {
      if (!muted) process.stdout.write(chunk, encoding);
      done();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  const answered = rl.question(question);
  muted = hidden;
  const line = await answered;
  rl.close();
  if (hidden) process.stdout.write('\n');
  return line.trim();
}

async function operatorCredentials() {
  let email = process.env.RK_OPERATOR_EMAIL;
  let password = process.env.RK_OPERATOR_PASSWORD;
  if ((!email || !password) && process.stdin.isTTY) {
    email ||= await ask('Plattformsoperatörens e-post: ');
    password ||= await ask('Lösenord: ', true);
  }
  if (!email || !password) fail(`Sätt RK_OPERATOR_EMAIL och RK_OPERATOR_PASSWORD (demo: drift@resultatkedjan.se / Exempel2026!).\n${USAGE}`);
  return { email, password };
}
const { email, password } = await operatorCredentials();

/** Signs in and returns a fetch that sends the platform cookies and CSRF token. */
async function signIn() {
  let response;
  try {
    response = await fetch(`${base}/api/v1/platform/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  } catch {
    fail(`Ingen Resultatkedjan svarar på ${base}. Starta den med npm start (eller ange --url).`);
  }
  if (response.status !== 200) fail(`Inloggningen som plattformsoperatör misslyckades (${response.status}): ${(await response.json().catch(() => ({}))).message ?? ''}`);
  const cookies = response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const { csrfToken } = await response.json();
  return (path, init = {}) =>
    fetch(`${base}/api/v1${path}`, { ...init, headers: { 'content-type': 'application/json', cookie: cookies, 'x-csrf-token': csrfToken, ...init.headers } });
}

async function answer(response) {
  const body = await response.json().catch(() => ({}));
  if (response.ok) return body;
  const fields = body.fields ? Object.entries(body.fields).map(([field, messages]) => `  ${field}: ${messages.join(' ')}`).join('\n') : '';
  fail(`${response.status} ${body.message ?? ''}${fields ? `\n${fields}` : ''}`);
}

async function idOf(api, kommunkod) {
  if (!kommunkod) fail('Ange --kommunkod.');
  const kommun = (await answer(await api('/platform/kommuner'))).find((k) => k.kommunkod === kommunkod);
  if (!kommun) fail(`Ingen kommun har kommunkod ${kommunkod}.`);
  return kommun.id;
}

const api = await signIn();
if (command === 'create') {
  const body = { kommunkod: values.kommunkod, namn: values.namn, adminEmail: values['admin-email'] };
  const created = await answer(await api('/platform/kommuner', { method: 'POST', body: JSON.stringify(body) }));
  console.log(`${created.namn} (${created.kommunkod}) är startad.`);
  console.log(`Inbjudan till ${body.adminEmail.trim().toLowerCase()} (gäller till ${created.invitationExpiresAt.slice(0, 10)}, kan användas en gång):`);
  console.log(created.invitationLink);
} else if (command === 'list') {
  for (const k of await answer(await api('/platform/kommuner'))) {
    console.log(`${k.kommunkod}  ${k.namn.padEnd(30)}  ${k.active ? 'aktiv' : `inaktiverad ${k.deactivatedAt.slice(0, 10)}`}`);
  }
} else if (command === 'export') {
  const id = await idOf(api, values.kommunkod);
  const response = await api(`/platform/kommuner/${id}/export`);
  if (!response.ok) await answer(response);
  const out = values.out ?? `resultatkedjan-${values.kommunkod}.zip`;
  writeFileSync(out, Buffer.from(await response.arrayBuffer()));
  console.log(`Kommunens data är exporterad till ${out}.`);
} else if (command === 'delete') {
  const id = await idOf(api, values.kommunkod);
  const response = await api(`/platform/kommuner/${id}`, { method: 'DELETE' });
  if (!response.ok) await answer(response);
  console.log(`Kommun ${values.kommunkod} och alla dess uppgifter är borttagna.`);
} else {
  const id = await idOf(api, values.kommunkod);
  const k = await answer(await api(`/platform/kommuner/${id}/${command}`, { method: 'POST' }));
  console.log(`${k.namn} (${k.kommunkod}) är ${k.active ? 'aktiv' : 'inaktiverad'}.`);
}
