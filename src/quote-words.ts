import type { Quote } from './schema';
import aside from './data/quotes/attribution-aside.json';
import { SUBJECT_PRONOUNS } from './nlp/pronouns';

/** Where a quote's speaker and cue stand, when known (a story's merged quote has neither). */
interface Attribution {
  speaker?: { mention?: Quote['speaker']['mention'] };
  cue?: Quote['cue'];
}

/**
 * What a direct quote's speaker said, for people to read: its quoted pieces
 * joined by a space, without the attribution and marks between them
 * ('"We are facing a crisis," Vijayan said. "Every district ..."' reads
 * "We are facing a crisis. Every district ..."). `text` itself stays the
 * source's slice of `span` (every text in a briefing slices back to its
 * span); the pieces are cut from it by their offsets. Reported speech, and a
 * direct quote in one piece, read as their text.
 */
export function quoteWords(quote: Pick<Quote, 'kind' | 'text' | 'span' | 'quoted'> & Attribution): string {
  if (quote.kind !== 'direct') return reportedWords(quote);
  if (quote.quoted.length < 2) return quote.text;
  const from = quote.span.start;
  const pieces = quote.quoted.map((p) => quote.text.slice(p.start - from, p.end - from).trim());
  for (let i = 0; i + 1 < pieces.length; i++) {
    const between = quote.text.slice(quote.quoted[i]!.end - from, quote.quoted[i + 1]!.start - from);
    if (endsSentenceBeforeAttribution(pieces[i]!, between, pieces[i + 1]!)) pieces[i] = `${pieces[i]!.slice(0, -1)}.`;
  }
  return pieces.join(' ');
}

/**
 * '"... at this," Joe Tyler said. "But with these winds ..."': the comma before
 * an attribution stands for the full stop the speaker's sentence had, which
 * the attribution's own stop and the next piece's capital show; read as one
 * text it is that stop again ("... at this. But with ..."). A piece that
 * goes on after the attribution ('"We will," he said, "do it"') keeps its
 * comma.
 */
function endsSentenceBeforeAttribution(piece: string, between: string, next: string): boolean {
  return piece.endsWith(',') && /[.!?]\s*["“”'‘’]?\s*$/.test(between) && /^\p{Lu}/u.test(next);
}

/**
 * How every view shows a quote (markdown, the article panel, the story's statements): a direct quote as its
 * speaker's words (quoteWords) between curly marks; reported speech, and a partial quote (reported speech that
 * holds its own quotation marks), as its words without an attribution inside them (quoteWords), no marks added. A story quote carries no span or pieces: its text is already its
 * words (story/quotes.ts).
 */
export function quoteForReading(quote: Pick<Quote, 'kind' | 'text'> & Partial<Pick<Quote, 'span' | 'quoted'>> & Attribution): string {
  const words = quote.span && quote.quoted ? quoteWords({ ...quote, span: quote.span, quoted: quote.quoted }) : quote.text;
  return quote.kind === 'direct' ? `“${words}”` : words;
}

/**
 * Reported speech as its speaker's words: PolNeAR's convention, which the
 * quote stage follows, runs a content over its own attribution when the
 * report resumes after it ('Copper output fell 5%, the statistics institute
 * said on Friday, as Codelco grappled with falling grades'); `text` keeps
 * that span, and this reads it without the attribution clause between its
 * commas ('Copper output fell 5% … as Codelco grappled with falling grades').
 * Only where those commas surely set off the attribution (attributionAside);
 * anywhere else, and for a content with no attribution inside, the text as it
 * is: a cut in the wrong place loses words ('"too little," he added on
 * Twitter. "Without changing policies ..., Europe ..."'), a shown attribution
 * loses none.
 */
function reportedWords(quote: Pick<Quote, 'text' | 'span'> & Attribution): string {
  const mention = quote.speaker?.mention;
  const cue = quote.cue?.span;
  const { start, end } = quote.span;
  if (!mention || !cue || mention.start < start || cue.start < start || mention.end > end || cue.end > end) return quote.text;
  const aside = attributionAside(quote.text, {
    from: Math.min(mention.start, cue.start) - start,
    to: Math.max(mention.end, cue.end) - start,
    speaker: { start: mention.start - start, end: mention.end - start },
  });
  if (!aside) return quote.text;
  const before = quote.text.slice(0, aside.open).trim();
  const after = quote.text.slice(aside.close + 1).trim();
  return before === '' || after === '' ? quote.text : `${before} … ${after}`;
}

/** Offsets in a content's text: the attribution (speaker and cue) from `from` to `to`, its speaker phrase. */
interface AttributionPlace {
  from: number;
  to: number;
  speaker: { start: number; end: number };
}

/** "the", "two", "their": a word that opens a noun phrase */
const DETERMINERS: ReadonlySet<string> = new Set(aside.determiners);
const ASIDE_OPENERS: ReadonlySet<string> = new Set(aside.asideOpeners);
/** a quotation mark, straight, curly or the Times' two apostrophes (a lone ’ is an apostrophe: "Oz’s") */
const QUOTATION_MARK = /["“”]|''/;
/** a full stop, "!" or "?", perhaps a closing mark, then a space: a sentence end unless after an abbreviation */
const STOP = /[.!?]["”’']*\s/g;
/** "Mr", "Sen", "Prof", "U.S": a capital and at most three small letters, or initials */
const ABBREVIATION = /^(?:\p{Lu}\p{Ll}{0,3}|(?:\p{Lu}\.)*\p{Lu})$/u;
/** a lower-case word in "s" but not "ss" ("officials", "advisers"; not "boss", "press") */
const BARE_PLURAL = /^\p{Ll}[\p{Ll}'’-]*[^s]s$/u;

/**
 * The commas that set the attribution off inside its content ('..., Mr. Obama said on Friday, ...'), or null
 * when they may be something else: between the opening comma and the attribution at most "as", a determiner
 * and a title in capitals ('Hawaii, as one of his advisers pointed out, does not'); a speaker phrase opening as an English subject does
 * (a determiner or subject pronoun, a capital, or a bare plural 'advisers': 'Oz’s big, big boss indicated' is a
 * comma inside a noun phrase); the closing comma a few words after the cue; no sentence end and no quotation
 * mark between the two commas.
 */
function attributionAside(text: string, place: AttributionPlace): { open: number; close: number } | null {
  const open = text.lastIndexOf(',', place.from);
  if (open <= 0) return null;
  // 'as', a determiner, a title in capitals ('Chief Justice Roberts said'): nothing else before the speaker
  const lead = text.slice(open + 1, place.from).split(/\s+/).filter((w) => w !== '');
  if (ASIDE_OPENERS.has(lead[0]?.toLowerCase() ?? '')) lead.shift();
  const determined = DETERMINERS.has(lead[0]?.toLowerCase() ?? '');
  if (determined) lead.shift();
  if (!lead.every((w) => /^\p{Lu}/u.test(w))) return null;
  if (!determined && lead.length === 0 && !opensAsSubject(text.slice(place.speaker.start, place.speaker.end))) return null;
  const close = text.indexOf(',', place.to);
  if (close < 0 || words(text.slice(place.to, close)).length > aside.maxWordsAfterCue) return null;
  const between = text.slice(open, close + 1);
  return QUOTATION_MARK.test(between) || endsSentence(between) ? null : { open, close };
}

/** A speaker phrase that can open a clause as its subject: "the group", "he", "Mr. Obama", "advisers to Mr. Obama". */
function opensAsSubject(phrase: string): boolean {
  const all = phrase.trim().split(/\s+/);
  const first = all[0] ?? '';
  if (/^\p{Lu}/u.test(first) || DETERMINERS.has(first) || SUBJECT_PRONOUNS.has(first)) return true;
  // a singular common noun needs a determiner to be a subject ('big boss'); a bare plural does not ('senior officials')
  return all.some((w) => BARE_PLURAL.test(w));
}

/** The lower-case words of a stretch of text. */
function words(stretch: string): string[] {
  return stretch.toLowerCase().split(/\s+/).filter((w) => w !== '');
}

/** Whether a sentence ends inside the stretch: a stop after a word that is no abbreviation ("Mr.", "U.S."). */
function endsSentence(stretch: string): boolean {
  for (const m of stretch.matchAll(STOP)) {
    if (m[0][0] !== '.') return true;
    const word = stretch.slice(0, m.index).split(/\s/).pop() ?? '';
    if (!ABBREVIATION.test(word)) return true;
  }
  return false;
}
