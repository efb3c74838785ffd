/**
 * MEANTIME (../shared/eval/meantime-dev.jsonl: Wikinews business news, the
 * airbus and gm topics) as a name-tagging corpus in our conventions: the
 * closest to newswire we have. It is never trained on. Its documents are
 * split in two halves by a hash of the id: `dev` (for error analysis) and
 * `heldback` (figures only). It stays out of `allCorpora()`, so neither the
 * trainer nor the confidence calibration sees it.
 *
 * MEANTIME annotates whole noun phrases linked to an entity ("aircraft
 * manufacturer Boeing", "Louis Gallois, the Airbus chief executive",
 * "General Motors Corporation (GM"), so each proper person, organization or
 * location mention is cut to its name: the span up to its first comma or
 * bracket, then the last run of capitalized words in it (connectors such as
 * "of" and "&" inside, a possessive word ending it, a leading "The" left
 * out). Mentions with no capitalized word ("six percent of its total
 * workforce"), titles with no name ("Ryanair CEO", "President of the United
 * States"), single common words ("Automaker") and peoples ("Romanian") give
 * no name; titles before a name are cut by the stage's boundary rules when
 * the gold is mapped onto tokens (corpus-eval.ts goldOnTokens).
 *
 * MEANTIME links only the entities of its stories' event chains, so many
 * names in a text carry no annotation: a predicted name that overlaps no
 * annotated mention is left unjudged (`judged`), and precision is over the
 * rest.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { featureHash } from '../../src/stages/entities/feature-hash';
import { isCommonWord } from '../../src/nlp/common-words';
import { isKnownOrganization, placeKind } from '../../src/stages/entities/gazetteer';
import { evalDir, isPeopleOrNationality, type NameDoc } from './corpora';
import { flatGold, normalizeNameSpan, type GoldName } from './gum';
import { PERSON_TITLE_WORDS } from '../../src/stages/entities/person-titles';

interface MeantimeDoc {
  id: string;
  split: string;
  text: string;
  dct: string | null;
  entities: Array<{ start: number; end: number; text: string; type: string; proper: boolean }>;
}

const types: Record<string, GoldName['type']> = { person: 'person', organization: 'organization', location: 'location' };
const connectors = new Set(['of', 'and', '&', 'de', 'du', 'la', 'von', 'van', 'for']);
const titles = PERSON_TITLE_WORDS;
const articles = new Set(['the', 'a', 'an']);

/** One half of the documents (by a hash of the id) is for analysis, the other for figures only. */
export function meantimePortion(id: string): 'dev' | 'heldback' {
  return featureHash('meantime:' + id) % 2 === 0 ? 'dev' : 'heldback';
}

const isCapitalizedWord = (w: string): boolean => /^[A-Z]/.test(w);
const endsPossessive = (w: string): boolean => /['’]s?$/.test(w);

/** The name inside one annotated mention (see the file comment), or null. */
export function nameOfMention(text: string, start: number, end: number, type: GoldName['type']): { start: number; end: number } | null {
  const cut = /,|\s\(|\(|\s[-–—]\s/.exec(text.slice(start, end));
  const stop = cut ? start + cut.index : end;
  const words = [...text.slice(start, stop).matchAll(/\S+/g)].map((m) => ({ text: m[0], start: start + m.index }));
  let last = words.length - 1;
  while (last >= 0 && !isCapitalizedWord(words[last]!.text)) last--;
  if (last < 0) return null;
  let first = last;
  while (first > 0) {
    const before = words[first - 1]!.text;
    const ofThe = before === 'the' && words[first - 2]?.text === 'of'; // "Bank of the West"
    if (endsPossessive(before) || !(isCapitalizedWord(before) || connectors.has(before) || ofThe)) break;
    first--;
  }
  while (first < last && (connectors.has(words[first]!.text) || articles.has(words[first]!.text.toLowerCase()))) first++;
  const span = normalizeNameSpan(text, words[first]!.start, words[last]!.start + words[last]!.text.length);
  const name = text.slice(span.start, span.end);
  const parts = name.toLowerCase().split(/\s+/);
  if (parts.every((w) => titles.has(w) || connectors.has(w) || articles.has(w))) return null;
  if (type === 'person' && (parts.includes('of') || titles.has(parts[parts.length - 1]!))) return null;
  if (parts.length === 1 && isCommonWord(parts[0]!) && !isKnownOrganization(name) && placeKind(name) === null) return null;
  if (isPeopleOrNationality(name)) return null;
  return span;
}

/** MEANTIME's annotated documents as name documents (documents without annotation left out), or null when the file is absent. */
export function meantimeDocs(): NameDoc[] | null {
  const path = resolve(evalDir, 'meantime-dev.jsonl');
  if (!existsSync(path)) return null;
  const docs = readFileSync(path, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as MeantimeDoc);
  const out: NameDoc[] = [];
  for (const d of docs) {
    if (d.entities.length === 0) continue;
    const names: GoldName[] = [];
    for (const e of d.entities) {
      const type = types[e.type];
      if (!type || !e.proper) continue;
      const span = nameOfMention(d.text, e.start, e.end, type);
      if (span && span.end > span.start) names.push({ ...span, type });
    }
    names.sort((a, b) => a.start - b.start || b.end - a.end);
    out.push({ id: d.id, corpus: 'meantime', portion: meantimePortion(d.id), text: d.text, dct: d.dct, names: flatGold(d.text, names), judged: d.entities.map((e) => ({ start: e.start, end: e.end })) });
  }
  return out;
}
