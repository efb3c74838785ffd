import type { Span } from '../../document';
import furniture from '../../data/clean/furniture.json';
import { isGivenName } from '../../nlp/given-names';
import { MONTHS, WEEKDAYS } from '../../nlp/time-words';
import { ATTRIBUTED } from './attribution';
import { wordCount } from './layout';
import { unitVerdict, type Verdict } from './verdict';

/** "covers|writes about|reports on" (furniture.json beatVerbs), for the beat sentence here and classify.ts's bio */
export const BEAT_VERBS = furniture.beatVerbs.join('|');
// "Ana Ruiz covers higher education.": two or three capitalized words, a beat verb and one sentence
const BEAT = new RegExp(`^((?:[A-Z][\\p{L}'’.-]{0,30}\\s){2,3})(?:${BEAT_VERBS})\\s([^.!?"“”]{1,80})\\.$`, 'u');
// "Email her at ana@example.com", "Reach him at ana@example.com or 916-555-0172": how to reach the reporter
export const REACH_THE_AUTHOR = new RegExp(`^(?:${furniture.reachTheAuthorVerbs.join('|')}) (?:him|her|them|me) (?:at|on|via)\\s\\S`);
const EMAIL = /[\w.+-]@[\w-]{1,63}\.\w/;
const HANDLE = /(?:^|\s)@\w{1,30}\b/;
// ("The" is a given name in faker's lists)
const NOT_A_NAME = new Set(['the', 'a', 'an', 'this', 'that', 'our', 'its']);
// "Nvidia reports on Wednesday", "reports on 12 March": a date is when a company reports, never a reporter's beat
// (the weekday and month lists of src/nlp/time-words.ts; MONTHS leaves 'may' out as a modal, but a capitalized
// 'May' opening a beat is the month)
const FIRST_WORD = /^\p{Lu}\p{Ll}*\b/u;
function isDateFirst(beat: string): boolean {
  if (/^\d/.test(beat)) return true;
  const word = FIRST_WORD.exec(beat)?.[0].toLowerCase();
  return word !== undefined && (WEEKDAYS.has(word) || MONTHS.has(word) || word === 'may');
}
const MAX_WORDS = 20;

interface BeatUnit extends Span {
  verdict: Verdict | null;
}

/**
 * "Ana Ruiz covers higher education. Email her at ana@example.com": a reporter's beat after the story. The sentence is
 * a bio only with a reporter's shape: a person's name as subject (a given name first, so not "The Inspector General",
 * "Nvidia", "State Farm") and a way to reach the reporter right after it, or nothing after it on the page. A company
 * or agency that "covers" or "reports on" something in a story's closing paragraph stays. Runs before the story's
 * extent is read, as the other verdicts do (a bio is no story paragraph); weak and tail-only, as classify.ts's bios.
 */
export function markReporterBeats(source: string, byBlock: readonly (readonly BeatUnit[])[]): void {
  let lastBlock = byBlock.length - 1;
  while (lastBlock >= 0 && byBlock[lastBlock]!.length === 0) lastBlock--;
  for (let b = 0; b <= lastBlock; b++) {
    const list = byBlock[b]!;
    for (let i = 0; i < list.length; i++) {
      const unit = list[i]!;
      if (unit.verdict || !isBeatSentence(source.slice(unit.start, unit.end))) continue;
      const next = list[i + 1] ?? (i === list.length - 1 ? firstUnitAfter(byBlock, b) : undefined);
      const endOfPage = next === undefined;
      if (endOfPage || isContactLine(source.slice(next.start, next.end))) unit.verdict = unitVerdict('author-bio', false, false, true);
    }
  }
}

function isBeatSentence(text: string): boolean {
  if (wordCount(text) > MAX_WORDS || ATTRIBUTED.test(text)) return false;
  const m = BEAT.exec(text);
  if (!m) return false;
  const first = m[1]!.split(' ')[0]!.toLowerCase();
  return !NOT_A_NAME.has(first) && isGivenName(first) && !isDateFirst(m[2]!);
}

function isContactLine(text: string): boolean {
  return wordCount(text) <= MAX_WORDS && (REACH_THE_AUTHOR.test(text) || EMAIL.test(text) || HANDLE.test(text));
}

function firstUnitAfter(byBlock: readonly (readonly BeatUnit[])[], b: number): BeatUnit | undefined {
  for (let k = b + 1; k < byBlock.length; k++) if (byBlock[k]!.length > 0) return byBlock[k]![0];
  return undefined;
}
