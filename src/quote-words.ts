import type { Quote } from './schema';

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
 * A content with no attribution inside reads as its text.
 */
function reportedWords(quote: Pick<Quote, 'text' | 'span'> & Attribution): string {
  const mention = quote.speaker?.mention;
  const cue = quote.cue?.span;
  const { start, end } = quote.span;
  if (!mention || !cue || mention.start < start || cue.start < start || mention.end > end || cue.end > end) return quote.text;
  const text = quote.text;
  const from = Math.min(mention.start, cue.start) - start;
  const to = Math.max(mention.end, cue.end) - start;
  const open = text.lastIndexOf(',', from);
  if (open <= 0) return text;
  const close = text.indexOf(',', to);
  const before = text.slice(0, open).trim();
  const after = close < 0 ? '' : text.slice(close + 1).trim();
  return after === '' ? before : `${before} … ${after}`;
}
