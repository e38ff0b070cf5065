export default async function globalTeardown() {
  await globalThis.__rkE2e?.stop();
}
