/**
 * Pass 01's growth to the left (01-extend-to-capitalized-sequences.ts): over the capitalized words before a tagged
 * name, and over an organization's head and "of" before it ("Bank of" + "Japan").
 */
import type { Token } from '../../../document';
import { isFamilyName, isGivenName, isKnownOrganization, placeKind } from '../gazetteer';
import { isCommonWord } from '../../../nlp/common-words';
import { wordClass } from '../features';
import type { TaggedSpan, TagType } from '../tagger';
import { maxNameTokens, wordsText } from './shared';
import { miscHeads, ofHeads } from './words';
import { absorb, endsTitleOfPhrase, joiningHyphen, personInFull, type Growth, type Grown } from './sequence-growth';

/** Grows `n` left word by word, and over a word joined by a tight hyphen ("Daimler-" + "Benz"), while a word may join. */
export function growLeft(g: Growth, n: Grown): void {
  for (;;) {
    if (growsLeft(g, n)) {
      n.a--;
      absorb(g, n, n.a);
    } else if (n.a > 1 && joiningHyphen(g.tokens, n.a - 1) && g.extendable(n.a - 2, n.sentence, n.span.type)) {
      n.a -= 2;
      absorb(g, n, n.a);
    } else return;
  }
}

/** May the word before the name grown to [n.a, n.b) join it? */
function growsLeft(g: Growth, n: Grown): boolean {
  const { tokens, spans, spanAt } = g;
  const { span, a, b } = n;
  return (
    a > 0 &&
    g.extendable(a - 1, n.sentence, span.type) &&
    // "Secretary of State Antony Blinken": the word after "of" in a title ("Minister of Finance") is the title's
    !endsTitleOfPhrase(tokens, a - 1) &&
    !(span.type === 'PER' && commonWordBeforeGivenName(tokens, a)) &&
    !commonOpenerBefore(tokens, a, b, span.type, g.opener) &&
    (spanAt[a - 1]! < 0 || spans[spanAt[a - 1]!]!.type === span.type) &&
    !separateName(spans, spanAt[a - 1]!, span) &&
    !g.taken[a - 1]
  );
}

/**
 * "Bank of Japan", "Ministry of Defence": an organization head and "of" before the name join it (and the capitalized
 * words before the head), unless the name is a person's in full. Moves `n.a` and says whether a head joined.
 */
export function takeOrganizationHeadBefore(g: Growth, n: Grown): boolean {
  // (a person's full name takes no organization head and "of" before it: "the Orange Democratic Movement of Raila Odinga" is his party)
  if (personInFull(n.span)) return false;
  const start = organizationHeadBefore(g.tokens, n.a, n.b, g.spanAt, (t) => g.extendable(t, n.sentence, 'ORG'));
  const headed = start < n.a;
  n.a = start;
  return headed;
}

/**
 * Where a name starting at `a` begins once an organization head and "of" before it join (and the capitalized words
 * before the head); `a` when there is no such head.
 */
function organizationHeadBefore(tokens: readonly Token[], a: number, b: number, spanAt: Int32Array, extendable: (t: number) => boolean): number {
  const of = tokens[a - 1];
  if (!of || !ofHeads.has(of.lower) || a < 2 || wordClass(tokens[a - 2]!.lower) !== 'orgsuf' || !extendable(a - 2) || spanAt[a - 2]! >= 0) return a;
  let start = a - 2;
  while (start > 0 && extendable(start - 1) && spanAt[start - 1]! < 0 && b - start < maxNameTokens) start--;
  return start;
}

/**
 * "Director of National Intelligence James Clapper", "Minister of Foreign
 * Affairs Sergei Lavrov", "Crooked Hillary Clinton": a person's
 * name that opens with a given name does not grow left over a capitalized
 * common word (the end of a title's portfolio, an epithet).
 * A name part still joins ("Mary Ann Smith"), and so does a given name that
 * heads a law ("Bill" of "the Online Safety Bill", which later passes drop).
 * Measured with npm run eval:entities against no guard: person F1 GUM
 * dev+test 0.737 -> 0.739, UNER-EWT held-back 0.713 -> 0.725, the rest
 * unchanged; guarding full names only (not "Mary" alone) gives no gain
 * anywhere. (A walk left to a title word for names with no given name,
 * "Director of National Intelligence Clapper", changed no figure on any
 * corpus nor that example, whose whole run the tagger tags: it went.)
 */
function commonWordBeforeGivenName(tokens: readonly Token[], a: number): boolean {
  const first = tokens[a]!;
  const before = tokens[a - 1]!;
  if (miscHeads.has(first.lower) || isGivenName(before.lower) || isFamilyName(before.lower) || !isCommonWord(before.lower)) return false;
  return isGivenName(first.lower);
}

/**
 * "Newcomer Doechii, who won ...", "Transforming Kenya", "I'm Miyuki": a word that opens the sentence (or follows
 * a dateline) is no part of the name after it the tagger left it out of when it is a contraction, a common English
 * word before a person's name (and no given or family name), or a common word's "-ing" form before any name (a
 * participle that opens a headline or a clause). A capitalized noun opener may be the name's own first word
 * ("Environment Canada spokesperson Julie Hahn said"), and a name a gazetteer knows whole (a place, a known
 * organization) still joins. Measured on train with scripts/org-pass-errors.ts: the participle and contraction
 * openers take no right name away; applied to every common opener, "Environment" was cut off on GUM dev.
 */
function commonOpenerBefore(tokens: readonly Token[], a: number, b: number, type: TagType, opener: readonly boolean[]): boolean {
  const before = tokens[a - 1]!;
  if (!(opener[a - 1] ?? false)) return false;
  if (/['’]/.test(before.text)) return true;
  if (isGivenName(before.lower) || isFamilyName(before.lower)) return false;
  if (type === 'PER') return isCommonWord(before.lower);
  const grown = wordsText(tokens.slice(a - 1, b));
  return participleOfCommonVerb(before.lower) && placeKind(grown) === null && !isKnownOrganization(grown);
}

/** "transforming", "copying", "making": an "-ing" form of a common English word. */
function participleOfCommonVerb(lower: string): boolean {
  if (!lower.endsWith('ing') || lower.length < 6) return false;
  const stem = lower.slice(0, -3);
  return isCommonWord(lower) || isCommonWord(stem) || isCommonWord(`${stem}e`);
}

/**
 * Is the span at index `j` (if any, not the growing span `self`) a name of two words or more that is a person's, or
 * next to a person's in full? Such a name is a name of its own ("London E17 Waheed Zaman", "Debra Perlingiere Edward
 * Terry": a signature, a list without commas), unless the capitals run on past it ("Steven F. Udvar-Hazy Center") or
 * what grew so far ends in a connector ("Evergreen Aviation &" + "Space Museum"), which the caller checks. A lone given
 * name takes the rest ("thanks Rich" + "Seth K."), and a place before an organization's name is often its first word
 * ("Kenya" + "Red Cross").
 */
export function separateName(spans: readonly TaggedSpan[], j: number, self: TaggedSpan): boolean {
  const s = j >= 0 ? spans[j] : undefined;
  if (s === undefined || s === self || s.tokenEnd - s.tokenStart < 2) return false;
  const selfInFull = self.tokenEnd - self.tokenStart >= 2;
  return s.type === 'PER' ? self.type !== 'PER' || selfInFull : self.type === 'PER' && selfInFull;
}
