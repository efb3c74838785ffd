/**
 * How the resolve stage's third-person pronouns ("he", "she", "his", "her") come out against GUM's coreference, on the
 * TRAIN portion only (never dev, test or the held-back tenth): per gold pronoun whose cluster holds a name we found,
 * right (our entity's names fall in the pronoun's gold cluster), wrong (another entity) or unresolved, by kind:
 * whether the pronoun opens a speech act ("she said", "said he": what quote speakers read), where the gold antecedent
 * was last named (same sentence, previous sentence, further), whether its gender was known from its names (a listed
 * given name or an honorific), and whether an entity of the same gender was named between it and the pronoun.
 *
 *   npx tsx scripts/pronoun-outcomes.ts [--genres news,interview,...] [--list KIND] [--all-genres]
 *
 * `--list wrong` prints the wrong ones ("right", "unresolved", or "" for every pronoun: one line each, to diff two
 * versions' outcomes pronoun by pronoun).
 */
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';
import genders from '../src/data/resolve/given-name-gender.json';
import titles from '../src/data/resolve/titles.json';
import { isSpeechVerb } from '../src/stages/resolve/lexicon';
import { allCorpora } from './lib/corpora';

const args = process.argv.slice(2);
const arg = (name: string): string | undefined => (args.indexOf(name) >= 0 ? args[args.indexOf(name) + 1] : undefined);
const genreList = arg('--genres') ?? 'news,interview,speech,voyage,whow,bio';
const genres = args.includes('--all-genres') ? null : new Set(genreList.split(','));
const listKind = arg('--list');
const male = new Set(genders.male.split('\n'));
const female = new Set(genders.female.split('\n'));
const maleWords = new Set(titles.male);
const femaleWords = new Set(titles.female);
const PRONOUNS: Record<string, 'male' | 'female'> = { he: 'male', him: 'male', his: 'male', himself: 'male', she: 'female', her: 'female', hers: 'female', herself: 'female' };

const tally = new Map<string, { right: number; wrong: number; unresolved: number }>();
const lines: Array<[string, string]> = [];
function bump(kind: string, outcome: 'right' | 'wrong' | 'unresolved', line: string): void {
  for (const k of [kind.split(' | ')[0]!, kind, 'ALL']) {
    const row = tally.get(k) ?? { right: 0, wrong: 0, unresolved: 0 };
    row[outcome]++;
    tally.set(k, row);
  }
  lines.push([`${outcome} ${kind}`, line]);
}

/** The gender a name's own words give it: an honorific or a given name listed for one gender only. */
function nameGender(text: string): 'male' | 'female' | null {
  const words = text.toLowerCase().replace(/\./g, '').split(/\s+/);
  const first = words[0] ?? '';
  if (maleWords.has(first)) return 'male';
  if (femaleWords.has(first)) return 'female';
  if (words.length < 2) return null;
  const m = male.has(first);
  const f = female.has(first);
  return m === f ? null : m ? 'male' : 'female';
}

for (const c of allCorpora()) {
  if (c.corpus !== 'gum') continue;
  for (const d of c.docs) {
    if (d.portion !== 'train' || (genres && !genres.has(d.id.split('_')[1] ?? ''))) continue;
    const gum = d.gum!;
    const result = runUntil(createDoc(d.text, d.dct), 'resolve');
    const tokens = result.tokens!.tokens;
    const entities = result.resolve!.entities;
    const clusterOf = new Map<string, string>();
    for (const m of gum.entities) clusterOf.set(`${m.start}:${m.end}`, m.cluster);
    const byCluster = new Map<string, Array<{ start: number; end: number }>>();
    for (const m of gum.entities) {
      const list = byCluster.get(m.cluster) ?? [];
      list.push(m);
      byCluster.set(m.cluster, list);
    }
    const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;
    // our entity per gold cluster: the person entity one of whose names lies on a gold mention of the cluster
    const entityOfCluster = (cluster: string) =>
      entities.find((e) => e.type === 'person' && e.mentions.some((m) => m.kind !== 'pronoun' && (byCluster.get(cluster) ?? []).some((g) => overlaps(g, m))));
    const tokenAt = (offset: number): number => tokens.findIndex((t) => t.start === offset);
    for (const g of gum.entities) {
      const gender = PRONOUNS[d.text.slice(g.start, g.end).toLowerCase()];
      if (!gender) continue;
      const truth = entityOfCluster(g.cluster);
      const ours = entities.find((e) => e.mentions.some((m) => m.kind === 'pronoun' && m.start === g.start));
      if (!truth && !ours) continue; // no name of its referent found: nothing to resolve to
      const i = tokenAt(g.start);
      if (i < 0) continue;
      const t = tokens[i]!;
      const speech = (tokens[i + 1] && isSpeechVerb(tokens[i + 1]!)) || (tokens[i - 1] && isSpeechVerb(tokens[i - 1]!) && !tokens[i - 1]!.inQuote) ? 'speech' : 'other';
      // where the true antecedent was last named before the pronoun
      let where = 'no antecedent named before';
      let between = false;
      if (truth) {
        const before = truth.mentions.filter((m) => m.kind !== 'pronoun' && m.end <= g.start);
        const last = before[before.length - 1];
        if (last) {
          const s = tokens[tokenAt(last.start) >= 0 ? tokenAt(last.start) : 0]!.sentence;
          where = s === t.sentence ? 'same sentence' : t.sentence - s === 1 ? 'previous sentence' : t.sentence - s <= 4 ? '2-4 sentences back' : 'further';
          between = entities.some((e) => e !== truth && e.type === 'person' && e.mentions.some((m) => m.kind !== 'pronoun' && m.start > last.end && m.end <= g.start && nameGender(m.text) !== (gender === 'male' ? 'female' : 'male')));
        }
      }
      const known = truth ? (truth.mentions.some((m) => m.kind !== 'pronoun' && nameGender(m.text) === gender) ? 'gender known' : 'gender unknown') : 'referent not found';
      const kind = `${speech} | ${where} | ${known}${between ? ' | a compatible person between' : ''}`;
      const outcome = !ours ? 'unresolved' : truth && ours.id === truth.id ? 'right' : 'wrong';
      const context = d.text.slice(Math.max(0, g.start - 160), g.end + 40).replace(/\s+/g, ' ');
      bump(kind, outcome, `${d.id}\t${t.text} -> ${ours?.name ?? '-'} (gold ${truth?.name ?? '?'})\t| ${context}`);
    }
  }
}

console.log('| kind | right | wrong | unresolved | right share of resolved |');
console.log('|---|---:|---:|---:|---:|');
for (const [k, v] of [...tally].sort((a, b) => a[0].localeCompare(b[0]))) {
  const share = v.right + v.wrong > 0 ? (v.right / (v.right + v.wrong)).toFixed(3) : '-';
  console.log(`| ${k} | ${v.right} | ${v.wrong} | ${v.unresolved} | ${share} |`);
}
if (listKind !== undefined) for (const [k, line] of lines) if (k.startsWith(listKind)) console.log(`${k}\t${line}`);
