import irregularData from '../data/lexicon/irregular-verbs.json';
import { ownedString } from './owned-string';
import { WORD_CACHE_LIMIT } from './word-cache-limit';

/**
 * English verb morphology, written once: regular suffix rules plus one table
 * of the verbs they get wrong (src/data/lexicon/irregular-verbs.json,
 * generated from compromise's conjugation by scripts/build-irregular-verbs.ts).
 * Stages use it to build look-up sets from lemmas (`inflections`), to guess
 * the lemma of a word that has no token lemma (`lemmaCandidates`), and to
 * tell a past form (`isPastForm`).
 */

/** The four forms of a verb besides its lemma; the participle is the past form for regular verbs. */
export interface VerbForms {
  third: string;
  past: string;
  participle: string;
  gerund: string;
}

/** an irregular verb's forms where the rules get them wrong; the first of each list is the usual one */
interface IrregularEntry {
  third?: string[];
  past?: string[];
  participle?: string[];
  gerund?: string[];
}

interface IrregularData {
  verbs: Record<string, IrregularEntry>;
  /** lemmas that end in -ed ("need", "proceed"): not past forms */
  edLemmas: string[];
}

const DATA = irregularData as unknown as IrregularData;
const IRREGULAR: Readonly<Record<string, IrregularEntry>> = DATA.verbs;

/**
 * The forms suffix rules give. A one-syllable verb ending in one vowel and
 * one consonant doubles it ("ban" -> banned, banning); the longer verbs that
 * do ("admit", "prefer") are in the irregular table.
 */
export function regularForms(lemma: string): VerbForms {
  const consonantY = /[^aeiou]y$/.test(lemma);
  const third = consonantY ? `${lemma.slice(0, -1)}ies` : /(?:s|sh|ch|x|z|o)$/.test(lemma) ? `${lemma}es` : `${lemma}s`;
  const stem = doublesFinal(lemma) ? lemma + lemma[lemma.length - 1]! : lemma;
  const past = consonantY ? `${lemma.slice(0, -1)}ied` : lemma.endsWith('e') ? `${lemma}d` : `${stem}ed`;
  let gerund: string;
  if (lemma.endsWith('ie')) gerund = `${lemma.slice(0, -2)}ying`;
  else if (/(?:ee|ye|oe)$/.test(lemma) || lemma === 'be') gerund = `${lemma}ing`;
  else if (lemma.endsWith('e') && lemma.length > 2) gerund = `${lemma.slice(0, -1)}ing`;
  else gerund = `${stem}ing`;
  return { third, past, participle: past, gerund };
}

/** one vowel group ("qu" counting as a consonant), ending in a single vowel and a consonant that doubles */
function doublesFinal(lemma: string): boolean {
  if (!/[^aeiou][aeiou][bdglmnprtv]$/.test(lemma) && !/^qu[aeiou][bdglmnprtv]$/.test(lemma)) return false;
  const groups = lemma.replace(/^qu/, 'q').match(/[aeiouy]+/g);
  return groups !== null && groups.length === 1;
}

/** The usual forms of a verb: the irregular table where it speaks, the regular rules elsewhere. */
export function verbForms(lemma: string): VerbForms {
  const regular = regularForms(lemma);
  const entry = IRREGULAR[lemma];
  if (!entry) return regular;
  const past = entry.past?.[0] ?? regular.past;
  return {
    third: entry.third?.[0] ?? regular.third,
    past,
    participle: entry.participle?.[0] ?? past,
    gerund: entry.gerund?.[0] ?? regular.gerund,
  };
}

/**
 * Every form of a lemma, the lemma included ("announce" -> announces,
 * announced, announcing), for building look-up sets once at module load.
 * A final l after one vowel may double or not ("signaled", "signalled").
 */
export function inflections(lemma: string): string[] {
  const forms = verbForms(lemma);
  const out = new Set([lemma, forms.third, forms.past, forms.participle, forms.gerund]);
  const entry = IRREGULAR[lemma];
  for (const list of [entry?.third, entry?.past, entry?.participle, entry?.gerund]) for (const form of list ?? []) out.add(form);
  if (/[^aeiou][aeiou]l$/.test(lemma)) for (const ending of ['ed', 'led', 'ing', 'ling']) out.add(lemma + ending);
  return [...out];
}

/** Every form of every lemma: one Set for look-ups by word. */
export function inflectionSet(lemmas: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const lemma of lemmas) for (const form of inflections(lemma)) out.add(form);
  return out;
}

/** irregular form -> its lemmas ("left" -> leave; "found" -> find) */
const LEMMAS_OF_FORM = new Map<string, string[]>();
/** simple past and participle forms of the irregular verbs, but not a participle equal to its lemma ("run", "come") */
const IRREGULAR_PAST = new Set<string>();
for (const [lemma, entry] of Object.entries(IRREGULAR)) {
  for (const form of inflections(lemma)) {
    if (form === lemma) continue;
    const list = LEMMAS_OF_FORM.get(form) ?? [];
    if (!list.includes(lemma)) list.push(lemma);
    LEMMAS_OF_FORM.set(form, list);
  }
  for (const form of entry.past ?? []) IRREGULAR_PAST.add(form);
  for (const form of entry.participle ?? []) if (form !== lemma) IRREGULAR_PAST.add(form);
}
/** participles that are no simple past of the same verb ("known", "shown", "written") */
const PARTICIPLE_ONLY = new Set<string>();
for (const [lemma, entry] of Object.entries(IRREGULAR)) {
  for (const form of entry.participle ?? []) if (form !== lemma && !(entry.past ?? []).includes(form)) PARTICIPLE_ONLY.add(form);
}
const ED_LEMMAS: ReadonlySet<string> = new Set(DATA.edLemmas);

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);
const CACHE = new Map<string, readonly string[]>();
const CACHE_LIMIT = WORD_CACHE_LIMIT;

/**
 * Candidate lemmas for a lower-cased word form, most likely first: the form
 * itself, its irregular lemmas, then what suffix stripping can give
 * ("announced" -> announced, announc, announce). For a word with no token
 * lemma (or whose token lemma a lexicon does not know): callers try each
 * candidate against their lexicon instead of trusting one guess.
 */
export function lemmaCandidates(lower: string): readonly string[] {
  const cached = CACHE.get(lower);
  if (cached) return cached;
  const out = computeCandidates(lower);
  if (CACHE.size >= CACHE_LIMIT) CACHE.clear();
  CACHE.set(ownedString(lower), out);
  return out;
}

function computeCandidates(lower: string): string[] {
  const out = [lower];
  for (const lemma of LEMMAS_OF_FORM.get(lower) ?? []) out.push(lemma);
  const n = lower.length;
  if (n < 4) return out;
  if (lower.endsWith('ies')) out.push(`${lower.slice(0, -3)}y`);
  else if (lower.endsWith('es')) out.push(lower.slice(0, -2), lower.slice(0, -1));
  else if (lower.endsWith('s') && !lower.endsWith('ss')) out.push(lower.slice(0, -1));
  if (lower.endsWith('ied')) out.push(`${lower.slice(0, -3)}y`);
  else if (lower.endsWith('ed')) pushStem(lower.slice(0, -2), out);
  if (lower.endsWith('ing') && n > 5) pushStem(lower.slice(0, -3), out);
  return [...new Set(out)];
}

/** stem after -ed/-ing: itself, with a final e restored, and with a doubled consonant undone */
function pushStem(stem: string, out: string[]): void {
  out.push(stem, `${stem}e`);
  const last = stem[stem.length - 1];
  if (last !== undefined && stem.length > 2 && last === stem[stem.length - 2] && !VOWELS.has(last)) {
    out.push(stem.slice(0, -1));
  }
}

/**
 * A simple past or past participle: an irregular one from the table ("met",
 * "held", "put"; not "run" or "come", whose participle is their lemma) or a
 * regular -ed form of more than three letters that is no lemma ("need").
 */
export function isPastForm(lower: string): boolean {
  if (IRREGULAR_PAST.has(lower)) return true;
  return lower.length > 3 && lower.endsWith('ed') && !ED_LEMMAS.has(lower);
}

/**
 * A present participle or gerund ("speaking", "being"): an -ing form that is
 * no verb's lemma of its own ("bring", "sing", "spring" are).
 */
export function isIngForm(lower: string): boolean {
  return lower.endsWith('ing') && !Object.hasOwn(IRREGULAR, lower);
}

/** A participle, present or past ("speaking", "based", "held", "known"): never a finite verb by itself. */
export function isParticipleForm(lower: string): boolean {
  return isIngForm(lower) || isPastForm(lower);
}

/** A past participle that is no simple past ("known", "written"): it needs "have" or "be" to be a finite verb. */
export function isParticipleOnly(lower: string): boolean {
  return PARTICIPLE_ONLY.has(lower);
}

/**
 * The lemmas a lexicon should try for a token, most likely first: the
 * token's own lemma (wink's), then the candidates for its word; a word wink
 * tagged as another part of speech keeps that reading's lemma ("branded"
 * as an adjective), which the candidates undo. The tokens stage stores them
 * on each token (`token.lemmas`); this reads them from there.
 */
export function lemmasOf(token: { readonly lemma: string; readonly lower: string; readonly lemmas?: readonly string[] }): readonly string[] {
  return token.lemmas ?? lemmasFor(token.lower, token.lemma);
}

/**
 * `lemmasOf` for a word and its lemma: the word's candidates (cached per
 * word) when they hold the lemma, which is nearly always; else a new array
 * with the lemma first. No memo of its own: the tokens stage keeps the result
 * per word (word-facts.ts), and a memo keyed by lemma then word held a Map
 * per lemma (3.2 MB after 2 MB of news, up to 50,000 pairs) for look-ups
 * that cost no less than `includes` on two or three candidates.
 */
export function lemmasFor(lower: string, lemma: string): readonly string[] {
  const candidates = lemmaCandidates(lower);
  return candidates.includes(lemma) ? candidates : [lemma, ...candidates];
}

/**
 * The singulars a word ending in -s may be the plural of, the word itself
 * first (a common word may end in s: "news", "boss"): "parties" -> parties,
 * party, partie; "boxes" -> boxes, box, boxe; "workers" -> workers, worker.
 * Empty for a word not ending in s. Callers test them against their own word
 * list (nlp/common-words.ts: `isPluralOfCommonWord`).
 */
export function singularCandidates(lower: string): readonly string[] {
  if (!lower.endsWith('s')) return [];
  const out = [lower, lower.slice(0, -1)];
  if (lower.endsWith('ies')) out.push(`${lower.slice(0, -3)}y`);
  if (lower.endsWith('es')) out.push(lower.slice(0, -2));
  return out;
}
