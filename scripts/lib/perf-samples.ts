/**
 * Reads `perf script` output of a node process run under `perf record -k mono -g` with
 * `--perf-basic-prof-only-functions`, for scripts/warm-profile.ts --perf: the main thread's on-CPU samples in a
 * time window, each as the JavaScript function it was spent in (a V8 builtin, a runtime call or a C++ helper is
 * charged to the first JavaScript frame that called it: Map.get, RegExp.test and string internalization are
 * the caller's cost).
 *
 * Why: V8's sampling profiler (node:inspector) samples by wall clock; on a shared machine a thread that is
 * descheduled is charged to whatever function it stopped in, and small functions took several percent they do
 * not spend (the quote model's weight look-up showed 4.2% self there, 0.2% here). perf's cpu-clock event counts
 * only time the thread is on a CPU.
 */

/** One sample's JavaScript function as perf names it ("*name file:///.../index.js:LINE:COL" minus the "JS:" prefix), or the native leaf when no JavaScript frame is on the stack. */
export interface PerfSample {
  frame: string;
}

const HEADER = /^\s*(\d+)\s+(\d+\.\d+):/;

/**
 * The samples of thread `tid` whose time (CLOCK_MONOTONIC seconds, as `perf record -k mono` writes it) lies in
 * [from, to), from `perf script -F tid,time,ip,sym` text.
 */
export function perfSamples(script: string, tid: number, from: number, to: number): PerfSample[] {
  const out: PerfSample[] = [];
  let keep = false;
  let leaf: string | null = null;
  let js: string | null = null;
  const flush = (): void => {
    if (keep && (js ?? leaf) !== null) out.push({ frame: (js ?? leaf)! });
    keep = false;
    leaf = null;
    js = null;
  };
  for (const line of script.split('\n')) {
    const header = HEADER.exec(line);
    if (header) {
      flush();
      const time = Number(header[2]);
      keep = Number(header[1]) === tid && time >= from && time < to;
      continue;
    }
    if (!keep || js !== null) continue;
    const symbol = line.trim().replace(/^[0-9a-f]+ /, '');
    if (symbol === '') continue;
    if (symbol.startsWith('JS:')) js = symbol.slice(3);
    else leaf ??= symbol.replace(/\+0x[0-9a-f]+$/, '');
  }
  flush();
  return out;
}

/** "*name file:///path/dist/index.js:LINE:COL" -> name, url and 0-based line (the inspector profile's convention); null for a native frame. */
export function jsFrame(frame: string): { name: string; url: string; line: number } | null {
  const m = /^[*^~+]?(.*?) ?((?:file:\/\/)?\/\S+?):(\d+):\d+$/.exec(frame);
  if (!m) return null;
  const url = m[2]!.startsWith('file://') ? m[2]! : `file://${m[2]!}`;
  return { name: m[1]! || '(anonymous)', url, line: Number(m[3]) - 1 };
}
