import type { Token } from '../../../document';
import { wordClass } from '../features';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { runStartBefore, taggedSpan } from './shared';
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
 * Minister (PM)") and no common abbreviations ("GDP").
 */
export const definedAcronyms: EntityPass = { name: 'defined-acronyms', run };

const inside = new Set(['of', 'for', 'and', 'du', 'de', 'des', 'la', 'le', 'del', 'der', 'für']);

function run({ tokens, caseless }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const covered = new Uint8Array(tokens.length);
  for (const s of spans) covered.fill(1, s.tokenStart, s.tokenEnd);
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
  if (added.length === 0) return [...spans];
  return [...spans, ...added].sort((a, b) => a.tokenStart - b.tokenStart);
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
