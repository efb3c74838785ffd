import { isCapitalized } from '../features';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { months } from './words';
import { placeKind } from '../gazetteer';
import { spanText, taggedSpan, unchangedOr } from './shared';

/**
 * Wire datelines: "LONDON 1996-08-30", "AL-AIN, United Arab Emirates 1996-12-06",
 * "NAIROBI, Kenya (AP)": the capitalized words opening a line, before a date,
 * a comma or a news-agency bracket (one word: "(Reuters)"), are a place. Before a dash ("THE HAGUE — Talks ...") only a place the
 * gazetteer knows: an all-caps kicker ("BREAKING — ...", "EXCLUSIVE —") opens a line the same way.
 */
export const datelinePlaces: EntityPass = { name: 'dateline-places', run };

function run({ tokens }: EntityPassContext, spans: readonly TaggedSpan[]): readonly TaggedSpan[] {
  const added: TaggedSpan[] = [];
  for (let t = 0; t < tokens.length; t++) {
    if (!tokens[t]!.lineStart) continue;
    // "MADRID/LONDON (Reuters)", "JAKARTA/BANGKOK": places of a joint dateline, joined by a slash without spaces
    const blocks: Array<[number, number]> = [];
    for (let start = t; blocks.length < 4; ) {
      const e = capitalsRun(tokens, start);
      if (e === start) break;
      blocks.push([start, e]);
      const slash = tokens[e];
      if (!slash || slash.text !== '/' || slash.start !== tokens[e - 1]!.end || tokens[e + 1]?.start !== slash.end) break;
      start = e + 1;
    }
    if (blocks.length === 0) continue;
    const end = blocks[blocks.length - 1]![1];
    const after = tokens[end];
    if (!after || after.lineStart) continue;
    const next = tokens[end + 1];
    const dateAfter = dateLike.test(after.text) || months.has(after.lower.replace(/\.$/, ''));
    const commaPlace = after.text === ',' && next !== undefined && isCapitalized(next.text);
    // "(Reuters)", "(AP)": one word in the brackets; a transcript's "PRESENTER (Daniel Hurst):" names a speaker, no place
    const agency = after.text === '(' && next !== undefined && /^[A-Z][A-Za-z]{1,8}$/.test(next.text) && tokens[end + 2]?.text === ')';
    const dashPlace = dashes.has(after.text) && blocks.length === 1 && placeKind(spanText(tokens, taggedSpan(t, end, 'LOC'))) !== null;
    if (!dateAfter && !commaPlace && !agency && !dashPlace) continue;
    for (const [a, b] of blocks) added.push({ tokenStart: a, tokenEnd: b, type: 'LOC' });
  }
  if (added.length === 0) return spans;
  // "HARTWELL, Friday — ... "The people of Hartwell ...": a one-word name the dateline makes a place is that place
  // at its other mentions too, where the tagger guessed an organization or a person
  const datelineWords = new Set(added.filter((a) => a.tokenEnd - a.tokenStart === 1).map((a) => tokens[a.tokenStart]!.lower));
  const kept = spans
    .filter((s) => !added.some((a) => a.tokenStart < s.tokenEnd && s.tokenStart < a.tokenEnd))
    .map((s) => (s.type !== 'LOC' && s.tokenEnd - s.tokenStart === 1 && datelineWords.has(tokens[s.tokenStart]!.lower) ? taggedSpan(s.tokenStart, s.tokenEnd, 'LOC') : s));
  return unchangedOr(spans, [...kept, ...added].sort((a, b) => a.tokenStart - b.tokenStart));
}

/** The end of the run of words in capitals (with inner hyphens, dots and apostrophes) from token t, at most six tokens. */
function capitalsRun(tokens: EntityPassContext['tokens'], t: number): number {
  let e = t;
  while (e < tokens.length && e - t < 6 && !(e > t && tokens[e]!.lineStart)) {
    const x = tokens[e]!;
    if (x.text === x.text.toUpperCase() && /[A-Z]/.test(x.text)) e++;
    else if (/^[-.'’]$/.test(x.text) && e > t && tokens[e + 1] && tokens[e + 1]!.start === x.end && x.start === tokens[e - 1]!.end) e++;
    else break;
  }
  return e;
}

const dashes = new Set(['—', '–', '-', '--']);

const dateLike = /^(\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}(\/\d{2,4})?)$/;
