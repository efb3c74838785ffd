/**
 * Places TurboFan compiles in the library's sources: V8's `--log-function-events` log names each compiled function by
 * script and character offset, and a source map of the same bundle turns an offset in the minified dist/index.cjs
 * into a source file and line. Sums compile ms per function, per source file and per stage (scripts/jit-profile.ts
 * --by-source), so that one can see whether a few functions, files or stages carry the compile cost or it is flat.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface CompilePlace {
  ms: number;
  compiles: number;
  /** source characters of the function in the bundle (end - start as V8 logs them) */
  size: number;
}

export interface PlacedCompiles {
  total: { ms: number; compiles: number };
  byFunction: Map<string, CompilePlace>;
  /** with the distinct functions compiled there */
  byFile: Map<string, CompilePlace & { functions: Set<string> }>;
  byStage: Map<string, CompilePlace & { functions: Set<string> }>;
}

/**
 * A source map of dist/index.cjs as built now: the same build with --sourcemap into a temporary folder. tsup's ESM
 * entry step fails there (wink's model does not resolve outside the repository), after the bundle and its map are
 * written; the map is used only when that bundle's code is byte for byte the one that ran.
 */
export function sourceMapOfBuild(root: string, bundle: string): SourceMap {
  const dir = mkdtempSync(join(tmpdir(), 'jit-map-'));
  try {
    try {
      execFileSync('npx', ['tsup', '--no-dts', '--sourcemap', '--out-dir', dir], { cwd: root, stdio: 'ignore' });
    } catch {
      // see above: the entry step's failure comes after index.cjs and its map are written
    }
    const mapped = join(dir, 'index.cjs');
    if (!existsSync(`${mapped}.map`)) throw new Error('the source-map build wrote no index.cjs.map');
    const code = readFileSync(bundle, 'utf8');
    if (!readFileSync(mapped, 'utf8').startsWith(code)) throw new Error(`${bundle} is not the code of the current sources: run npx tsup first`);
    return new SourceMap(JSON.parse(readFileSync(`${mapped}.map`, 'utf8')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** "src/stages/entities/passes", "src/stages/quotes", "src/nlp", "wink-nlp": what a source file belongs to. */
export function stageOf(file: string): string {
  const modules = file.split('node_modules/');
  if (modules.length > 1) return modules[modules.length - 1]!.split('/')[0]!;
  const parts = file.split('/');
  if (parts[0] !== 'src') return file;
  if (parts[1] !== 'stages') return parts.length > 2 ? parts.slice(0, 2).join('/') : 'src (top level)';
  return parts.slice(0, parts[3] === 'passes' || parts[3] === 'reported-steps' ? 4 : 3).join('/');
}

const add = <T extends CompilePlace>(map: Map<string, T>, key: string, fresh: () => T, ms: number): T => {
  let place = map.get(key);
  if (place === undefined) {
    place = fresh();
    map.set(key, place);
  }
  place.ms += ms;
  place.compiles += 1;
  return place;
};

/** Every "function,turbofan,<script>,<start>,<end>,<ms>,..." line of the log, placed through `map` when in `bundle`. */
export function placeCompiles(logLines: readonly string[], bundle: string, map: SourceMap): PlacedCompiles {
  const scripts = new Map<string, string>();
  for (const line of logLines) {
    if (!line.startsWith('script-details,')) continue;
    const [, id, url] = line.split(',');
    if (id && url) scripts.set(id, url);
  }
  const code = readFileSync(bundle, 'utf8');
  const lineStarts = [0];
  for (let i = 0; i < code.length; i++) if (code.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const lineColumn = (offset: number): [number, number] => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return [lo, offset - lineStarts[lo]!];
  };
  const out: PlacedCompiles = { total: { ms: 0, compiles: 0 }, byFunction: new Map(), byFile: new Map(), byStage: new Map() };
  for (const line of logLines) {
    if (!line.startsWith('function,turbofan,')) continue;
    const [, , id, start, end, msText, , ...nameParts] = line.split(',');
    const ms = Number(msText);
    const url = scripts.get(id!) ?? `script ${id}`;
    let file = url;
    let where = url;
    if (url === bundle) {
      const entry = map.findEntry(...lineColumn(Number(start))) as { originalSource?: string; originalLine?: number };
      file = (entry.originalSource ?? '?').replace(/^(\.\.\/)+/, '').replace(/^.*?\/(src|node_modules)\//, '$1/');
      where = `${file}:${(entry.originalLine ?? 0) + 1}`;
    }
    const fn = `${where} ${nameParts.join(',') || '(anonymous)'}`;
    const size = Number(end) - Number(start);
    add(out.byFunction, fn, () => ({ ms: 0, compiles: 0, size }), ms);
    add(out.byFile, file, () => ({ ms: 0, compiles: 0, size: 0, functions: new Set<string>() }), ms).functions.add(fn);
    add(out.byStage, stageOf(file), () => ({ ms: 0, compiles: 0, size: 0, functions: new Set<string>() }), ms).functions.add(fn);
    out.total.ms += ms;
    out.total.compiles += 1;
  }
  return out;
}
