import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';
import { findNameSpans } from '../src/stages/entities';
import type { EntityPass } from '../src/stages/entities/pass';
import { entityPasses } from '../src/stages/entities/passes';
import type { TaggedSpan } from '../src/stages/entities/tagger';
import { replaceSpans, unchangedOr } from '../src/stages/entities/passes/shared';
import { FIXTURES_DIR } from './helpers/golden';

/**
 * A pass that changes nothing hands on the very span objects it was given (passes/shared.ts retypeAt, withType,
 * unchangedOr; spans.ts toNameSpans). The stage (index.ts, sameSpans) tells "no change" by object identity, and these
 * passes used to return fresh copies of unchanged spans on most articles, so SpanOrigins (provenance.ts) rebuilt its
 * map after each.
 * Speed only: the spans' contents were and are the same.
 */
const keepers = ['name-boundaries', 'name-boundaries-again', 'propagate-names', 'place-before-region', 'address-places', 'dateline-places', 'outlets-after-the'];

const texts = [
  ...readdirSync(FIXTURES_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(FIXTURES_DIR, f), 'utf8')),
  'WASHINGTON (Reuters) - Apple, Microsoft and the Bank of England said on Monday that Paris Saint-Germain beat Real Madrid 2-1 in Madrid.',
  'HARTWELL, Friday — The mayor of Hartwell said the council met in Springfield, Illinois. The Hartwell Gazette reported it first.',
  'The New York Times reported the deal on Tuesday, and the Times said the Federal Reserve would wait. Janet Yellen agreed, Yellen said.',
];

const sameContents = (a: readonly TaggedSpan[], b: readonly TaggedSpan[]): boolean =>
  a.length === b.length && a.every((s, i) => s.tokenStart === b[i]!.tokenStart && s.tokenEnd === b[i]!.tokenEnd && s.type === b[i]!.type);

interface Step {
  input: readonly TaggedSpan[];
  output: readonly TaggedSpan[];
}

/**
 * Passes whose no-change exits hand on the list they were given rather than a copy of it (pass.ts EntityPass.run):
 * the stage keeps its list as it is when a pass returns it (sameSpans), so each copy was an allocation for nothing.
 */
const handersOn = [
  'dateline-places',
  'join-ampersand-names',
  'add-repeated-acronyms',
  'coordinated-companies',
  'drop-named-artifacts',
  'add-listed-organizations',
  'outlets-after-the',
  'outlets-named-with-articles',
  'full-names-by-their-surnames',
  'short-names-of-organizations',
  'companies-before-legal-suffixes',
];

const steps = new Map<string, Step[]>(keepers.map((name) => [name, []]));
/** per pass in handersOn: for each run that changed nothing, whether it returned the very list it was given */
const handedOn = new Map<string, boolean[]>(handersOn.map((name) => [name, []]));
for (const text of texts) {
  const doc = runUntil(createDoc(text), 'tokens');
  const recording: EntityPass[] = entityPasses.map((pass) => ({
    name: pass.name,
    run: (c, spans) => {
      const output = pass.run(c, spans);
      steps.get(pass.name)?.push({ input: [...spans], output: [...output] });
      if (sameContents(spans, output)) handedOn.get(pass.name)?.push(output === spans);
      return output;
    },
  }));
  findNameSpans(doc, { passes: recording });
}

describe('entity passes that change nothing keep the span objects', () => {
  it.each(keepers)('%s', (name) => {
    const unchanged = steps.get(name)!.filter((s) => s.input.length > 0 && sameContents(s.input, s.output));
    expect(unchanged.length).toBeGreaterThan(0);
    for (const { input, output } of unchanged) output.forEach((s, i) => expect(s).toBe(input[i]));
  });
});

describe('entity passes that change nothing hand on the list they were given', () => {
  it.each(handersOn)('%s', (name) => {
    const runs = handedOn.get(name)!;
    expect(runs.length).toBeGreaterThan(0);
    expect(runs.filter((same) => same).length).toBeGreaterThan(0);
  });
});

// passes/shared.ts unchangedOr: a rebuilt list with the same spans is no change, and the pass hands on the list it
// was given (not a copy: the stage then neither copies it nor updates the origins); one span changed is a change
describe('unchangedOr', () => {
  const span = (tokenStart: number, tokenEnd: number, type: TaggedSpan['type']): TaggedSpan => ({ tokenStart, tokenEnd, type });
  const given = [span(0, 1, 'LOC'), span(2, 4, 'ORG')];
  it.each<[string, TaggedSpan[], boolean]>([
    ['the same objects, rebuilt', [...given], true],
    ['equal spans, new objects', [span(0, 1, 'LOC'), span(2, 4, 'ORG')], true],
    ['one span retyped', [given[0]!, span(2, 4, 'PER')], false],
    ['one span longer', [given[0]!, span(2, 5, 'ORG')], false],
    ['one span dropped', [given[0]!], false],
  ])('%s', (_kind, out, unchanged) => {
    expect(unchangedOr(given, out)).toBe(unchanged ? given : out);
  });
});

// passes/shared.ts replaceSpans: how passes 31, 70, 73 and 74 hand on the names they joined
describe('replaceSpans', () => {
  const span = (tokenStart: number, tokenEnd: number, type: TaggedSpan['type']): TaggedSpan => ({ tokenStart, tokenEnd, type });
  it.each<[string, TaggedSpan[], number[], TaggedSpan[], TaggedSpan[]]>([
    ['nothing added: a copy of the spans', [span(0, 1, 'PER')], [], [], [span(0, 1, 'PER')]],
    ['the dropped ones out, the added ones in, in text order', [span(0, 1, 'LOC'), span(2, 3, 'ORG'), span(5, 6, 'PER')], [1], [span(1, 4, 'ORG')], [span(0, 1, 'LOC'), span(1, 4, 'ORG'), span(5, 6, 'PER')]],
  ])('%s', (_kind, spans, dropped, added, expected) => {
    const out = replaceSpans(spans, new Set(dropped), added);
    expect(out).toEqual(expected);
    expect(out).not.toBe(spans);
  });
});
