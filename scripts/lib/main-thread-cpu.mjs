/**
 * CPU seconds of the calling thread so far, for the benchmark children of
 * scripts/bench-ab.ts and scripts/bench-cold.ts (plain JavaScript: they run
 * under plain node, not tsx). Process CPU counts V8's background compiler
 * and GC threads too; the main thread's is the work a caller waits for.
 * Linux only, where the kernel reports it per thread under /proc (utime +
 * stime in ticks of 1/100 s; the main thread's id is the process id).
 * Elsewhere it falls back to the process CPU (as the scripts' headers say).
 */
import { readFileSync } from 'node:fs';

const STAT = `/proc/self/task/${process.pid}/stat`;

/** The main thread's CPU seconds where the kernel reports them per thread; NaN elsewhere (no fallback). */
export function perThreadCpuSeconds() {
  try {
    const stat = readFileSync(STAT, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
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
