import type { Sentence, Token } from '../../document';
import { wordAt, type Context, type Match } from './context';
import { holidays, months, weekdayPlurals, weekdays } from './lexicon';
import type { Word } from './words';

const TITLE_CASE = /^[A-Z][a-z]/;

/** Words that are capitalized in running text anyway: months, weekdays, the first word of a holiday. */
const properTimeWord = (word: Word): boolean =>
  months.has(word.lower) || weekdays.has(word.lower) || weekdayPlurals.has(word.lower) || holidays.has(word.lower);

/**
 * Whether capitals say nothing of names in the sentence, so a capitalized time phrase is no title's. A headline
 * reads the looser title-case test (Sentence.mostlyTitleCase: four in five longer words after the first), which a
 * headline in Chicago style passes with "with", "after", "this" or "iPhone" in lower case ("Storm to Hit Coast with
 * Heavy Rain This Weekend"); so does a line of the body shaped like one (standsAsHeadline). A sentence of running
 * text must pass the strict test too (Sentence.titleCase): a story sentence dense with names passes the looser one
 * ("named Chancellor Jeremy Hunt his 'Colleague of the Year' during the Conservative Party Conference", where "the
 * Year" is the title's). A caption of three words ("Source: ABC This Week", the programme) fails the looser test,
 * which skips the word before its colon and so finds two words, fewer than three. Readings: src/nlp/title-case.ts.
 */
export function capitalsSayNothing(tokens: readonly Token[], sentence: Sentence): boolean {
  if (!sentence.mostlyTitleCase) return false;
  return sentence.paragraph === -1 || sentence.titleCase || standsAsHeadline(tokens, sentence);
}

/** marks that end a line as a sentence's, not a headline's (the cleaning stage's headline shape, clean/headline.ts) */
const SENTENCE_END_MARKS: ReadonlySet<string> = new Set(['.', ';', ',', ':']);
const CLOSING_MARKS: ReadonlySet<string> = new Set(['"', '”', '’', "'", ')']);

/**
 * The sentence is a line of its own that does not end like a sentence: a headline the cleaning stage left in the
 * body ("iPhone Sales Slump in China This Quarter" opens in lower case) or a subheading. The text's first line may end
 * with a full stop when the story follows it: a title some corpora close with one ("Politifact: Donald Trump Is
 * Right, 'Thousands of Shootings' in Chicago this Year.", clean/headline.ts isTitleLine).
 */
function standsAsHeadline(tokens: readonly Token[], sentence: Sentence): boolean {
  const next = tokens[sentence.tokenEnd];
  if (!tokens[sentence.tokenStart]!.lineStart || (next !== undefined && !next.lineStart)) return false;
  let last = tokens[sentence.tokenEnd - 1]!.text;
  if (CLOSING_MARKS.has(last) && sentence.tokenEnd - 2 >= sentence.tokenStart) last = tokens[sentence.tokenEnd - 2]!.text;
  if (last === '.' && sentence.tokenStart === 0 && next !== undefined) return true;
  return !SENTENCE_END_MARKS.has(last[last.length - 1]!);
}

/**
 * Whether a match is part of a name or title rather than a time: ABC's "This Week", "VOA Today", "60 Minutes".
 * In running text a common time word (week, today, minutes) capitalized after the first word of its clause is
 * a name's; matches holding a month, weekday or holiday are capitalized for their own sake.
 */
export function readsAsTitle(ctx: Context, from: number, match: Match): boolean {
  // at the very start of a sentence a capitalized second word is more often a slip ("Last Year over 4 million")
  if (from === 0 || ctx.titleCase) return false;
  let capitalized = false;
  for (let k = from; k < match.end; k++) {
    const word = ctx.words[k]!;
    if (properTimeWord(word)) return false;
    if (!TITLE_CASE.test(word.text)) continue;
    const prev = wordAt(ctx, k - 1);
    // after punctuation, or after an abbreviation's full stop that also ended a sentence ("Co. Recently, ...")
    const clauseStart = !prev || (k === from && (prev.pos === 'PUNCT' || prev.text.endsWith('.')));
    if (!clauseStart) capitalized = true;
  }
  return capitalized;
}
