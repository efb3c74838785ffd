/**
 * Reads `perf script` output of a node process run under `perf record -k mono -g` with
 * `--perf-basic-prof-only-functions`, for scripts/warm-profile.ts --perf: the main thread's on-CPU samples in a
 * time window, each as the JavaScript function it was spent in (a V8 builtin, a runtime call or a C++ helper is
 * charged to the first JavaScript frame that called it: Map.get, RegExp.test and string internalization are
 * the caller's cost).
 *
 * Why: V8's sampling profiler (node:inspector) samples by wall clock; on a shared machine a thread that is
 * descheduled is charged to whatever function it stopped in, and small functions took several percent they do
 * not spend (the quote model's weight look-up showed 4.2% self there, 0.5% here). perf's cpu-clock event counts
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
  // the location is found from the end (lastIndexOf), not by one regex with a lazy name and a lazy path that both
  // match '/': that backtracks quadratically on a long frame that does not match
  const lineCol = LINE_COL.exec(frame);
  if (!lineCol) return null;
  const head = frame.slice(0, lineCol.index).replace(/^[*^~+]/, '');
  const fileUrl = head.lastIndexOf('file:///');
  const start = fileUrl >= 0 ? fileUrl : head.startsWith('/') ? 0 : head.lastIndexOf(' /') + 1;
  const path = head.slice(start);
  if (!path.startsWith('/') && !path.startsWith('file:///')) return null;
  if (/\s/.test(path)) return null;
  const name = head.slice(0, start).trimEnd();
  const url = path.startsWith('file://') ? path : `file://${path}`;
  return { name: name || '(anonymous)', url, line: Number(lineCol[1]) - 1 };
}

/** ":LINE:COL" at the end of a frame (digits only, anchored: linear). */
const LINE_COL = /:(\d+):\d+$/;
