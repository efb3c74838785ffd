/**
 * The tagger's gazetteer features: the longest place or organization name starting at each capitalized
 * token, matched once per document (featureContext in features.ts).
 */
import type { Sentence, Token } from '../../document';
import {
  isKnownOrganization,
  mayStartOrganization,
  mayStartPlace,
  maxOrganizationWords,
  maxPlaceWords,
  placeKind,
  startsOrganizationPhrase,
  startsPlacePhrase,
} from './gazetteer';
import { ownedString } from '../../nlp/owned-string';
import { WORD_CACHE_LIMIT } from '../../nlp/word-cache-limit';

/** Text between two adjacent tokens normalized for gazetteer keys: a space, or nothing. */
function joiner(source: string, a: Token, b: Token): string {
  return b.start > a.end && /\s/.test(source[a.end] ?? '') ? ' ' : source.slice(a.end, b.start);
}

/** A gazetteer as the matcher needs it: what a phrase is (or null), which words may start one, its longest entry in words. */
export interface PhraseGazetteer {
  kindOf(phrase: string): string | null;
  /** false only when no entry starts with the phrase, so no longer phrase can match either */
  mayStart(phrase: string): boolean;
  starts(lowerWord: string): boolean;
  maxWords(): number;
  /** per word text: its kind as a one-word phrase and whether a longer phrase may start with it (see wordEntry) */
  words: Map<string, WordEntry>;
}

interface WordEntry {
  kind: string | null;
  /** the lower-case form `starts` was asked with (the tokens stage derives it from the text, a hand-built token may not) */
  lower: string;
  starts: boolean;
}

export const places: PhraseGazetteer = { kindOf: placeKind, mayStart: mayStartPlace, starts: startsPlacePhrase, maxWords: maxPlaceWords, words: new Map() };
export const organizations: PhraseGazetteer = {
  kindOf: (phrase) => (isKnownOrganization(phrase) ? 'org' : null),
  mayStart: mayStartOrganization,
  starts: startsOrganizationPhrase,
  maxWords: maxOrganizationWords,
  words: new Map(),
};

const WORD_ENTRIES_LIMIT = WORD_CACHE_LIMIT;

/**
 * The two look-ups every capitalized token makes in each gazetteer, remembered
 * per token text: each costs a lower-casing, a diacritics fold and a probe of a
 * large table, and the same names recur across documents. The gazetteers never
 * change after loading, so an entry stays right; bounded like the other caches.
 */
function wordEntry(gazetteer: PhraseGazetteer, token: Token): WordEntry {
  let entry = gazetteer.words.get(token.text);
  if (entry === undefined) {
    if (gazetteer.words.size >= WORD_ENTRIES_LIMIT) gazetteer.words.clear();
    entry = { kind: gazetteer.kindOf(token.text), lower: token.lower, starts: gazetteer.starts(token.lower) };
    gazetteer.words.set(ownedString(token.text), entry);
  } else if (entry.lower !== token.lower) {
    entry.lower = token.lower;
    entry.starts = gazetteer.starts(token.lower);
  }
  return entry;
}

/**
 * Longest gazetteer match starting at each capitalized token, as BILU
 * positions ("country:B", "city:L", "org:U"). `capitalized`: the feature context's per-token capital marks.
 */
export function gazetteerMatches(
  source: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  gazetteer: PhraseGazetteer,
  capitalized: Uint8Array,
): Array<string | undefined> {
  const out = new Array<string | undefined>(tokens.length);
  const maxWords = gazetteer.maxWords();
  for (let t = 0; t < tokens.length; t++) {
    if (out[t] !== undefined || capitalized[t] === 0) continue;
    const sentence = sentences[tokens[t]!.sentence];
    const limit = Math.min(tokens.length, sentence ? sentence.tokenEnd : tokens.length, t + maxWords + 3);
    let key = tokens[t]!.text;
    let best = -1;
    const word = wordEntry(gazetteer, tokens[t]!);
    let bestKind: string | null = word.kind;
    if (bestKind) best = t;
    const phrase = word.starts;
    for (let e = t + 1; phrase && e < limit && e - t < maxWords + 3; e++) {
      key += joiner(source, tokens[e - 1]!, tokens[e]!) + tokens[e]!.text;
      // stop as soon as no entry starts with the phrase read so far: no longer phrase can match
      if (key.length > 48 || !gazetteer.mayStart(key)) break;
      const kind = gazetteer.kindOf(key);
      if (kind && capitalized[e] === 1) {
        best = e;
        bestKind = kind;
      }
    }
    if (best < 0 || !bestKind) continue;
    // "The Hague": names never include a leading "the" (spans.ts), so the match starts after it
    const first = best > t && tokens[t]!.lower === 'the' ? t + 1 : t;
    const label = positionLabels(bestKind);
    if (best === first) out[first] = label.U;
    else {
      out[first] = label.B;
      for (let i = first + 1; i < best; i++) out[i] = label.I;
      out[best] = label.L;
    }
  }
  return out;
}

/** "country:B" ... "country:U" for a gazetteer kind: built once per kind, not once per matched token. */
const POSITION_LABELS = new Map<string, Record<'B' | 'I' | 'L' | 'U', string>>();
function positionLabels(kind: string): Record<'B' | 'I' | 'L' | 'U', string> {
  let labels = POSITION_LABELS.get(kind);
  if (!labels) {
    labels = { B: kind + ':B', I: kind + ':I', L: kind + ':L', U: kind + ':U' };
    POSITION_LABELS.set(kind, labels);
  }
  return labels;
}
