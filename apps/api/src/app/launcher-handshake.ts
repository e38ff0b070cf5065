/**
 * The launcher forks the API and the worker as soon as the database answers, before it migrates and seeds, so
 * that loading their modules (seconds of a start) overlaps with that work. Forked this way, a child waits for the
 * launcher's go before it touches the database. Started directly (a container, a test), it does not wait.
 */
export const AWAIT_LAUNCHER_VARIABLE = 'RK_AWAIT_LAUNCHER_GO';

export type LauncherMessage = { type: 'waiting' } | { type: 'go' } | { type: 'ready'; component: string };

/** In a child: resolves when the launcher says the database is migrated (at once when not launched that way). */
export function awaitLauncherGo(): Promise<void> {
  const send = process.send?.bind(process);
  if (process.env[AWAIT_LAUNCHER_VARIABLE] !== '1' || !send) return Promise.resolve();
  return new Promise((resolve) => {
    const onMessage = (message: LauncherMessage) => {
      if (message?.type !== 'go') return;
      process.off('message', onMessage);
      resolve();
    };
    process.on('message', onMessage);
    process.once('disconnect', () => process.exit(0)); // the launcher went away before it said go
    // Asked for, not pushed: a go sent before this listener existed would be lost.
    send({ type: 'waiting' } satisfies LauncherMessage);
  });
}
