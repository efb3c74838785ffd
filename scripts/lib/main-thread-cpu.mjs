/**
 * CPU seconds per thread, for the benchmark children of scripts/bench-ab.ts, bench-cold.ts, bench-stage.ts,
 * cold-start.ts, jit-cost.ts, jit-steady.ts, warm-profile.ts and batch-speedup.ts (plain JavaScript: they run under plain node,
 * not tsx). Process CPU counts V8's background compiler and GC threads too; the main thread's is the work a caller
 * waits for. Linux only, where the kernel reports it per thread in its proc filesystem (utime + stime in ticks of
 * 1/100 s; the main thread's id is the process id): the one place this reads outside the repository, and a kernel
 * interface, not a file. Elsewhere the readers give nothing and the scripts fall back to process CPU.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** The kernel's per-process directory, on Linux only. */
const PROC = process.platform === 'linux' ? '/proc' : null;

/** utime + stime of one thread from its stat line, in seconds; NaN when unreadable. */
function statSeconds(pid, tid) {
  try {
    const stat = readFileSync(`${PROC}/${pid}/task/${tid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}

/** The main thread's CPU seconds where the kernel reports them per thread; NaN elsewhere (no fallback). */
export function perThreadCpuSeconds() {
  return PROC === null ? Number.NaN : statSeconds(process.pid, process.pid);
}

/**
 * The main thread's CPU milliseconds at the kernel's nanosecond resolution (the first field of its schedstat), for
 * timing one short stretch such as import + first call, where stat's 1/100 s ticks are too coarse; NaN elsewhere.
 */
export function mainThreadCpuMsPrecise() {
  if (PROC === null) return Number.NaN;
  try {
    return Number(readFileSync(`${PROC}/${process.pid}/task/${process.pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return Number.NaN;
  }
}

export function mainThreadCpuSeconds() {
  const seconds = perThreadCpuSeconds();
  if (!Number.isNaN(seconds)) return seconds;
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
}

/** CPU seconds of every thread of process `pid` (this one by default), by thread id; empty where not reported. */
export function threadCpu(pid = process.pid) {
  const out = new Map();
  if (PROC === null) return out;
  let tasks = [];
  try {
    tasks = readdirSync(`${PROC}/${pid}/task`);
  } catch {
    return out;
  }
  for (const tid of tasks) {
    const seconds = statSeconds(pid, tid);
    if (!Number.isNaN(seconds)) out.set(tid, seconds);
  }
  return out;
}
