import type { Token } from '../../../document';
import { wordClass } from '../features';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { coveredTokens, runStartBefore, taggedSpan } from './shared';
import { bracketedTokenAt, capitalInitials, capitalsAcronymShape as acronymShape, notNameAcronyms } from '../acronyms';

/**
 * Abbreviations the text defines whose letters only partly spell the name
 * before them, as parties and movements abroad are abbreviated from their
 * own language: "Germany's Social Democrats (SPD)", "the Free Democrats
 * (FDP)", "the Mouvement du 23 Mars (M23)". (Exact initials are handled
 * where the recognizer tagged the acronym: resolve/expansions.ts.) An
 * untagged run of two to five capitalized words right before a bracketed
 * acronym, whose initials appear in the acronym in order, first letter
 * first, but do not spell it exactly, is an organization, and so is the
 * acronym, when the run names a body of people ("Democrats") or ends in an
 * organization head, or the article uses the acronym again. No titles ("Prime
 * Minister (PM)") and no common abbreviations ("GDP"). A tagged organization
 * whose initials end the acronym runs back to the words spelling the rest
 * (see extendToAcronyms).
 */
export const definedAcronyms: EntityPass = { name: 'defined-acronyms', run };

const inside = new Set(['of', 'for', 'and', 'du', 'de', 'des', 'la', 'le', 'del', 'der', 'für']);

function run({ tokens, caseless }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const covered = coveredTokens(tokens, spans);
  const added: TaggedSpan[] = [];
  let counts: Map<string, number> | undefined;
  const usedAgain = (text: string): boolean => {
    // counted once per article, when the first candidate needs it
    if (!counts) {
      counts = new Map();
      for (const t of tokens) if (acronymShape.test(t.text)) counts.set(t.text, (counts.get(t.text) ?? 0) + 1);
    }
    return (counts.get(text) ?? 0) > 1;
  };
  for (let o = 2; o + 2 < tokens.length; o++) {
    const acr = bracketedTokenAt(tokens, o);
    if (!acr || caseless[tokens[o]!.sentence] || !acronymShape.test(acr.text) || notNameAcronyms.has(acr.text) || covered[o - 1]) continue;
    const start = runStart(tokens, o, covered);
    if (start < 0 || !initialsIn(tokens, start, o, acr.text) || exactInitials(tokens, start, o, acr.text)) continue;
    // a name in another tongue abbreviated: a body of people ("Democrats") or an organization head, or an acronym the article uses again
    if (!/s$/.test(tokens[o - 1]!.text) && wordClass(tokens[o - 1]!.lower) !== 'orgsuf' && !usedAgain(acr.text)) continue;
    added.push(taggedSpan(start, o, 'ORG'));
    if (!covered[o + 1]) added.push(taggedSpan(o + 1, o + 2, 'ORG'));
  }
  const extended = extendToAcronyms(tokens, spans, caseless);
  if (added.length === 0) return extended;
  return [...extended, ...added].sort((a, b) => a.tokenStart - b.tokenStart);
}

/** lower-case words a name may hold between its capitalized words ("Medicines and Healthcare products Regulatory Agency") */
const MAX_LOWER_RUN = 2;

/**
 * "The Medicines and Healthcare products Regulatory Agency (MHRA)": the
 * tagger stopped at a lower-case word and kept "Regulatory Agency", whose
 * initials end the acronym. The organization runs back over the capitalized
 * words that spell the acronym's missing first letters, exactly and in
 * order, with at most two lower-case words between them; it opens on a
 * capitalized word, and nothing is changed unless every letter is found.
 */
function extendToAcronyms(tokens: readonly Token[], spans: readonly TaggedSpan[], caseless: readonly boolean[]): TaggedSpan[] {
  let out: TaggedSpan[] | null = null;
  spans.forEach((s, index) => {
    if (s.type !== 'ORG' || caseless[tokens[s.tokenStart]!.sentence]) return;
    const acr = bracketedTokenAt(tokens, s.tokenEnd);
    if (!acr || !acronymShape.test(acr.text)) return;
    const initials = capitalInitials(tokens.slice(s.tokenStart, s.tokenEnd));
    if (initials === '' || initials.length >= acr.text.length || !acr.text.endsWith(initials)) return;
    const start = startSpelling(tokens, s.tokenStart, acr.text.slice(0, acr.text.length - initials.length), spans[index - 1]?.tokenEnd ?? 0);
    if (start < 0) return;
    out ??= [...spans];
    out[index] = taggedSpan(start, s.tokenEnd, 'ORG');
  });
  return out ?? [...spans];
}

/** Where the capitalized words before token `end` spell `letters` (last letter nearest), or -1. */
function startSpelling(tokens: readonly Token[], end: number, letters: string, floor: number): number {
  const sentence = tokens[end]!.sentence;
  let want = letters.length - 1;
  let lowerRun = 0;
  let start = -1;
  for (let k = end - 1; k >= floor && want >= 0; k--) {
    const w = tokens[k]!;
    if (w.sentence !== sentence) return -1;
    if (/^\p{Lu}/u.test(w.text)) {
      if (w.text[0] !== letters[want]) return -1;
      want--;
      lowerRun = 0;
      start = k;
      continue;
    }
    if (!/^\p{Ll}+$/u.test(w.text) || ++lowerRun > MAX_LOWER_RUN) return -1;
  }
  if (want >= 0 || start < 0) return -1;
  // a capitalized word right before would be part of the name: the spelling is not the whole name
  const before = tokens[start - 1];
  return before && before.sentence === sentence && /^\p{Lu}/u.test(before.text) && before.pos !== 'DET' ? -1 : start;
}

/** Start of the untagged capitalized run of 2-5 words (connectors between) ending before token o; -1 when there is none. */
function runStart(tokens: readonly Token[], o: number, covered: Uint8Array): number {
  const a = runStartBefore(tokens, o, tokens[o]!.sentence, 0, 7, (t) => {
    const w = tokens[t]!;
    if (covered[t]) return false;
    if (/^\p{Lu}/u.test(w.text) && w.pos !== 'PUNCT' && w.pos !== 'DET' && w.pos !== 'PRON') return true;
    return (inside.has(w.lower) || /^\d{1,4}$/.test(w.text)) && t - 1 >= 0 && /^\p{Lu}/u.test(tokens[t - 1]!.text);
  });
  const words = tokens.slice(a, o).filter((w) => /^\p{Lu}/u.test(w.text));
  if (words.length < 2 || words.length > 5 || words.some((w) => wordClass(w.lower) === 'title')) return -1;
  return a;
}

/** Do the run's initials spell the acronym exactly ("Compact Fluorescent Light (CFL)")? Terms are defined so too, so that case is left to resolve/expansions.ts, which wants the acronym tagged. */
function exactInitials(tokens: readonly Token[], a: number, b: number, acronym: string): boolean {
  return capitalInitials(tokens.slice(a, b)) === acronym;
}

/** Do the run's capitalized initials (and numbers) appear in the acronym in order, starting with its first letter? */
function initialsIn(tokens: readonly Token[], a: number, b: number, acronym: string): boolean {
  const initials = tokens.slice(a, b).filter((w) => /^\p{Lu}|^\d/u.test(w.text)).map((w) => (/^\d/.test(w.text) ? w.text : w.text[0]!));
  if (initials[0] !== acronym[0]) return false;
  let i = 0;
  for (const ch of initials) {
    const at = acronym.indexOf(ch, i);
    if (at < 0) return false;
    i = at + ch.length;
  }
  return true;
}
