/**
 * Scores the library's entities on the made-up probe articles against their expected lists
 * (tests/fixtures-probe/expected-entities.json): per article and in total, the entities that are
 * wrong (no such name expected, or the wrong type) and the expected names missed.
 *
 *   npx tsx scripts/probe-entities.ts            # totals and every error
 *   npx tsx scripts/probe-entities.ts 17         # only the articles whose file name starts with 17
 */
import { readFileSync } from 'node:fs';
import { extractBriefing } from '../src/index';

type Kind = 'person' | 'organization' | 'location';
interface Expected {
  person: string[];
  organization: string[];
  location: string[];
  ignore?: string[];
}

const folder = new URL('../tests/fixtures-probe/', import.meta.url);
const all = JSON.parse(readFileSync(new URL('expected-entities.json', folder), 'utf8')) as Record<string, Expected | string>;
const only = process.argv[2];
const kinds: Kind[] = ['person', 'organization', 'location'];
const totals = { entities: 0, wrong: 0, missed: 0, expected: 0 };

for (const [file, expected] of Object.entries(all)) {
  if (typeof expected === 'string' || (only && !file.startsWith(only))) continue;
  const b = extractBriefing(readFileSync(new URL(file, folder), 'utf8'));
  // each expected name with its alternatives, and the type it is expected as
  const wanted = kinds.flatMap((kind) => expected[kind].map((alts) => ({ kind, names: alts.split('|') })));
  const ignored = new Set((expected.ignore ?? []).map((n) => n.toLowerCase()));
  const lines: string[] = [];
  for (const e of b.entities) {
    const names = [e.name, ...e.aliases].map((n) => n.toLowerCase());
    const hit = wanted.find((w) => w.names.some((n) => names.includes(n.toLowerCase())));
    if (hit && hit.kind === e.type) continue;
    if (!hit && names.some((n) => ignored.has(n))) continue;
    totals.wrong++;
    lines.push(`  wrong  ${e.type.padEnd(12)} ${e.name}${hit ? ` (is ${hit.kind})` : ''}  conf ${e.confidence.toFixed(2)} sal ${e.salience.toFixed(2)}`);
  }
  for (const w of wanted) {
    const found = b.entities.some((e) => e.type === w.kind && [e.name, ...e.aliases].some((n) => w.names.some((m) => m.toLowerCase() === n.toLowerCase())));
    if (!found) {
      totals.missed++;
      lines.push(`  missed ${w.kind.padEnd(12)} ${w.names[0]}`);
    }
  }
  totals.entities += b.entities.length;
  totals.expected += wanted.length;
  console.log(`${file}: ${b.entities.length} entities, ${lines.filter((l) => l.includes('wrong')).length} wrong, ${lines.filter((l) => l.includes('missed')).length} missed of ${wanted.length}`);
  for (const l of lines) console.log(l);
}
const precision = 1 - totals.wrong / Math.max(1, totals.entities);
const recall = 1 - totals.missed / Math.max(1, totals.expected);
console.log(`total: ${totals.entities} entities, ${totals.wrong} wrong (precision ${precision.toFixed(3)}), ${totals.missed} missed of ${totals.expected} (recall ${recall.toFixed(3)})`);
