import { readdirSync, readFileSync } from 'node:fs';

/**
 * The resident memory of a browser's processes, sampled from /proc (Linux): the browser process is
 * the one started with `--user-data-dir=<profile>`, the rest are its descendants (zygotes,
 * renderers, the GPU and utility processes). Reports the largest single process seen, as the
 * issue's "largest process" column does. Elsewhere than Linux it reports nothing.
 */

interface Proc {
  pid: number;
  ppid: number;
  cmdline: string;
}

function processes(): Proc[] {
  const out: Proc[] = [];
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return out;
  }
  for (const name of entries) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name may contain spaces and parentheses: fields follow the last ')'.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const cmdline = readFileSync(`/proc/${name}/cmdline`, 'utf8').replace(/\0/g, ' ');
      out.push({ pid: Number(name), ppid, cmdline });
    } catch {
      // The process ended between listing and reading.
    }
  }
  return out;
}

function rssBytes(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

function kind(cmdline: string): string {
  const type = /--type=([\w-]+)/.exec(cmdline)?.[1];
  if (!type) return 'browser';
  return cmdline.includes('--extension-process') ? `${type} (extension)` : type;
}

/** The browser started with this profile and its descendants, by pid, with their kind ("renderer (extension)", …). */
export function browserProcesses(profile: string): Map<number, string> {
  const all = processes();
  const root = all.find((p) => p.cmdline.includes(`--user-data-dir=${profile}`) && !/--type=/.test(p.cmdline));
  const tree = new Set(root ? [root.pid] : []);
  // Children appear after their parents in no guaranteed order: repeat until nothing is added.
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of all) if (!tree.has(p.pid) && tree.has(p.ppid)) (tree.add(p.pid), (grew = true));
  }
  return new Map(all.filter((p) => tree.has(p.pid)).map((p) => [p.pid, kind(p.cmdline)]));
}

/**
 * CPU time of a process's main thread so far, in ms (/proc/<pid>/schedstat: time on a CPU, not
 * time waiting for one), so a busy machine does not inflate it the way it inflates wall time.
 */
export function mainThreadCpuMs(pid: number): number {
  try {
    return Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return 0;
  }
}

export interface MemoryPeak {
  bytes: number;
  kind: string;
}

/** Samples every `everyMs` until stopped; `peak()` is the largest single process so far. */
export function sampleMemory(profile: string, everyMs = 200): { peak: () => MemoryPeak; reset: () => MemoryPeak; stop: () => MemoryPeak } {
  let best: MemoryPeak = { bytes: 0, kind: '' };
  let lastScan = 0;
  const scan = () => browserProcesses(profile);
  let kinds = scan();
  const tick = () => {
    // New renderers start as pages open: look for them once a second.
    if (Date.now() - lastScan > 1000) (kinds = scan()), (lastScan = Date.now());
    for (const [pid, k] of kinds) {
      const bytes = rssBytes(pid);
      if (bytes > best.bytes) best = { bytes, kind: k };
    }
  };
  const timer = setInterval(tick, everyMs);
  return {
    peak: () => (tick(), best),
    reset: () => {
      tick();
      const was = best;
      best = { bytes: 0, kind: '' };
      return was;
    },
    stop: () => {
      tick();
      clearInterval(timer);
      return best;
    },
  };
}
