import ruleWords from '../../../data/entities/rule-words.json';
import type { Token } from '../../../document';
import { isCapitalized } from '../capitalized';
import { isCommonWord } from '../common-words';
import { isFamilyName, isGivenName, placeKind } from '../gazetteer';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { outletWord, wordsOfPersonsAndPlaces } from './outlet-words';
import { spanIndexByToken, taggedSpan, wordsText } from './shared';

const mediaNouns: ReadonlySet<string> = new Set(ruleWords.mediaNouns);
/** the most words a name the pass adds may have ("Latino Decisions" has two) */
const MAX_WORDS = 3;

/**
 * "in an ABC interview", "the latest CNN/ORC poll", "a Breitbart reporter", "the annual Taulbee survey": what stands
 * right before a lower-case noun of what news outlets and pollsters make or employ (rule-words.json mediaNouns) is
 * that outlet or pollster, an organization. News names one so once, in passing, and the tagger, which never saw it,
 * leaves it out. The untagged capitalized words there (up to three, none a sentence's first word, no name or
 * capitalized word right before them) are added when each is a name's word and no everyday word: an acronym that
 * is no common abbreviation ("TV reporter"), or a word the article never writes in lower case that is no common
 * word ("Pew study", "Friends interview"), weekday or month ("a Sunday interview"), people's or party's adjective ("an
 * Iranian journalist", "Republican polls": lexicon.json notNames), given or family name, nor a word of a person or place the article names ("John
 * Kasich ... a Kasich interview"). Every other untagged mention of the same words, inside a sentence, is the same
 * organization ("Ipsos poll ... said Ipsos").
 */
export const outletsBeforeMediaNouns: EntityPass = { name: 'outlets-before-media-nouns', triggers: mediaNouns, run };

function run(ctx: EntityPassContext, spans: readonly TaggedSpan[]): readonly TaggedSpan[] {
  const { tokens, caseless, opener } = ctx;
  const spanAt = spanIndexByToken(tokens.length, spans);
  let namedWords: Set<string> | undefined;
  const found: TaggedSpan[] = [];
  for (let n = 1; n < tokens.length; n++) {
    const noun = tokens[n]!;
    if (!mediaNouns.has(noun.text) || caseless[noun.sentence]) continue;
    const start = runStart(ctx, n, spanAt);
    if (start === n || opener[start]) continue;
    const words = tokens.slice(start, n);
    namedWords ??= wordsOfPersonsAndPlaces(tokens, spans);
    if (!words.every((w) => outletWord(ctx, w, namedWords!)) || placeKind(wordsText(words)) !== null) continue;
    // one word that names people too ("a Kasich interview"): a given or family name is left alone
    if (words.length === 1 && (isGivenName(words[0]!.lower) || isFamilyName(words[0]!.lower))) continue;
    found.push(taggedSpan(start, n, 'ORG'));
  }
  const retyped = retypedPersons(tokens, spans);
  if (found.length === 0 && retyped === spans) return spans;
  return [...retyped, ...otherMentions(ctx, spanAt, found)].sort((a, b) => a.tokenStart - b.tokenStart);
}

/**
 * "A Marrowby poll showed a tie, and Marrowby said": the tagger reads an unseen one-word name as a person's at every
 * mention. One that stands right before a media noun, is no given or family name, and is no word of a longer
 * person's name in the article ("John Kasich ... a Kasich interview") is the outlet or pollster, at every mention.
 */
function retypedPersons(tokens: readonly Token[], spans: readonly TaggedSpan[]): readonly TaggedSpan[] {
  const cued = new Set<string>();
  for (const s of spans) {
    const noun = tokens[s.tokenEnd];
    if (s.type !== 'PER' || s.tokenEnd - s.tokenStart !== 1 || !noun || noun.sentence !== tokens[s.tokenStart]!.sentence || !mediaNouns.has(noun.text)) continue;
    const w = tokens[s.tokenStart]!;
    if (/^[A-Z][a-z]+[A-Za-z]*$/.test(w.text) && !isCommonWord(w.lower) && !isGivenName(w.lower) && !isFamilyName(w.lower)) cued.add(w.text);
  }
  if (cued.size === 0) return spans;
  // (a word of a longer person's name is that person's surname or given name)
  for (const s of spans) if (s.type === 'PER' && s.tokenEnd - s.tokenStart > 1) for (let t = s.tokenStart; t < s.tokenEnd; t++) cued.delete(tokens[t]!.text);
  if (cued.size === 0) return spans;
  return spans.map((s) => (s.type === 'PER' && s.tokenEnd - s.tokenStart === 1 && cued.has(tokens[s.tokenStart]!.text) ? taggedSpan(s.tokenStart, s.tokenEnd, 'ORG') : s));
}

/** The first token of the untagged capitalized words right before token `n`; `n` when there are none, or a name or a capitalized word other than a sentence's everyday first word stands before them. */
function runStart({ tokens, opener }: EntityPassContext, n: number, spanAt: Int32Array): number {
  const sentence = tokens[n]!.sentence;
  // (a sentence's first word that is an everyday word is capitalized as the first, not as a name's: "A Quinnipiac poll")
  const openingWord = (t: number): boolean => opener[t]! && isCommonWord(tokens[t]!.lower);
  let start = n;
  while (start > 0 && n - start < MAX_WORDS && spanAt[start - 1]! < 0 && tokens[start - 1]!.sentence === sentence && isCapitalized(tokens[start - 1]!.text) && !openingWord(start - 1)) start--;
  const before = tokens[start - 1];
  if (!before || before.sentence !== sentence) return start;
  // (a longer run, or a name right before, leaves the name's bounds unclear: "Fox News Sunday interview")
  if (spanAt[start - 1]! >= 0 || (isCapitalized(before.text) && !openingWord(start - 1))) return n;
  return start;
}

/** The found names, and every other untagged mention of the same words inside a sentence with no capitalized word on either side. */
function otherMentions({ tokens, caseless, opener }: EntityPassContext, spanAt: Int32Array, found: readonly TaggedSpan[]): TaggedSpan[] {
  const out = [...found];
  const taken = new Set(found.map((s) => s.tokenStart));
  const texts = new Set(found.map((s) => wordsText(tokens.slice(s.tokenStart, s.tokenEnd))));
  for (const s of found) {
    const length = s.tokenEnd - s.tokenStart;
    for (let t = 0; t + length <= tokens.length; t++) {
      if (taken.has(t) || tokens[t]!.text !== tokens[s.tokenStart]!.text || opener[t] || caseless[tokens[t]!.sentence]) continue;
      if (!texts.has(wordsText(tokens.slice(t, t + length)))) continue;
      let free = true;
      for (let k = t; k < t + length; k++) if (spanAt[k]! >= 0 || tokens[k]!.sentence !== tokens[t]!.sentence) free = false;
      const before = tokens[t - 1];
      const after = tokens[t + length];
      if (before && before.sentence === tokens[t]!.sentence && isCapitalized(before.text)) free = false;
      if (after && after.sentence === tokens[t]!.sentence && isCapitalized(after.text)) free = false;
      if (!free) continue;
      taken.add(t);
      out.push(taggedSpan(t, t + length, 'ORG'));
    }
  }
  return out;
}
