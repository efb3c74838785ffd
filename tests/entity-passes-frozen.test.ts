import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';
import { findNameSpans } from '../src/stages/entities';
import { featureContext } from '../src/stages/entities/features';
import { entityPassContext, type EntityPass, type EntityPassContext } from '../src/stages/entities/pass';
import { entityPasses } from '../src/stages/entities/passes';
import type { TaggedSpan } from '../src/stages/entities/tagger';
import { FIXTURES_DIR } from './helpers/golden';

/**
 * Every entity pass leaves the list it is given and its spans unchanged (pass.ts). The stage (index.ts) relies on
 * it: it hands its list on without a copy, and a pass that returned the same span objects (sameSpans) neither gets
 * its list copied nor updates the origins (provenance.ts).
 * Each pass here gets, deep-frozen, the very spans it gets in the chain, on the seeds and a few news shapes; a
 * write to a frozen object throws in these (strict) modules.
 */
const texts = [
  ...readdirSync(FIXTURES_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(FIXTURES_DIR, f), 'utf8')),
  'ATTACK stokes fears. Investors welcomed the Asia-Pacific Economic Cooperation (APEC) plan, said Secretary of State Antony Blinken.',
  'WASHINGTON (Reuters) - Apple, Microsoft and the Bank of England said on Monday that Paris Saint-Germain beat Real Madrid 2-1 in Madrid.',
  "LAGOS, Nigeria — The World Health Organization's chief, Tedros Adhanom Ghebreyesus, visited Lagos State and Abuja with President Bola Tinubu.",
];

interface Step {
  ctx: EntityPassContext;
  input: TaggedSpan[];
  output: TaggedSpan[];
}

/** per pass name: its input and output in each text's chain (run unfrozen) */
const steps = new Map<string, Step[]>(entityPasses.map((p) => [p.name, []]));
for (const text of texts) {
  const doc = runUntil(createDoc(text), 'tokens');
  const { tokens, sentences } = doc.tokens!;
  const ctx = entityPassContext(featureContext(doc.source, tokens, sentences));
  const recording: EntityPass[] = entityPasses.map((pass) => ({
    name: pass.name,
    run: (c, spans) => {
      const input = spans.map((s) => ({ ...s }));
      const output = pass.run(c, spans);
      steps.get(pass.name)!.push({ ctx, input, output: output.map((s) => ({ ...s })) });
      return output;
    },
  }));
  findNameSpans(doc, { passes: recording });
}

function frozen(spans: readonly TaggedSpan[]): readonly TaggedSpan[] {
  return Object.freeze(spans.map((s) => Object.freeze({ ...s })));
}

describe('entity passes over frozen spans', () => {
  it('ran the chain on texts with names', () => {
    expect(steps.get(entityPasses[0]!.name)!.some((s) => s.input.length > 5)).toBe(true);
  });

  it.each(entityPasses.map((p) => [p.name, p] as const))('%s changes neither the list nor a span it was given', (_name, pass) => {
    const runs = steps.get(pass.name)!;
    expect(runs).toHaveLength(texts.length);
    for (const { ctx, input, output } of runs) {
      const given = frozen(input);
      expect(() => pass.run(ctx, given)).not.toThrow();
      expect(pass.run(ctx, given)).toEqual(output);
      expect(given).toEqual(input);
    }
  });
});
