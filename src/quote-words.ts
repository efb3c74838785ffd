import type { Quote } from './schema';

/**
 * What a quote's speaker said, for people to read: its words (Quote.words, which the quote stage records)
 * read from `text` by their offsets (`text` itself stays the source's slice of `span`: every text in a
 * briefing slices back to its span). A direct quote's pieces join with a space, without the attribution
 * and marks between them ('"We are facing a crisis," Vijayan said. "Every district ..."' reads "We are
 * facing a crisis. Every district ..."); reported speech whose content runs over its own attribution
 * reads with the cut marked ('Copper output fell 5% … as Codelco grappled with falling grades'). A quote
 * from a briefing made before `words` existed reads as its quoted pieces (direct) or its text.
 */
export function quoteWords(quote: Pick<Quote, 'kind' | 'text' | 'span' | 'quoted' | 'words'>): string {
  const parts = quote.words ?? (quote.kind === 'direct' && quote.quoted.length > 0 ? quote.quoted : [quote.span]);
  const from = quote.span.start;
  const pieces = parts.map((p) => quote.text.slice(p.start - from, p.end - from).trim());
  if (quote.kind !== 'direct') return pieces.join(' … ');
  for (let i = 0; i + 1 < pieces.length; i++) {
    const between = quote.text.slice(parts[i]!.end - from, parts[i + 1]!.start - from);
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
export function quoteForReading(quote: Pick<Quote, 'kind' | 'text'> & Partial<Pick<Quote, 'span' | 'quoted' | 'words'>>): string {
  const words = quote.span && quote.quoted ? quoteWords({ ...quote, span: quote.span, quoted: quote.quoted }) : quote.text;
  return quote.kind === 'direct' ? `“${words}”` : words;
}

/**
 * The words a view shows beside a quote whose cue is negated ('Jones never said he would raise taxes'): the content is
 * what the speaker did NOT say, so it must never read as a plain claim. Null for a quote that was said.
 */
export function negationNote(quote: Pick<Quote, 'negated' | 'cue'>): string | null {
  if (!quote.negated) return null;
  return quote.cue ? `did not say: negated “${quote.cue.text}”` : 'did not say';
}
