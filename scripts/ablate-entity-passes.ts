/**
 * Which rule passes help on data nobody wrote them for? Scores the tagger
 * alone, all passes, and all passes but one, on GUM dev+test (all genres),
 * the portion we tune on; the held-back slices stay untouched.
 *
 *   npx tsx scripts/ablate-entity-passes.ts
 */
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';
import { findNameSpans } from '../src/stages/entities/index';
import { entityPasses } from '../src/stages/entities/passes';
import type { EntityPass } from '../src/stages/entities/pass';
import { allCorpora } from './lib/corpora';
import { emptyTable, goldOnTokens, prf, scoreNames } from './lib/corpus-eval';
import { normalizeNameSpan } from './lib/gum';

const typeOf = { PER: 'person', ORG: 'organization', LOC: 'location' } as const;
const docs = allCorpora()
  .flatMap((c) => c.docs)
  .filter((d) => d.portion === 'dev' || d.portion === 'test')
  .map((d) => ({ d, doc: runUntil(createDoc(d.text, d.dct), 'tokens') }));

function f1(passes: readonly EntityPass[]): string {
  const table = emptyTable();
  for (const { d, doc } of docs) {
    const tokens = doc.tokens!.tokens;
    const predicted = findNameSpans(doc, { passes }).map((s) => ({
      ...normalizeNameSpan(d.text, tokens[s.tokenStart]!.start, tokens[s.tokenEnd - 1]!.end),
      type: typeOf[s.type],
    }));
    scoreNames(table, goldOnTokens(d, doc), predicted);
  }
  return (['person', 'organization', 'location', 'all'] as const).map((t) => `${t.slice(0, 3)} ${prf(table[t])[2].toFixed(3)}`).join('  ');
}

console.log(`tagger alone        ${f1([])}`);
console.log(`all passes          ${f1(entityPasses)}`);
for (const p of entityPasses) console.log(`without ${p.name.padEnd(36)} ${f1(entityPasses.filter((q) => q !== p))}`);
