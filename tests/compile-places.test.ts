import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { placeCompiles, stageOf } from '../scripts/lib/compile-places';

describe('scripts/lib/compile-places (jit-profile --by-source)', () => {
  it.each([
    ['src/stages/entities/passes/165-outlets-by-cues.ts', 'src/stages/entities/passes'],
    ['src/stages/quotes/reported-steps/05-verb-cues.ts', 'src/stages/quotes/reported-steps'],
    ['src/stages/entities/tagger.ts', 'src/stages/entities'],
    ['src/nlp/quotations.ts', 'src/nlp'],
    ['src/extract.ts', 'src (top level)'],
    ['node_modules/wink-nlp/src/recursive-tokenizer.js', 'wink-nlp'],
  ])('%s belongs to %s', (file, stage) => {
    expect(stageOf(file)).toBe(stage);
  });

  it('places each compile of the bundle in its source and sums per function, file and stage', () => {
    const dir = mkdtempSync(join(tmpdir(), 'compile-places-'));
    try {
      const bundle = join(dir, 'index.cjs');
      writeFileSync(bundle, 'function a(){}\nfunction b(){}\n');
      // line 1 of the bundle comes from the pass's line 1, line 2 from src/nlp/y.ts's line 1
      const map = new SourceMap({
        version: 3,
        file: 'index.cjs',
        sources: ['../src/stages/entities/passes/01-x.ts', '../src/nlp/y.ts'],
        names: [],
        mappings: 'AAAA;ACAA',
        sourceRoot: '',
        sourcesContent: [],
      });
      const log = [
        `script-details,5,${bundle},0,0,`,
        'function,turbofan,5,0,14,2.5,100,a',
        'function,turbofan,5,15,29,1.5,200,b',
        'function,turbofan,5,0,14,1,300,a',
        'function,interpreter,5,0,14,9,50,a',
      ];
      const placed = placeCompiles(log, bundle, map);
      expect(placed.total).toEqual({ ms: 5, compiles: 3 });
      expect(placed.byFunction.get('src/stages/entities/passes/01-x.ts:1 a')).toEqual({ ms: 3.5, compiles: 2, size: 14 });
      expect(placed.byFunction.get('src/nlp/y.ts:1 b')?.compiles).toBe(1);
      expect(placed.byStage.get('src/stages/entities/passes')?.ms).toBe(3.5);
      expect(placed.byStage.get('src/stages/entities/passes')?.functions.size).toBe(1);
      expect(placed.byFile.get('src/nlp/y.ts')?.ms).toBe(1.5);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
