import { tokenAt, type Doc, type Span, type Token } from '../../document';
import { isNominal } from './chunk-shapes';
import { firstNotBefore } from '../../nlp/search';
import { WH_RELATIVES } from '../../nlp/pronouns';
import type { Attribution } from './attribution';
import { attributionAfter, attributionBefore, attributionClauseEnd, type DirectAttribution } from './direct';
import { citingOpening } from './citing-opening';
import { unreadCueAfter } from './unread-cue';
import type { QuoteContext, QuotationSite } from './pass';
import { lettersBefore } from './quoted';
import { findAttributions } from './reported';
import type { QuoteTrace } from './trace';
import { labelNames } from './turn-labels';
import { isInterviewLabel, readInterview } from './interview';

/**
 * Builds what the quote passes share, once per document: the regions, every
 * sentence's attributions with a look-up by content start, and each
 * quotation's site (its host content and the cue at its marks). Null when
 * the document has no cleaned text or no tokens.
 */
export function buildQuoteContext(doc: Doc, trace?: QuoteTrace): QuoteContext | null {
  const { source, clean, tokens: layer } = doc;
  if (!clean || !layer || layer.tokens.length === 0) return null;
  const { tokens, sentences, quotations } = layer;
  const regions: Span[] = [];
  const regionParagraph: number[] = [];
  if (clean.headline) {
    regions.push(clean.headline);
    regionParagraph.push(-1);
  }
  clean.paragraphs.forEach((p, i) => {
    regions.push(p);
    regionParagraph.push(i);
  });

  const attributions: Attribution[] = [];
  const names = doc.resolve ? labelNames(doc.resolve, tokens) : undefined;
  // whether the document is an interview is decided once, here: the attribution steps and the speakers read this one answer
  const interview = readInterview(doc);
  for (let s = 0; s < sentences.length; s++) {
    for (const a of findAttributions({ source, tokens, sentences, labelNames: names, dateline: clean.dateline, interview }, s, trace)) attributions.push(a);
  }
  const attributionsAround = aroundIndex(attributions);
  let letterCounts: Int32Array | undefined;
  // one literal with every field, sites filled in after: `{ ...ctx, sites }` gave each document's context a
  // hidden class of its own (V8, Node 20), and every quote pass reading it went megamorphic
  const sites: QuotationSite[] = [];
  const ctx: QuoteContext = {
    source,
    tokens,
    sentences,
    regions,
    regionParagraph,
    quotations,
    pieces: quotations.flatMap((q) => q.pieces).sort((x, y) => x.start - y.start),
    letters: () => (letterCounts ??= lettersBefore(source)),
    attributions,
    attributionsAround,
    sites,
    interview,
    state: { usedAttributions: new Set(), claimed: new Set(), titleOpens: new Set() },
    trace,
  };
  const nicknames = nicknameQuotations(doc, tokens, quotations);
  for (const site of quotationSites(ctx)) if (!nicknames.has(site.index)) sites.push(site);
  return ctx;
}

/**
 * The quotations that are a nickname inside a person's name ('Drummer Kirsty "Kit" MacLean told me ...'): both marks
 * lie inside one mention of a person, so the words are the name's, not anyone's speech (read as a quotation, "Kit"
 * became a partial quote opening at "Drummer").
 */
function nicknameQuotations(doc: Doc, tokens: readonly Token[], quotations: QuoteContext['quotations']): ReadonlySet<number> {
  const out = new Set<number>();
  const resolve = doc.resolve;
  if (!resolve) return out;
  quotations.forEach((q, index) => {
    if (!q.close) return;
    const open = resolve.mentionAtToken[tokenAt(tokens, q.open.start)] ?? -1;
    if (open < 0 || resolve.mentionAtToken[tokenAt(tokens, q.close.start)] !== open) return;
    const placed = resolve.mentions[open]!;
    // the name goes on after the closing mark: the marks are inside it, not around it
    if (placed.entity.type === 'person' && placed.mention.start < q.open.start && q.close.end < placed.mention.end) out.add(index);
  });
  return out;
}

/**
 * The attributions whose content holds, overlaps or touches a span. Contents are at most
 * MAX_CONTENT_TOKENS long (content.ts), so a binary search and a window as long as the
 * longest content find them: a sentence holding thousands of quotes and cues stays linear.
 */
function aroundIndex(attributions: readonly Attribution[]): (span: Span) => Attribution[] {
  const byContentStart = [...attributions].sort((x, y) => x.content.start - y.content.start);
  const lookback = Math.min(100_000, byContentStart.reduce((max, a) => Math.max(max, a.content.end - a.content.start), 0));
  return (span) => {
    const lo = firstNotBefore(byContentStart.length, (i) => byContentStart[i]!.content.start < span.start - lookback);
    const out: Attribution[] = [];
    for (let i = lo; i < byContentStart.length && byContentStart[i]!.content.start <= span.end + 1; i++) {
      const a = byContentStart[i]!;
      if (a.content.end >= span.start - 1) out.push(a);
    }
    return out;
  };
}

/** Each quotation with its host content and the cue at its marks; transcript turns and empty marks are left out. */
function quotationSites(ctx: Omit<QuoteContext, 'sites'>): QuotationSite[] {
  const { source, tokens, regions, regionParagraph } = ctx;
  // '"WALLACE: ...' a transcript whose turns sit in marks: the labels attribute each turn, not the marks
  const turnStarts = new Set(ctx.attributions.filter((a) => a.label && a.subject).map((a) => a.subject!.span.start));
  const sites: QuotationSite[] = [];
  ctx.quotations.forEach((q, index) => {
    const span = { start: q.pieces[0]!.start, end: q.pieces[q.pieces.length - 1]!.end };
    if (span.end <= span.start || turnStarts.has(skipSpaces(source, span.start))) return;
    const region = regions[q.region]!;
    const lastRegion = regionAt(regions, span.end);
    const closeRegion = regions[lastRegion >= 0 ? lastRegion : q.region]!;

    // the outermost reported content holding the quotation: quoted words in
    // "Clinton says she appreciated ... what she calls a "war"" are the outer speaker's report
    let host: Attribution | null = null;
    const around = ctx.attributionsAround(span);
    for (const a of around) {
      if (a.content.start <= span.start + 1 && span.end <= a.content.end + 1 && (!host || a.content.start < host.content.start) && !reportedAgainBefore(source, tokens, around, a, span)) host = a;
    }
    host ??= contentRunningIntoQuote(around, span);
    const outerHost = host;
    if (host) host = relativeReportInside(tokens, around, host, span) ?? reportInsideInterviewTurn(tokens, around, host, span) ?? host;
    const before = attributionBefore(tokens, ctx.sentences, q.open, region.start);
    let direct: DirectAttribution | null =
      citingOpening(tokens, ctx.sentences, q.open, q.close, closeRegion.end) ??
      (q.close ? attributionAfter(tokens, q.close, closeRegion.end, endsSentence(source, span), before !== null) : null) ??
      before ??
      leadInAbove(ctx, q.region, q.open);
    // 'A: My neighbour told me, "When I said we would sell, I meant it."': an interview turn's label hosts no quotation
    // with a cue of its own, and its turn is no report: read as one it would be a partial quote crediting the
    // interviewee with the neighbour's quoted words (precision first: the turn is left out, the neighbour's quote stays)
    if (outerHost && direct?.subject && outerHost.label && isInterviewLabel(tokens, outerHost.subject)) {
      ctx.state.usedAttributions.add(outerHost);
      if (host === outerHost) host = null;
    }
    // 'A: He told me, "I will fix this by March." I doubt it.': inside an interview turn a report with its own subject
    // and cue before the marks holds the quotation; a cue after them, past the sentence's end, is another report
    // (review rev24-a finding 4: read as the quotation's, the minister's promise became the interviewee's partial)
    if (host && host !== outerHost && outerHost?.label && isInterviewLabel(tokens, outerHost.subject) && host.subject && direct?.after && host.cue.end <= span.start) direct = null;
    // a cue inside reported content ("Singh said China might feel "..."") belongs to that content
    // (unless punctuation sets the quotation off: 'When Clinton noted that ..., Trump boasted, "That makes me smart."')
    if (host && direct && !direct.after && !direct.punctuated && host.content.start <= direct.cue.start && direct.cue.end <= host.content.end) direct = null;
    // '"...," the conservative-leaning newspaper wrote': a cue direct.ts did not read with a whole noun phrase before it attributes the quotation;
    // without one, the cue still keeps it from any other speaker (unread-cue.ts)
    const unread = !direct && q.close ? unreadCueAfter(tokens, q.close, closeRegion.end, endsSentence(source, span)) : null;
    if (unread?.subject) direct = { cue: unread.cue, subject: unread.subject, after: true, clauseEnd: attributionClauseEnd(tokens, tokenAt(tokens, unread.cue.end - 1) + 1, closeRegion.end) };
    const unreadCue = unread && !unread.subject ? unread.cue : null;
    sites.push({ index, quotation: q, openToken: tokenAt(tokens, q.open.start), span, paragraph: regionParagraph[q.region]!, host, direct, unreadCue, around });
  });
  return sites;
}

/**
 * 'Trump would have a path to nomination, which he declared "a total
 * disaster"', 'Clinton's email use, which an FBI investigation said was
 * "extremely careless"': inside the outer content, a relative clause with a
 * cue of its own whose content holds the quotation reports it; the quoted
 * words are that clause's speaker's (PolNeAR marks the content from the
 * relative word), not the outer speaker's.
 */
function relativeReportInside(tokens: readonly Token[], around: readonly Attribution[], host: Attribution, span: Span): Attribution | null {
  for (const b of around) {
    if (b === host || !b.subject || b.cue.start <= host.content.start || b.cue.end > span.start) continue;
    if (!(b.content.start <= span.start + 1 && span.end <= b.content.end + 1)) continue;
    // 'the bill, which he said his party wrote, would "..."': the clause closed at its comma before the quotation
    if (commaBetween(tokens, b.cue.end, span.start)) continue;
    const first = tokens[b.subject.tokenStart];
    const before = tokens[b.subject.tokenStart - 1];
    if ((first && WH_RELATIVES.has(first.lower)) || (before && WH_RELATIVES.has(before.lower))) return b;
  }
  return null;
}

/**
 * 'Q: The agriculture minister, John Steenhuisen, said last month that the relief had reached "every district that
 * asked for it." Is that fair?': an interview turn's letter label says who speaks the turn, not whose words the turn
 * quotes; a report inside the turn whose content holds the quotation is its host (the innermost), so the quoted words
 * are the minister's, not the question's (whose label names no one: its quote was dropped with the words).
 */
function reportInsideInterviewTurn(tokens: readonly Token[], around: readonly Attribution[], host: Attribution, span: Span): Attribution | null {
  if (!host.label || !isInterviewLabel(tokens, host.subject)) return null;
  let inner: Attribution | null = null;
  for (const b of around) {
    if (b === host || !b.subject || b.cue.start < host.content.start || b.cue.end > span.start) continue;
    if (!(b.content.start <= span.start + 1 && span.end <= b.content.end + 1)) continue;
    if (!inner || b.content.start > inner.content.start) inner = b;
  }
  return inner;
}

/** Before a cue: quoted words closed with a comma, then perhaps a comma and 'and': '..., maniacal," adding, "..."'. */
const AFTER_CLOSED_QUOTE = /,\s*["”'’]{1,2}\s*(?:,\s*)?(?:and\s+)?$/;

/**
 * 'Trump told Newsmax that Romney "had a crazy policy ...," adding, "He lost
 * ..."': inside a content `a`, quoted words closed with a comma end it where
 * another cue whose content holds the quotation follows them; the quotation
 * is that cue's, not `a`'s.
 */
function reportedAgainBefore(source: string, tokens: readonly Token[], around: readonly Attribution[], a: Attribution, span: Span): boolean {
  return around.some(
    (b) =>
      b !== a &&
      b.cue.start > a.content.start &&
      b.cue.end <= span.start &&
      b.content.start <= span.start + 1 &&
      span.end <= b.content.end + 1 &&
      (AFTER_CLOSED_QUOTE.test(source.slice(Math.max(0, b.cue.start - 12), b.cue.start)) || subjectAfterQuote(tokens, b.cue.start) || afterColon(source, a, b)),
  );
}

/**
 * 'sounded equivocal: Former Rep. Jane Harman called it "the least bad
 * option"': a colon inside content `a` before the subject of cue `b` opens a
 * sentence of its own, whose report the quotation is.
 */
function afterColon(source: string, a: Attribution, b: Attribution): boolean {
  if (!b.subject || b.subject.span.start <= a.content.start) return false;
  return /:\s*$/.test(source.slice(Math.max(a.content.start, b.subject.span.start - 4), b.subject.span.start));
}

/** Tokens of the subject between 'and' and a new report's cue ('and Trump calling it'). */
const MAX_NEW_SUBJECT = 3;

/**
 * 'he was "very encouraged" and Trump calling it a "great meeting"': the cue
 * at `cueStart` follows quoted words, perhaps a comma, 'and' or 'but' and a
 * short subject.
 */
function subjectAfterQuote(tokens: readonly Token[], cueStart: number): boolean {
  let k = tokenAt(tokens, cueStart) - 1;
  let subject = 0;
  while (k >= 0 && subject < MAX_NEW_SUBJECT && isNominal(tokens[k]) && !tokens[k]!.inQuote) {
    k--;
    subject++;
  }
  if (subject === 0 || !/^(and|but)$/.test(tokens[k]?.lower ?? '')) return false;
  k--;
  if (tokens[k]?.text === ',') k--;
  const mark = tokens[k];
  return mark !== undefined && !mark.inQuote && /^["”'’]$/.test(mark.text) && tokens[k - 1] !== undefined && (tokens[k - 1]!.inQuote || /^['’]$/.test(tokens[k - 1]!.text));
}

/**
 * 'Leubsdorf said Carson is "losing strength ... knowledge. Some of his
 * support appears to be moving to Cruz."': a content that opens before the
 * marks and ends at its sentence's end inside them holds the quotation (its
 * span is widened to the closing mark by 07-partial-spans). The outermost
 * such content whose cue sits before it, or null.
 */
function contentRunningIntoQuote(around: readonly Attribution[], span: Span): Attribution | null {
  let host: Attribution | null = null;
  for (const a of around) {
    const { content, cue } = a;
    if (content.start >= span.start || content.end <= span.start + 1 || content.end >= span.end || cue.end > content.start) continue;
    if (!host || content.start < host.content.start) host = a;
  }
  return host;
}

/**
 * 'He said:' closing one paragraph, the quotation opening the next: the
 * lead-in's cue is the quotation's (only a colon ends the paragraph above,
 * only the mark opens this one).
 */
function leadInAbove(ctx: Omit<QuoteContext, 'sites'>, region: number, open: Span): DirectAttribution | null {
  const { source, regions, regionParagraph } = ctx;
  const above = regions[region - 1];
  if (!above || regionParagraph[region - 1]! < 0) return null;
  if (source.slice(regions[region]!.start, open.start).trim() !== '' || !source.slice(above.start, above.end).trimEnd().endsWith(':')) return null;
  return attributionBefore(ctx.tokens, ctx.sentences, open, above.start);
}

/** The first offset at or after `from` (at most a few characters on) that is not whitespace. */
function skipSpaces(source: string, from: number): number {
  let i = from;
  while (i < source.length && i - from < 3 && /\s/.test(source[i]!)) i++;
  return i;
}

/** Index of the region holding `offset` (regions are sorted and disjoint; a region's end counts as inside), or -1. */
function regionAt(regions: readonly Span[], offset: number): number {
  const i = firstNotBefore(regions.length, (k) => regions[k]!.end < offset);
  return i < regions.length && regions[i]!.start <= offset ? i : -1;
}

function endsSentence(source: string, span: Span): boolean {
  return /[.!?…][\s'’"”)]*$/.test(source.slice(Math.max(span.start, span.end - 4), span.end));
}

/** A comma outside quotation marks between offsets `from` and `to` ('which he said his party wrote, would "..."'). */
function commaBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = tokenAt(tokens, from); k < tokens.length && tokens[k]!.end <= to; k++) if (tokens[k]!.text === ',' && !tokens[k]!.inQuote) return true;
  return false;
}
