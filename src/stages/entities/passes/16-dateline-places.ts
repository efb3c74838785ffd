import { isCapitalized } from '../features';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { months } from './words';

/**
 * Wire datelines: "LONDON 1996-08-30", "AL-AIN, United Arab Emirates 1996-12-06",
 * "NAIROBI, Kenya (AP)": the capitalized words opening a line, before a date,
 * a comma or a news-agency bracket, are a place.
 */
export const datelinePlaces: EntityPass = { name: 'dateline-places', run };

function run({ tokens }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const added: TaggedSpan[] = [];
  for (let t = 0; t < tokens.length; t++) {
    if (!tokens[t]!.lineStart) continue;
    let e = t;
    while (e < tokens.length && e - t < 6 && !(e > t && tokens[e]!.lineStart)) {
      const x = tokens[e]!;
      if (x.text === x.text.toUpperCase() && /[A-Z]/.test(x.text)) e++;
      else if (/^[-.'’]$/.test(x.text) && e > t && tokens[e + 1] && tokens[e + 1]!.start === x.end && x.start === tokens[e - 1]!.end) e++;
      else break;
    }
    if (e === t) continue;
    const after = tokens[e];
    if (!after || after.lineStart) continue;
    const next = tokens[e + 1];
    const dateAfter = dateLike.test(after.text) || months.has(after.lower.replace(/\.$/, ''));
    const commaPlace = after.text === ',' && next !== undefined && isCapitalized(next.text);
    const agency = after.text === '(' && next !== undefined && /^[A-Z][A-Za-z]{1,8}$/.test(next.text);
    if (!dateAfter && !commaPlace && !agency) continue;
    added.push({ tokenStart: t, tokenEnd: e, type: 'LOC' });
  }
  if (added.length === 0) return [...spans];
  const kept = spans.filter((s) => !added.some((a) => a.tokenStart < s.tokenEnd && s.tokenStart < a.tokenEnd));
  return [...kept, ...added].sort((a, b) => a.tokenStart - b.tokenStart);
}

const dateLike = /^(\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}(\/\d{2,4})?)$/;
