import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mapSpans, taggedSpan } from '../src/stages/entities/passes/shared';

const root = resolve(import.meta.dirname, '..');

describe('mapSpans', () => {
  const spans = [taggedSpan(0, 2, 'PER'), taggedSpan(3, 4, 'LOC'), taggedSpan(5, 6, 'ORG')];
  const retype = (s: (typeof spans)[number]) => (s.type === 'LOC' ? taggedSpan(s.tokenStart, s.tokenEnd, 'ORG') : s);

  it.each([[[]], [spans.slice(0, 1)], [spans]])('gives what map gives: %j', (list) => {
    expect(mapSpans(list, retype)).toEqual(list.map(retype));
  });

  // why it exists: the array map returns is packed where the caller runs unoptimized and holey where it is optimized
  // (its empty array has yet another kind), so the function the list went to next met several array maps; a list
  // pushed into a literal is packed either way
  it('gives a packed array where map gives a holey one once its caller is optimized', () => {
    const script = `
      import { mapSpans, taggedSpan } from './src/stages/entities/passes/shared.ts';
      const holey = new Function('a', 'return %HasHoleyElements(a)');
      const optimize = new Function('f', '%OptimizeFunctionOnNextCall(f)');
      const prepare = new Function('f', '%PrepareFunctionForOptimization(f)');
      const spans = [taggedSpan(0, 2, 'PER'), taggedSpan(3, 4, 'LOC')];
      const byMap = (list) => list.map((s) => s);
      const byPush = (list) => mapSpans(list, (s) => s);
      const kinds = {};
      for (const [name, f] of [['map', byMap], ['mapSpans', byPush]]) {
        prepare(f);
        const cold = holey(f(spans));
        f(spans);
        optimize(f);
        kinds[name] = [cold, holey(f(spans))];
      }
      console.log(JSON.stringify(kinds));`;
    const out = execFileSync(process.execPath, ['--allow-natives-syntax', '--import', 'tsx', '--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
    expect(JSON.parse(out.trim().split('\n').pop()!)).toEqual({ map: [false, true], mapSpans: [false, false] });
  }, 60_000);
});
