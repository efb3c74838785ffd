import type { QuotePass } from '../pass';
import { quotedShare } from '../quoted';
import { excerpt, note } from '../trace';

/** Share of a content in marks above which a title in marks is all the content says ('said on "Fox and Friends."'). */
const TITLE_SHARE = 0.9;

/**
 * A title in marks ("Fox News Sunday", "A Change Is Gonna Come") is named,
 * not said: the quotation yields no quote, and a cue whose whole content is
 * the title reports nothing. (A headline's 'Warren: ‘You Should Be
 * Criminally Investigated.’' is title-cased speech, attributed by its colon.)
 */
const NAME = '02-titles';

export const titles: QuotePass = {
  name: NAME,
  run(ctx, drafts) {
    const { source } = ctx;
    const { usedAttributions: used, claimed } = ctx.state;
    for (const site of ctx.sites) {
      const { host, span } = site;
      if (claimed.has(site.index)) continue;
      const colonLabel = host !== null && source.slice(host.cue.start, host.cue.end) === ':';
      if (colonLabel || !titleLike(source.slice(span.start, span.end))) continue;
      claimed.add(site.index);
      for (const a of site.around) if (quotedShare(ctx.letters(), a.content, site.quotation.pieces) >= TITLE_SHARE) used.add(a);
      note(ctx.trace, NAME, () => `title in marks, not speech: ${excerpt(source, span.start, span.end)}`);
    }
    return [...drafts];
  },
};

/** Two to eight words, every longer word capitalized: the name of a show, book, film or song. */
export function titleLike(text: string): boolean {
  // a sentence break inside ("The Donald. Big Daddy.") makes it speech, not a name
  if (text.length > 120 || /[.!?]\s/.test(text)) return false;
  const words = text.split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter((w) => w !== '');
  if (words.length < 2 || words.length > 8) return false;
  const long = words.filter((w) => w.length >= 4);
  if (long.length === 0 || long.some((w) => w === w.toUpperCase())) return false;
  return long.every((w) => /^\p{Lu}/u.test(w)) && /^\p{Lu}/u.test(words[0]!);
}
