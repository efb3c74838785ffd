import { tokenAt, type Quotation, type Span, type Token } from '../../../document';
import words from '../../../data/quotes/words.json';
import cues from '../../../data/quotes/cues.json';
import type { DirectAttribution } from '../direct';
import { onlySeparatorsBetween, type QuotationSite, type QuotePass } from '../pass';
import { quotedShare } from '../quoted';
import { excerpt, note } from '../trace';
import { tokenAtIndex } from '../../../nlp/token-at-index';

/** Share of a content in marks above which a title in marks is all the content says ('said on "Fox and Friends."'). */
const TITLE_SHARE = 0.9;
/** 'a report titled "..."', 'a memo entitled "..."': the quotation after a naming word is a title (cues.json `naming`). */
const NAMING_WORDS: ReadonlySet<string> = new Set(cues.naming.words);

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
    const { usedAttributions: used, claimed, titleOpens } = ctx.state;
    let previous: QuotationSite | undefined;
    for (const site of ctx.sites) {
      const before = previous;
      previous = site;
      const { host, span } = site;
      if (claimed.has(site.index)) continue;
      // '"Politics is a tough game," he said. "That's the way it is, Nicole."': words right after a quote's own attribution go on with it
      if (before && continuesAfterAttribution(source, before, site)) continue;
      const colonLabel = host !== null && source.slice(host.cue.start, host.cue.end) === ':';
      const text = source.slice(span.start, span.end);
      const named = afterNamingWord(ctx.tokens, site.quotation.open.start);
      if (!named) {
        if (colonLabel || !(titleLike(text) || programAfterOn(ctx.tokens, site.quotation.open.start, text))) continue;
        // 'one he calls ''Confident America''': a label the cue's subject coins is their words (04-relative-cues says it)
        if (host !== null && coinsLabel(ctx.tokens, host.cue) && quotedShare(ctx.letters(), host.content, site.quotation.pieces) >= TITLE_SHARE) continue;
        if (inSpeechPosition(ctx.tokens, site.quotation.open.start) && (spokenAtCue(site.direct, text) || !capitalizedPastFirst(text))) continue;
      }
      claimed.add(site.index);
      titleOpens.add(site.quotation.open.start);
      for (const a of site.around) if (quotedShare(ctx.letters(), a.content, site.quotation.pieces) >= TITLE_SHARE) used.add(a);
      note(ctx.trace, NAME, () => `title in marks, not speech: ${excerpt(source, span.start, span.end)}`);
    }
    return [...drafts];
  },
};

/** Cues that coin a label of their subject's own (words.json `coiningCues`): 'calls', 'dubbed'. */
const COINING_CUES: ReadonlySet<string> = new Set(words.coiningCues.lemmas);

/** The cue spanning `cue` is a coining verb ('he calls', 'she dubbed'). */
function coinsLabel(tokens: readonly Token[], cue: Span): boolean {
  const k = tokenAt(tokens, cue.start);
  return tokens[k] !== undefined && tokens[k]!.end <= cue.end && COINING_CUES.has(tokens[k]!.lemma);
}

/** The opening mark at `open` follows a naming word in its sentence ('a report titled "Securing Our Borders: A Plan for ..."'). */
export function afterNamingWord(tokens: readonly Token[], open: number): boolean {
  const k = tokenAt(tokens, open);
  const before = tokenAtIndex(tokens, k - 1);
  return before !== undefined && before.sentence === tokens[k]!.sentence && !before.inQuote && NAMING_WORDS.has(before.lower);
}

/**
 * The opening mark at `open` starts its sentence or follows a comma or colon:
 * where a turn of speech stands. A title is named inside a sentence, after a
 * verb, preposition or possessive ('on ABC's "This Week,"', 'watched "Morning Joe."').
 */
function inSpeechPosition(tokens: readonly Token[], open: number): boolean {
  const k = tokenAt(tokens, open);
  const before = tokenAtIndex(tokens, k - 1);
  return before === undefined || before.sentence !== tokens[k]!.sentence || before.text === ',' || before.text === ':';
}

/**
 * '"Thank you, son," Cruz replied', 'she said, "Only you, Dinesh,"': a cue
 * right after the marks, or set off from them by a comma or colon, with the
 * quoted words ending in a comma, "!" or "?" inside the marks: a turn of
 * speech, not a name.
 */
function spokenAtCue(direct: DirectAttribution | null, text: string): boolean {
  return direct !== null && (direct.after || direct.punctuated === true) && /[,!?][\s"”'’]*$/.test(text);
}

/** Two to eight words, every longer word capitalized: the name of a show, book, film or song. */
function titleLike(text: string): boolean {
  // a sentence break inside ("The Donald. Big Daddy.") makes it speech, not a name
  if (text.length > 120 || /[.!?]\s/.test(text)) return false;
  const words = text.split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter((w) => w !== '');
  if (words.length < 2 || words.length > 8) return false;
  const long = words.filter((w) => w.length >= 4);
  if (long.length === 0 || long.some((w) => w === w.toUpperCase())) return false;
  return long.every((w) => /^\p{Lu}/u.test(w)) && /^\p{Lu}/u.test(words[0]!);
}

/** Most words a show's name after 'on' holds ("New Day", "Hannity", "Meet the Press"). */
const MAX_PROGRAM_WORDS = 5;
/** Tokens between "on" and the possessive before the marks: the channel's name ('on Fox News Channel's "Hannity"'). */
const MAX_CHANNEL_TOKENS = 4;

/**
 * 'told reporters Friday on CNN's "New Day,"', 'said on "Hannity"': a
 * capitalized name of at most a few words in marks right after "on" or after
 * "on" and a channel's possessive is the program the words were said on, a
 * setting (titleLike wants two words and a long one: "New Day", "Hannity").
 */
export function programAfterOn(tokens: readonly Token[], open: number, text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0 || words.length > MAX_PROGRAM_WORDS || !words.every((w) => /^[^\p{L}]*\p{Lu}/u.test(w) || /^(the|of|and|a)$/.test(w))) return false;
  const k = tokenAt(tokens, open);
  const before = tokenAtIndex(tokens, k - 1);
  if (!before || before.sentence !== tokens[k]!.sentence) return false;
  if (before.lower === 'on') return true;
  if (!/^['’]s$/.test(before.lower)) return false;
  for (let i = k - 2; i >= 0 && k - 2 - i < MAX_CHANNEL_TOKENS; i--) {
    const t = tokens[i]!;
    if (t.lower === 'on') return i < k - 2;
    if (t.pos !== 'PROPN' && !/^\p{Lu}/u.test(t.text)) return false;
  }
  return false;
}

/**
 * The token where a content opening with a title in marks goes on ('said on "Morning Joe" that ...'):
 * the "that" after the title's closing mark (a comma between allowed), or -1 when none follows
 * ('said on "Morning Joe," after the debate': the title is only the cue's setting).
 */
export function thatAfterTitle(tokens: readonly Token[], title: Quotation | undefined): number {
  if (!title?.close) return -1;
  let k = tokenAt(tokens, title.close.end);
  while (k < tokens.length && tokens[k]!.start < title.close.end) k++;
  if (tokens[k]?.text === ',') k++;
  return tokens[k]?.lower === 'that' && !tokens[k]!.inQuote ? k : -1;
}

/** A word of four letters or more past the first is capitalized: a sentence capitalizes its first word anyway ("Follow us,", "This one is for you."). */
function capitalizedPastFirst(text: string): boolean {
  return text
    .split(/\s+/)
    .slice(1)
    .some((w) => /^[^\p{L}]*\p{Lu}\p{L}{3}/u.test(w));
}

/**
 * `site` opens right where the attribution after the quotation before it ends
 * ('"A," he said. "B"'), in the same paragraph: the second half of one
 * interrupted quote, speech, not a title (09-join-interrupted's test).
 */
function continuesAfterAttribution(source: string, before: QuotationSite, site: QuotationSite): boolean {
  const direct = before.direct;
  if (!direct || !direct.after || direct.clauseEnd > site.quotation.open.start || before.paragraph !== site.paragraph) return false;
  return onlySeparatorsBetween(source, direct.clauseEnd, site.quotation.open.start);
}
