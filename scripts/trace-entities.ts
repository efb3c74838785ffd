/**
 * What each entity rule pass added and dropped for one text, in pass order:
 *
 *   npx tsx scripts/trace-entities.ts "Cyclone Phailin hit Odisha on Saturday."
 *   npx tsx scripts/trace-entities.ts --file fixtures/001_8f0d947e317f6e2e.txt
 *
 * First the tagger's own spans, then one line per pass that changed something
 * (+ added, - dropped; a retyped span shows as both).
 */
import { readFileSync } from 'node:fs';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';
import { findNameSpans } from '../src/stages/entities';
import type { EntityPassReport, TracedSpan } from '../src/stages/entities/pass';

const args = process.argv.slice(2);
const fileAt = args.indexOf('--file');
const text = fileAt >= 0 ? readFileSync(args[fileAt + 1]!, 'utf8') : args.join(' ');
if (!text.trim()) {
  console.error('usage: npx tsx scripts/trace-entities.ts "some text" | --file path');
  process.exit(1);
}

const show = (s: TracedSpan): string => `${JSON.stringify(s.text)}/${s.type}@${s.start}`;
const doc = runUntil(createDoc(text), 'tokens');
const reports: EntityPassReport[] = [];
findNameSpans(doc, { passes: [] }).forEach((s, i) => {
  if (i === 0) console.log('tagger');
  const start = doc.tokens!.tokens[s.tokenStart]!.start;
  const end = doc.tokens!.tokens[s.tokenEnd - 1]!.end;
  console.log(`  ${show({ text: text.slice(start, end), type: s.type, start, end })}`);
});
const final = findNameSpans(doc, { trace: (r) => reports.push(r) });
for (const r of reports) {
  if (r.added.length === 0 && r.dropped.length === 0) continue;
  console.log(r.pass);
  for (const s of r.dropped) console.log(`  - ${show(s)}`);
  for (const s of r.added) console.log(`  + ${show(s)}`);
}
console.log(`${final.length} names`);
