// Resident memory of the launcher and its children (API, worker), read from /proc (Linux only).
import { existsSync, readFileSync } from 'node:fs';

function rssMiB(pid) {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** { launcher: pid, api: pid, worker: pid } from the launcher's pid; children told apart by their script. */
export function launcherProcesses(launcherPid) {
  const processes = { launcher: launcherPid };
  const childrenFile = `/proc/${launcherPid}/task/${launcherPid}/children`;
  if (!existsSync(childrenFile)) return processes;
  for (const pid of readFileSync(childrenFile, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number)) {
    const commandLine = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    if (commandLine.includes('main.js')) processes.api = pid;
    else if (commandLine.includes('worker.js')) processes.worker = pid;
  }
  return processes;
}

/** Samples every process's RSS every `intervalMs`; `stop()` returns { name: { start, end, max } } in MiB. */
export function sampleMemory(processes, intervalMs = 5_000) {
  const samples = Object.fromEntries(Object.keys(processes).map((name) => [name, []]));
  const sample = () => {
    for (const [name, pid] of Object.entries(processes)) {
      const value = rssMiB(pid);
      if (value !== undefined) samples[name].push(value);
    }
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return Object.fromEntries(Object.entries(samples).filter(([, values]) => values.length).map(([name, values]) => [name, {
        start: values[0], end: values[values.length - 1], max: Math.max(...values),
      }]));
    },
  };
}
