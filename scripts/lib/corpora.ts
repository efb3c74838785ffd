/**
 * The name-tagging corpora in ../shared/eval, each mapped onto newsbrief's
 * conventions (CoNLL style: person/organization/location names, no titles,
 * no nesting, peoples and nationalities are not names) by its own converter,
 * and split into what the trainer may see and what it may not:
 *
 * - GUM (gum-all.jsonl, every genre): the corpus's dev and test documents are
 *   never trained on (they are what eval:entities reports on);
 * - wikigold.jsonl and uner-ewt.jsonl have no split of their own;
 * - in all three, every train document whose id hashes to 0 mod 10
 *   (`isHeldBack`) is held back: never trained on, never tuned on, used to
 *   report figures and to calibrate confidence.
 *
 * Title words are cut from person names by the stage's own boundary rules
 * (src/stages/entities/spans.ts) when the trainer maps names onto tokens.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { canonicalCountry, demonymToCountry } from '../../src/stages/entities/gazetteer';
import { featureHash } from '../../src/stages/entities/feature-hash';
import lexicon from '../../src/data/entities/lexicon.json';
import { isCommonWord } from '../../src/nlp/common-words';
import { isFamilyName, isGivenName, isKnownOrganization, placeKind } from '../../src/stages/entities/gazetteer';
import { flatGold, goldNames, normalizeNameSpan, trainingNames, type GoldName, type GumDoc } from './gum';
import { placesBeforeTitles } from './place-before-title';

/** The converter's last step for every corpus: a place opening a person's title is a location ("U.S." of "U.S. President Trump"). */
function withPlacesBeforeTitles(text: string, names: GoldName[]): GoldName[] {
  const added = placesBeforeTitles(text, names);
  return added.length ? [...names, ...added].sort((a, b) => a.start - b.start || b.end - a.end) : names;
}

export const evalDir = resolve(import.meta.dirname, '../../../shared/eval');

/** 'meantime' is scored only (scripts/lib/meantime.ts), never trained or calibrated on */
export type CorpusName = 'gum' | 'wikigold' | 'uner-ewt' | 'meantime';
/** 'crossfold': a fifth of the train portion set aside when CV_FOLD is set (a second development set, for cross-checks) */
export type Portion = 'train' | 'heldback' | 'dev' | 'test' | 'crossfold';

export interface NameDoc {
  id: string;
  corpus: CorpusName;
  portion: Portion;
  text: string;
  dct: string | null;
  /** flat gold names in our conventions */
  names: GoldName[];
  /**
   * Only for corpora that annotate some entities, not every name (MEANTIME):
   * the annotated mentions; a predicted name overlapping none of them is
   * left unjudged (neither right nor wrong).
   */
  judged?: Array<{ start: number; end: number }>;
  /** the GUM record, for GUM's own strict scoring */
  gum?: GumDoc;
}

/** One train document in ten, chosen by a hash of its id: stable when documents are added or removed. */
export function isHeldBack(id: string): boolean {
  return featureHash('heldback:' + id) % 10 === 0;
}

function readJsonl<T>(file: string): T[] | null {
  const path = resolve(evalDir, file);
  if (!existsSync(path)) return null;
  return readFileSync(path, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as T);
}

const compass = new Set(['north', 'south', 'east', 'west', 'central', 'northern', 'southern', 'eastern', 'western', 'latin', 'sub-saharan', 'native']);
/** Religious and ethnic groups and words that are never names (src/data/entities/lexicon.json). */
const groupOrNotName = new Set([...lexicon.groupWords, ...lexicon.notNames]);

/**
 * "Americans", "North American", "African American", "Danish-German",
 * "Muslims", "Democrats": a people, nationality, faith or party member,
 * which CoNLL does not count as a person or place; every word is a demonym
 * (or its plural), a compass word, a group word or a listed non-name.
 */
export function isPeopleOrNationality(text: string): boolean {
  // "U.S.", "US", "UK" double as adjectives ("U.S. officials"), so the lexicon lists them as demonyms too, but a
  // country's name is a location in CoNLL however it is used: dropping it taught the tagger that "U.S." is no name
  if (/^[A-Z]/.test(text) && canonicalCountry(text) !== null) return false;
  const demonym = (w: string): boolean => demonymToCountry(w) !== null || demonymToCountry(w.replace(/s$/, '')) !== null;
  return text
    .split(/\s+/)
    .flatMap((w) => w.split('-'))
    .every((w) => demonym(w) || compass.has(w.toLowerCase()) || groupOrNotName.has(w.toLowerCase()));
}

/**
 * CV_FOLD=k (0..4) sets aside the train documents whose id hashes to k (mod
 * 5): train-entities.ts leaves them out and eval-entities.ts scores them, a
 * cross-check on wikigold and UNER-EWT without touching the held-back tenth.
 */
const crossFold = process.env.CV_FOLD === undefined ? -1 : Number(process.env.CV_FOLD);

function portionOf(id: string, split: string): Portion {
  if (split === 'dev' || split === 'test') return split;
  if (isHeldBack(id)) return 'heldback';
  return crossFold >= 0 && featureHash('crossfold:' + id) % 5 === crossFold ? 'crossfold' : 'train';
}

const pronouns = new Set(
  'i me my you your he him his she her it its we us our they them their this that these those each some any all everybody everyone nobody none one both'.split(' '),
);

/** Known to a gazetteer as a place, organization or name part: not just a capitalized common word. */
function listed(text: string): boolean {
  const lower = text.toLowerCase();
  return placeKind(text) !== null || isKnownOrganization(text) || isGivenName(lower) || isFamilyName(lower);
}

/**
 * "I", "They", "Respondents", "SPEAKERS", "Muslims": a pronoun, or one
 * common word (or its plural), that GUM marks as a person or group but CoNLL
 * counts as no name. `unflagged` marks names GUM itself did not flag as proper,
 * which must clear a higher bar (a heading's "Librarians").
 */
export function isCommonNounMention(text: string, type: GoldName['type'], unflagged: boolean): boolean {
  const lower = text.toLowerCase();
  if (pronouns.has(lower)) return true;
  if (/\s/.test(text)) return false;
  const common = isCommonWord(lower) || (lower.endsWith('s') && isCommonWord(lower.slice(0, -1)));
  if (unflagged) return common && !listed(text);
  // a proper-flagged person that is a plural common word is a group ("Christians", "Democrats")
  return type === 'person' && lower.endsWith('s') && isCommonWord(lower.slice(0, -1)) && !isFamilyName(lower);
}

/**
 * "Sweden defeated South Korea 1-0", "North Korea fired artillery": GUM types a country acting as a team or a state
 * as an organization; CoNLL (and wikigold, UNER-EWT) write a country's name as a location however it acts. A country
 * name right after another capitalized word inside a sentence is left alone: it ends a longer name ("Environment
 * Canada"); a capitalized word that opens the sentence ("In Sweden", "But North Korea fired", "Meanwhile Canada")
 * does not. Georgia is left alone too: in GUM it is as often the US state or its college's team.
 */
export function countryAsPlace(text: string, n: GoldName): GoldName {
  const name = text.slice(n.start, n.end);
  if (n.type !== 'organization' || canonicalCountry(name) === null || countriesNamedLikeUsStates.has(name)) return n;
  const from = Math.max(0, n.start - 40);
  const m = /(\S+)\s+$/.exec(text.slice(from, n.start));
  const before = m?.[1] ?? '';
  if (!/^\p{Lu}[\p{L}.'’-]*$/u.test(before) || /^(?:The|A)$/.test(before)) return { ...n, type: 'location' };
  // the capitalized word opens its sentence: nothing but quotes or brackets between it and the text's start, a
  // sentence's end or a line break
  const beforeStart = from + m!.index;
  const lead = text.slice(Math.max(0, beforeStart - 8), beforeStart);
  const opensSentence = /^["'‘“(\[]*$/.test(text.slice(0, beforeStart)) || /(?:[.!?]["'’”)\]]*\s|\n\s*)["'‘“(\[]*$/.test(lead);
  return opensSentence ? { ...n, type: 'location' } : n;
}
/** Countries whose names are US states too ("Georgia"): GUM's organization may be the state's government or team. */
const countriesNamedLikeUsStates: ReadonlySet<string> = new Set(['Georgia']);

/** GUM: named person/organization/place mentions (plus names GUM leaves unflagged), flattened; peoples, pronouns and common nouns dropped. */
export function gumDocs(forTraining = false): NameDoc[] | null {
  const docs = readJsonl<GumDoc>('gum-all.jsonl');
  if (!docs) return null;
  return docs.map((d) => {
    const flagged = new Set(goldNames(d).map((n) => `${n.start}:${n.end}`));
    const names = trainingNames(d)
      .filter((n) => {
        const text = d.text.slice(n.start, n.end);
        return !isPeopleOrNationality(text) && !isCommonNounMention(text, n.type, !flagged.has(`${n.start}:${n.end}`));
      })
      .map((n) => countryAsPlace(d.text, n));
    return { id: d.id, corpus: 'gum', portion: portionOf(d.id, d.split), text: d.text, dct: d.dct, names: withPlacesBeforeTitles(d.text, flatGold(d.text, names, !forTraining)), gum: d };
  });
}

interface PlainDoc {
  id: string;
  split: string;
  text: string;
  dct: string | null;
  entities: Array<{ start: number; end: number; text: string; type: string }>;
}

const plainTypes: Record<string, GoldName['type']> = { person: 'person', organization: 'organization', location: 'location' };

/** wikigold and UNER-EWT: already flat CoNLL-style names; spans normalized as we score them, peoples dropped. */
function plainDocs(file: string, corpus: CorpusName): NameDoc[] | null {
  const docs = readJsonl<PlainDoc>(file);
  if (!docs) return null;
  return docs.map((d) => {
    const names: GoldName[] = [];
    for (const e of d.entities) {
      const type = plainTypes[e.type];
      if (!type || isPeopleOrNationality(e.text)) continue;
      const span = normalizeNameSpan(d.text, e.start, e.end);
      if (span.end > span.start) names.push({ ...span, type });
    }
    return { id: d.id, corpus, portion: portionOf(d.id, d.split), text: d.text, dct: d.dct, names: withPlacesBeforeTitles(d.text, flatGold(d.text, names)) };
  });
}

export const wikigoldDocs = (): NameDoc[] | null => plainDocs('wikigold.jsonl', 'wikigold');
export const unerDocs = (): NameDoc[] | null => plainDocs('uner-ewt.jsonl', 'uner-ewt');

/** Every corpus that is present, GUM first (`forTraining`: GUM flattened as the shipped model was trained: gum.ts flatGold). */
export function allCorpora(options: { forTraining?: boolean } = {}): Array<{ corpus: CorpusName; docs: NameDoc[] }> {
  const out: Array<{ corpus: CorpusName; docs: NameDoc[] }> = [];
  const gum = gumDocs(options.forTraining);
  if (gum) out.push({ corpus: 'gum', docs: gum });
  const wiki = wikigoldDocs();
  if (wiki) out.push({ corpus: 'wikigold', docs: wiki });
  const uner = unerDocs();
  if (uner) out.push({ corpus: 'uner-ewt', docs: uner });
  return out;
}
