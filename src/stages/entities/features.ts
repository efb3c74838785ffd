/**
 * Feature extraction for the name tagger. A feature is a string hashed to a
 * 32-bit id (feature-hash.ts): the word's own features once per distinct
 * word, the context features as (template, value) pairs hashed without
 * building the string; transition features live in tagger.ts.
 * Everything here must stay O(1) per token: Map/Set look-ups only.
 */
import type { Sentence, Token } from '../../document';
import { isCapitalShape, shapeOf } from '../../nlp/shape';
import lexicon from '../../data/entities/lexicon.json';
import ruleWords from '../../data/entities/rule-words.json';
import { demonymToCountry, isFamilyName, isGivenName, isKnownOrganization } from './gazetteer';
import { gazetteerMatches, organizations, places } from './gazetteer-matches';
import { isCapitalized } from './capitalized';
import { isCommonWord } from '../../nlp/common-words';
import { romanizationOf } from './romanized';
import { combine, featureHash } from './feature-hash';
import { isSameInUpperCase } from '../../nlp/characters';
import { PERSON_TITLE_WORDS } from './person-titles';

const wordClasses = new Map<string, string>();
function addClass(words: readonly string[], name: string): void {
  for (const w of words) if (!wordClasses.has(w)) wordClasses.set(w, name);
}
addClass([...PERSON_TITLE_WORDS], 'title');
addClass(lexicon.orgSuffixes, 'orgsuf');
addClass(lexicon.locSuffixes, 'locsuf');
addClass(lexicon.personCueVerbs, 'cuev');
addClass(lexicon.locPrepositions, 'locprep');

/** The lexicon class of a lower-cased word ("title", "orgsuf", ...), or undefined. */
export function wordClass(lower: string): string | undefined {
  return wordClasses.get(lower);
}


// for the rule passes that import it from here; in a file of its own so that other modules read it without importing this file
export { isCapitalized } from './capitalized';

function hasLetters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
    if (c >= 0xc0 && text[i]!.toLowerCase() !== text[i]!.toUpperCase()) return true;
  }
  return false;
}

/** Per-sentence flags: headline, all-caps text, title-case text. */
interface SentenceFlags {
  headline: boolean;
  allCaps: boolean;
  titleCase: boolean;
}

export function sentenceFlags(tokens: readonly Token[], s: Sentence): SentenceFlags {
  let letters = 0;
  let upper = 0;
  let capitalizedVerb = false;
  for (let t = s.tokenStart; t < s.tokenEnd; t++) {
    const tok = tokens[t]!;
    if (!hasLetters(tok.text)) continue;
    letters++;
    if (isSameInUpperCase(tok.text)) upper++;
    if (t > s.tokenStart && isCapitalShape(tok.shape) && (tok.tag === 'VERB' || tok.tag === 'ADV')) capitalizedVerb = true;
  }
  const headline = s.paragraph === -1;
  return {
    headline,
    allCaps: letters >= 2 && upper / letters > 0.8,
    // title case (the tokens stage's Sentence.titleCase), in a headline or with a capitalized verb (a sentence
    // dense with names is no title)
    titleCase: s.titleCase && (headline || capitalizedVerb),
  };
}

/**
 * For each token: is it the first word of its sentence, or punctuation before
 * that word (opening quotes and brackets)? One pass per sentence, so a
 * sentence of nothing but punctuation costs no more than any other.
 */
export function sentenceInitialFlags(tokens: readonly Token[], sentences: readonly Sentence[]): boolean[] {
  const out = new Array<boolean>(tokens.length).fill(false);
  for (const s of sentences) {
    for (let t = s.tokenStart; t < s.tokenEnd; t++) {
      out[t] = true;
      if (hasLetters(tokens[t]!.text) || /\d/.test(tokens[t]!.text)) break;
    }
  }
  return out;
}

/**
 * Document-level context for feature extraction, computed once per document:
 * sentence modes, sentence-initial positions, which words are seen
 * capitalized mid-sentence or in lower case elsewhere, and gazetteer matches.
 */
export interface FeatureContext {
  source: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  flags: SentenceFlags[];
  initial: boolean[];
  capitalizedMid: Set<string>;
  /** words written in lower case outside sentences in capitals or title case */
  lowerSeen: Set<string>;
  /** every word written in lower case somewhere, those sentences included (a superset of lowerSeen) */
  writtenLower: Set<string>;
  /** the lower case of every token */
  words: Set<string>;
  places: Array<string | undefined>;
  /** known organization matches ("org:B", "org:L", "org:U") */
  organizations: Array<string | undefined>;
  /**
   * per token: 1 where the word starts with a capital (its shape, the token layer's word fact: isCapitalShape), else
   * 0. Read once here; the runs, the gazetteer matches, the context features and the rule passes (EntityPassContext)
   * read it in their walks over the words, instead of each reading every token's text again
   */
  capitalized: Uint8Array;
  shapes: string[];
  /** per token: featureHash of its lower-case form, its shape and its part of speech (computed once per document) */
  lowerIds: Uint32Array;
  shapeIds: Uint32Array;
  tagIds: Uint32Array;
  /** position of a capitalized token in its run of capitalized words ("1/1", "1/2+", "2+/2+") */
  runs: string[];
  /** per token of a name-shaped run: the hash of what heads the run (runHeads), or 0 */
  runHeads: Uint32Array;
  /**
   * per token, hashed once per document rather than once per visit (a token's values are read again as
   * its neighbours' context): its run label, its place label and that label's kind, its organization
   * label (0 where it has none), and its lexicon class (0 where it has none)
   */
  runIds: Uint32Array;
  placeIds: Uint32Array;
  placeKindIds: Uint32Array;
  organizationIds: Uint32Array;
  classIds: Uint32Array;
}

/** "first/1" ... "last/3+" by run length (index 1, 2, 3 for three or more): the same strings every time, none built per token. */
const RUN_LABELS = [1, 2, 3].reduce<Array<{ first: string; mid: string; last: string }>>((out, n) => {
  const len = n >= 3 ? '3+' : String(n);
  out[n] = { first: 'first/' + len, mid: 'mid/' + len, last: 'last/' + len };
  return out;
}, []);

/** Each token's place in its run of capitalized words. */
function capitalizedRuns(tokens: readonly Token[], capitalized: Uint8Array): string[] {
  const out = new Array<string>(tokens.length).fill('-');
  let t = 0;
  while (t < tokens.length) {
    if (capitalized[t] === 0) {
      t++;
      continue;
    }
    let e = t + 1;
    while (e < tokens.length && capitalized[e] === 1 && tokens[e]!.sentence === tokens[t]!.sentence) e++;
    const labels = RUN_LABELS[Math.min(e - t, 3)]!;
    for (let i = t; i < e; i++) out[i] = i === t ? labels.first : i === e - 1 ? labels.last : labels.mid;
    t = e;
  }
  return out;
}

const runConnectors = new Set(ruleWords.connectors.filter((w) => /[a-z&]/.test(w)));
const orgHeadWords = new Set(lexicon.orgHeads);
const RUN_HEAD = {
  org: featureHash('org'),
  orgsuf: featureHash('orgsuf'),
  locsuf: featureHash('locsuf'),
  title: featureHash('title'),
};

/**
 * "Leiden University Libraries", "Bank of Japan", "Kohlberg Kravis Roberts
 * & Co.": what heads the run of capitalized words (joined by "of", "&", ...)
 * a token stands in, seen from every word of it, so the first word of an
 * unseen organization's name knows the "University" or "Inc." that ends
 * it. An organization head anywhere in the run ("University of Tokyo") says
 * "org"; otherwise the lexicon class of its last word. One pass over the
 * tokens.
 */
function runHeads(tokens: readonly Token[], capitalized: Uint8Array): Uint32Array {
  const out = new Uint32Array(tokens.length);
  let t = 0;
  while (t < tokens.length) {
    if (capitalized[t] === 0) {
      t++;
      continue;
    }
    const sentence = tokens[t]!.sentence;
    let e = t + 1;
    let last = t;
    let org = orgHeadWords.has(tokens[t]!.lower);
    while (e < tokens.length && tokens[e]!.sentence === sentence) {
      const x = tokens[e]!;
      if (capitalized[e] === 1) {
        last = e;
        if (orgHeadWords.has(x.lower)) org = true;
        e++;
      } else if (runConnectors.has(x.lower) && tokens[e + 1]?.sentence === sentence && capitalized[e + 1] === 1) e++;
      else break;
    }
    const lastClass = wordClasses.get(tokens[last]!.lower);
    const head = org ? RUN_HEAD.org : lastClass === 'orgsuf' || lastClass === 'locsuf' || lastClass === 'title' ? RUN_HEAD[lastClass] : 0;
    if (head && last > t) out.fill(head, t, last + 1);
    t = last + 1;
  }
  return out;
}

export function featureContext(source: string, tokens: readonly Token[], sentences: readonly Sentence[]): FeatureContext {
  const flags = sentences.map((s) => sentenceFlags(tokens, s));
  const shapes = tokens.map((t) => t.shape);
  const capitalized = new Uint8Array(tokens.length);
  for (let t = 0; t < tokens.length; t++) if (isCapitalShape(shapes[t]!)) capitalized[t] = 1;
  const initial = sentenceInitialFlags(tokens, sentences);
  const capitalizedMid = new Set<string>();
  const lowerSeen = new Set<string>();
  // (the passes' word sets in the same loop: one walk over the tokens builds all four)
  const writtenLower = new Set<string>();
  const words = new Set<string>();
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t]!;
    words.add(tok.lower);
    const lower = tok.text === tok.lower;
    if (lower) writtenLower.add(tok.lower);
    const f = flags[tok.sentence];
    if (f?.allCaps || f?.titleCase) continue;
    if (lower) lowerSeen.add(tok.lower);
    else if (!initial[t] && capitalized[t] === 1) capitalizedMid.add(tok.lower);
  }
  const placeLabels = gazetteerMatches(source, tokens, sentences, places, capitalized);
  const organizationLabels = gazetteerMatches(source, tokens, sentences, organizations, capitalized);
  const runs = capitalizedRuns(tokens, capitalized);
  return {
    source,
    tokens,
    sentences,
    flags,
    initial,
    capitalizedMid,
    lowerSeen,
    writtenLower,
    words,
    places: placeLabels,
    organizations: organizationLabels,
    capitalized,
    shapes,
    ...tokenHashes(tokens),
    runs,
    runHeads: runHeads(tokens, capitalized),
    ...labelHashes(tokens, runs, placeLabels, organizationLabels),
  };
}

/** The per-token label and class hashes of FeatureContext, in one plain loop. */
function labelHashes(
  tokens: readonly Token[],
  runs: readonly string[],
  placeLabels: ReadonlyArray<string | undefined>,
  organizationLabels: ReadonlyArray<string | undefined>,
): Pick<FeatureContext, 'runIds' | 'placeIds' | 'placeKindIds' | 'organizationIds' | 'classIds'> {
  const n = tokens.length;
  const runIds = new Uint32Array(n);
  const placeIds = new Uint32Array(n);
  const placeKindIds = new Uint32Array(n);
  const organizationIds = new Uint32Array(n);
  const classIds = new Uint32Array(n);
  for (let t = 0; t < n; t++) {
    runIds[t] = labelHash(runs[t]!);
    const place = placeLabels[t];
    if (place) {
      placeIds[t] = labelHash(place);
      placeKindIds[t] = kindHash(place);
    }
    const org = organizationLabels[t];
    if (org) organizationIds[t] = labelHash(org);
    const cls = wordClasses.get(tokens[t]!.lower);
    if (cls) classIds[t] = labelHash(cls);
  }
  return { runIds, placeIds, placeKindIds, organizationIds, classIds };
}

/**
 * featureHash of a label ("first/2", "city:B", "title"), remembered: a few hundred distinct labels at most
 * (run positions, gazetteer kinds by position, lexicon classes). None hashes to 0, which the id arrays use
 * for "none": tests/entity-features.test.ts checks every one the lexicon and gazetteers can give.
 */
const LABEL_HASHES = new Map<string, number>();
function labelHash(label: string): number {
  let h = LABEL_HASHES.get(label);
  if (h === undefined) {
    h = featureHash(label);
    LABEL_HASHES.set(label, h);
  }
  return h;
}

/** featureHash of each token's lower case, shape and tag, in one plain loop (Uint32Array.from over an array allocates an iterator result per token). */
function tokenHashes(tokens: readonly Token[]): Pick<FeatureContext, 'lowerIds' | 'shapeIds' | 'tagIds'> {
  const lowerIds = new Uint32Array(tokens.length);
  const shapeIds = new Uint32Array(tokens.length);
  const tagIds = new Uint32Array(tokens.length);
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t]!;
    lowerIds[t] = featureHash(tok.lower);
    shapeIds[t] = featureHash(tok.shape);
    tagIds[t] = featureHash(tok.tag);
  }
  return { lowerIds, shapeIds, tagIds };
}

/** Features of the word itself, whatever its context: cacheable per distinct token text. */
export function intrinsicFeatures(text: string): string[] {
  const lower = text.toLowerCase();
  const shape = shapeOf(text);
  const feats = ['b', 'w=' + lower, 's=' + shape, 'suf3=' + lower.slice(-3), 'suf2=' + lower.slice(-2), 'suf4=' + lower.slice(-4), 'pre3=' + lower.slice(0, 3)];
  const cls = wordClasses.get(lower);
  if (cls) feats.push('c=' + cls);
  if (hasLetters(text)) {
    if (isGivenName(lower)) feats.push('given');
    if (isFamilyName(lower)) feats.push('family');
    if (demonymToCountry(text)) feats.push('demonym');
    // a capitalized common word ("Attack", "Gunmen") is a name only with support from context
    if (isCommonWord(lower)) feats.push(isCapitalized(text) ? 'common|cap' : 'common');
    if (isKnownOrganization(text)) feats.push('org');
    // "Yoichiro", "Baohui", "Yeol": name parts no list holds, in the shape of their romanization
    const rom = isCapitalized(text) ? romanizationOf(lower) : null;
    if (rom) feats.push('rom=' + rom);
  }
  return feats;
}

const noFlags: SentenceFlags = { headline: false, allCaps: false, titleCase: false };

/**
 * Template hashes computed once, so emitting a feature costs no look-up by string. Signed (`| 0`, as combine's ids):
 * a template emitted as a feature of its own ("dcap", "init") is then passed on without a heap number.
 */
const T: Record<string, number> = Object.fromEntries(
  [
    'acronym',
    'c+1=',
    'c+2=',
    'c-1=',
    'dcap',
    'dcap|',
    'dlow',
    'dlow|',
    'dnone|',
    'family+1',
    'g+1=',
    'g-1=',
    'g=',
    'given-1',
    'go=',
    'init',
    'init|s=',
    'p=',
    'paren-acr',
    'pp=',
    'run=',
    'rh=',
    's+1=',
    's-1=',
    'ss=',
    'w+1=',
    'w+2=',
    'w-1=',
    'w-2=',
    'ms=caps|',
    'ms=tc|',
    'ms=hl|',
    'ms=body|',
  ].map((template) => [template, featureHash(template) | 0]),
);

/**
 * Receives one feature's id: the hash of template and value ("w-1=" + "the"),
 * computed by continuing the template's hash (feature-hash.ts), so no string
 * is built. `neighbour` marks a neighbouring word's identity (training drops
 * some of those).
 */
export type FeatureVisitor = (hash: number, neighbour?: boolean) => void;

const START = featureHash('<s>');
const END = featureHash('</s>');

type SentenceMode = 'caps' | 'tc' | 'hl' | 'body';
/** Per sentence mode: the "ms=<mode>|" template and the hashes of "<mode>" and "<mode>|init", computed once. */
const MODE_IDS: Record<SentenceMode, { template: number; mode: number; initial: number }> = {
  caps: modeIds('caps'),
  tc: modeIds('tc'),
  hl: modeIds('hl'),
  body: modeIds('body'),
};
function modeIds(mode: SentenceMode): { template: number; mode: number; initial: number } {
  return { template: featureHash('ms=' + mode + '|'), mode: featureHash(mode), initial: featureHash(mode + '|init') };
}

/** featureHash of a position label's kind ("country" of "country:B"), remembered per label: a handful of distinct labels. */
const KIND_HASHES = new Map<string, number>();
function kindHash(label: string): number {
  let h = KIND_HASHES.get(label);
  if (h === undefined) {
    h = featureHash(label.slice(0, label.indexOf(':')));
    KIND_HASHES.set(label, h);
  }
  return h;
}

/** The id of a feature over three values (previous, this, next), from their hashes. */
function joined(template: number, a: number, b: number, c: number): number {
  return combine(combine(combine(template, a), b), c);
}

/**
 * Visits the features of token `t` that depend on its context, as ids
 * (FeatureVisitor), so inference looks weights up without building a string
 * per feature.
 */
export function visitContextFeatures(ctx: FeatureContext, t: number, emit: FeatureVisitor): void {
  const { tokens, sentences, flags, shapes } = ctx;
  const tok = tokens[t]!;
  const s = sentences[tok.sentence];
  const lo = s ? s.tokenStart : 0;
  const hi = s ? s.tokenEnd : tokens.length;
  const prev = t - 1 >= lo ? tokens[t - 1] : undefined;
  const next = t + 1 < hi ? tokens[t + 1] : undefined;
  const prev2 = t - 2 >= lo ? tokens[t - 2] : undefined;
  const next2 = t + 2 < hi ? tokens[t + 2] : undefined;
  const f = flags[tok.sentence] ?? noFlags;
  const { lowerIds, shapeIds, tagIds } = ctx;
  const shape = shapeIds[t]!;
  const prevShape = prev ? shapeIds[t - 1]! : START;
  const nextShape = next ? shapeIds[t + 1]! : END;
  const lower = tok.lower;
  const mode: SentenceMode = f.allCaps ? 'caps' : f.titleCase ? 'tc' : f.headline ? 'hl' : 'body';
  const modeIds = MODE_IDS[mode];
  emit(combine(T['p=']!, tagIds[t]!));
  emit(combine(T['w-1=']!, prev ? lowerIds[t - 1]! : START), true);
  emit(combine(T['w+1=']!, next ? lowerIds[t + 1]! : END), true);
  emit(combine(T['w-2=']!, prev2 ? lowerIds[t - 2]! : START), true);
  emit(combine(T['w+2=']!, next2 ? lowerIds[t + 2]! : END), true);
  emit(combine(T['run=']!, ctx.runIds[t]!));
  const runHead = ctx.runHeads[t]!;
  if (runHead) emit(combine(T['rh=']!, runHead));
  emit(combine(T['s-1=']!, prevShape));
  emit(combine(T['s+1=']!, nextShape));
  emit(joined(T['pp=']!, prev ? tagIds[t - 1]! : START, tagIds[t]!, next ? tagIds[t + 1]! : END));
  emit(joined(T['ss=']!, prevShape, shape, nextShape));
  emit(combine(modeIds.template, shape));
  if (ctx.initial[t]) {
    emit(T['init']!);
    emit(combine(T['init|s=']!, shape));
  }
  const cap = ctx.capitalized[t] === 1;
  if (cap) {
    const dcap = ctx.capitalizedMid.has(lower);
    const dlow = ctx.lowerSeen.has(lower);
    if (dcap) {
      emit(T['dcap']!);
      emit(combine(T['dcap|']!, modeIds.mode));
    }
    if (dlow) {
      emit(T['dlow']!);
      emit(combine(T['dlow|']!, modeIds.mode));
    }
    if (!dcap && !dlow) emit(combine(T['dnone|']!, ctx.initial[t] ? modeIds.initial : modeIds.mode));
  }
  const { placeIds, classIds } = ctx;
  if (ctx.places[t]) {
    emit(combine(T['g=']!, placeIds[t]!));
    emit(combine(T['g=']!, ctx.placeKindIds[t]!));
  }
  if (ctx.organizations[t]) emit(combine(T['go=']!, ctx.organizationIds[t]!));
  if (t > 0 && ctx.places[t - 1]) emit(combine(T['g-1=']!, placeIds[t - 1]!));
  if (ctx.places[t + 1]) emit(combine(T['g+1=']!, placeIds[t + 1]!));
  if (cap || f.allCaps) {
    if (prev && ctx.capitalized[t - 1] === 1 && isGivenName(prev.lower)) emit(T['given-1']!);
    if (next && ctx.capitalized[t + 1] === 1 && isFamilyName(next.lower)) emit(T['family+1']!);
  }
  if (prev && classIds[t - 1]) emit(combine(T['c-1=']!, classIds[t - 1]!));
  if (next && classIds[t + 1]) emit(combine(T['c+1=']!, classIds[t + 1]!));
  if (next2 && classIds[t + 2]) emit(combine(T['c+2=']!, classIds[t + 2]!));
  if (prev?.text === '(' && /^[A-Z][A-Za-z]{1,7}$/.test(tok.text)) emit(T['paren-acr']!);
  if (tok.text.length > 1 && isSameInUpperCase(tok.text) && hasLetters(tok.text) && !f.allCaps) emit(T['acronym']!);
}

/** What a training feature is, for feature dropout: 0 other, 1 the word's own identity, 2 a neighbour word. */
const FEATURE_OTHER = 0;
export const FEATURE_IDENTITY = 1;
export const FEATURE_NEIGHBOUR = 2;
const identityFeature = /^(w=|pre3=|suf4=|suf3=|suf2=)/;

export interface HashedFeatures {
  /** token t's feature ids are hashes[offsets[t] .. offsets[t + 1]) */
  hashes: Uint32Array;
  offsets: Int32Array;
  /** per feature: FEATURE_OTHER, FEATURE_IDENTITY or FEATURE_NEIGHBOUR */
  kinds: Uint8Array;
}

/** Every feature id of every token (training), hashed exactly as the stage hashes them at run time. */
export function tokenFeatureHashes(source: string, tokens: readonly Token[], sentences: readonly Sentence[]): HashedFeatures {
  const ctx = featureContext(source, tokens, sentences);
  const hashes: number[] = [];
  const kinds: number[] = [];
  const offsets = new Int32Array(tokens.length + 1);
  tokens.forEach((tok, t) => {
    offsets[t] = hashes.length;
    for (const f of intrinsicFeatures(tok.text)) {
      hashes.push(featureHash(f));
      kinds.push(identityFeature.test(f) ? FEATURE_IDENTITY : FEATURE_OTHER);
    }
    visitContextFeatures(ctx, t, (hash, neighbour) => {
      hashes.push(hash);
      kinds.push(neighbour ? FEATURE_NEIGHBOUR : FEATURE_OTHER);
    });
  });
  offsets[tokens.length] = hashes.length;
  return { hashes: Uint32Array.from(hashes), offsets, kinds: Uint8Array.from(kinds) };
}
