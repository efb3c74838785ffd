import { tokenAt, type Doc, type QuoteLayer, type Sentence, type Span, type Token } from '../../document';
import type { Stage } from '../../pipeline';
import type { Quote, Speaker, Warning } from '../../schema';
import { attributionAfter, attributionBefore, type DirectAttribution } from './direct';
import { findQuotations, type Quotation } from './marks';
import type { Phrase } from './phrases';
import { findAttributions, type Attribution } from './reported';
import { SpeakerResolver } from './speakers';

/**
 * Quotes: direct quotations in marks, partial quotes inside reported speech,
 * and indirect (reported) speech, each with its speaker and cue.
 *
 * Policy for a quote interrupted by its attribution ('"...," he said. "..."'):
 * one quote whose `quoted` holds both parts and whose span runs from the first
 * to the last part (the attribution in between included), as PolNeAR and
 * most attribution corpora annotate it.
 */
export const quotesStage: Stage<'quotes'> = {
  name: 'quotes',
  requires: ['tokens', 'resolve'],
  run(doc: Doc): QuoteLayer {
    return extractQuotes(doc);
  },
};

interface Draft {
  kind: Quote['kind'];
  span: Span;
  quoted: Span[];
  subject: Phrase | null;
  cue: Span | null;
  paragraph: number;
  /** speaker copied from the previous attribution (a bare quote paragraph) */
  continues: boolean;
  /** a bare marked phrase, kept only if it joins the quote before it */
  weak?: boolean;
  /** for joining an interrupted quote: end of its trailing attribution clause */
  clauseEnd: number;
  after: boolean;
}

/** Share of a reported content that must sit in marks for the quote to count as direct. */
const DIRECT_SHARE = 0.7;

export function extractQuotes(doc: Doc): QuoteLayer {
  const { source } = doc;
  const clean = doc.clean;
  const layer = doc.tokens;
  if (!clean || !layer || layer.tokens.length === 0) return { quotes: [] };
  const { tokens, sentences } = layer;
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

  const quotations = findQuotations(source, regions);
  const inQuote = markQuotedTokens(tokens, quotations);
  const attributions: Attribution[] = [];
  const bySentence: Attribution[][] = [];
  for (let s = 0; s < sentences.length; s++) {
    const found = findAttributions(tokens, sentences, s, inQuote);
    bySentence.push(found);
    attributions.push(...found);
  }
  // attributions that can hold or overlap a quotation: those of the sentences it spans (keeps the stage linear)
  const attributionsAround = (span: Span): Attribution[] => {
    const first = tokens[Math.min(tokenAt(tokens, span.start), tokens.length - 1)]!.sentence;
    const last = tokens[Math.min(tokenAt(tokens, Math.max(span.start, span.end - 1)), tokens.length - 1)]!.sentence;
    const out: Attribution[] = [];
    for (let s = Math.max(0, first); s <= last && s < bySentence.length; s++) out.push(...bySentence[s]!);
    return out;
  };

  const drafts: Draft[] = [];
  const usedAttributions = new Set<Attribution>();
  const partialOf = new Map<Attribution, Draft>();

  for (const q of quotations) {
    const span = { start: q.pieces[0]!.start, end: q.pieces[q.pieces.length - 1]!.end };
    if (span.end <= span.start) continue;
    const region = regions[q.region]!;
    const paragraph = regionParagraph[q.region]!;
    const lastRegion = regionAt(regions, span.end);
    const closeRegion = regions[lastRegion >= 0 ? lastRegion : q.region]!;

    // the outermost reported content holding the quotation: quoted words in
    // "Clinton says she appreciated ... what she calls a "war"" are the outer speaker's report
    let host: Attribution | null = null;
    const around = attributionsAround(span);
    for (const a of around) {
      if (a.content.start <= span.start + 1 && span.end <= a.content.end + 1 && (!host || a.content.start < host.content.start)) host = a;
    }
    let direct: DirectAttribution | null =
      (q.close ? attributionAfter(tokens, q.close, closeRegion.end, endsSentence(source, span)) : null) ??
      attributionBefore(tokens, q.open, region.start);
    // a cue inside reported content ("Singh said China might feel "..."") belongs to that content
    // (unless punctuation sets the quotation off: 'When Clinton noted that ..., Trump boasted, "That makes me smart."')
    if (host && direct && !direct.after && !direct.punctuated && host.content.start <= direct.cue.start && direct.cue.end <= host.content.end) direct = null;

    // 'X said at an event that "a bomb" had gone off': quoted words inside a larger reported content make it partial
    if (host && (!direct || (!direct.after && !direct.punctuated) || sameCue(host, direct))) {
      const share = quotedShare(source, host.content, q.pieces);
      if (share < DIRECT_SHARE) {
        usedAttributions.add(host);
        // an inner cue whose content is just this quotation is the same report
        for (const a of around) if (a !== host && quotedShare(source, a.content, q.pieces) >= DIRECT_SHARE) usedAttributions.add(a);
        const existing = partialOf.get(host);
        if (existing) existing.quoted.push(...q.pieces);
        else {
          const draft: Draft = {
            kind: 'partial',
            span: host.content,
            quoted: [...q.pieces],
            subject: host.subject,
            cue: host.cue,
            paragraph,
            continues: false,
            clauseEnd: host.content.end,
            after: false,
          };
          partialOf.set(host, draft);
          drafts.push(draft);
        }
        continue;
      }
    }
    // a title in marks ("Fox News Sunday", "A Change Is Gonna Come") is named, not said
    if (titleLike(source.slice(span.start, span.end))) continue;
    const covering = around.filter((a) => a.content.start < span.end && span.start < a.content.end);
    if (direct) {
      for (const a of covering) if (quotedShare(source, a.content, q.pieces) >= DIRECT_SHARE || sameCue(a, direct)) usedAttributions.add(a);
      drafts.push({
        kind: 'direct',
        span,
        quoted: [...q.pieces],
        subject: direct.subject,
        cue: direct.cue,
        paragraph,
        continues: false,
        clauseEnd: direct.clauseEnd,
        after: direct.after,
      });
      continue;
    }
    if (host) {
      usedAttributions.add(host);
      drafts.push({ kind: 'direct', span, quoted: [...q.pieces], subject: host.subject, cue: host.cue, paragraph, continues: false, clauseEnd: span.end, after: false });
      continue;
    }
    // no cue in reach: a bare quote paragraph continues the previous speaker; a short phrase is a scare quote
    // a short one may still be the second half of '"A," she said. "B."' (kept only if joined)
    const weak = !isSpeechLike(source, tokens, q, span) || !opensSentence(source, tokens, sentences, q.open);
    drafts.push({
      weak,
      kind: 'direct',
      span,
      quoted: [...q.pieces],
      subject: null,
      cue: null,
      paragraph,
      continues: true,
      clauseEnd: span.end,
      after: false,
    });
  }

  // direct quotes by the sentences they touch, to keep reported speech they already cover out
  const directInSentence = new Map<number, Span[]>();
  for (const d of drafts) {
    if (d.kind !== 'direct') continue;
    const from = tokens[Math.min(tokenAt(tokens, d.span.start), tokens.length - 1)]!.sentence;
    const to = tokens[Math.min(tokenAt(tokens, Math.max(d.span.start, d.span.end - 1)), tokens.length - 1)]!.sentence;
    for (let s = from; s <= to; s++) directInSentence.set(s, [...(directInSentence.get(s) ?? []), d.span]);
  }
  for (const a of attributions) {
    if (usedAttributions.has(a) || a.nested) continue;
    if (directInSentence.get(a.sentence)?.some((d) => overlapShare(a.content, d) > 0.5)) continue;
    const sentence = sentences[a.sentence]!;
    drafts.push({
      kind: 'indirect',
      span: a.content,
      quoted: [],
      subject: a.subject,
      cue: a.cue,
      paragraph: sentence.paragraph,
      continues: false,
      clauseEnd: a.content.end,
      after: false,
    });
  }

  // a partial's span always covers its quoted parts (host contents are matched with a one-character tolerance)
  for (const d of drafts) {
    if (d.kind !== 'partial') continue;
    for (const p of d.quoted) d.span = { start: Math.min(d.span.start, p.start), end: Math.max(d.span.end, p.end) };
  }
  drafts.sort((x, y) => x.span.start - y.span.start || y.span.end - x.span.end);
  const joined = joinInterrupted(source, drafts);
  const quotes = finish(doc, joined);
  const warnings: Warning[] = quotes
    .filter((q) => q.speaker.name === null && q.speaker.entityId === null)
    .map((q) => ({ code: 'quote-without-speaker', message: `no speaker found for quote ${q.id}`, span: q.span }));
  return warnings.length > 0 ? { quotes, warnings } : { quotes };
}

/** Index of the region holding `offset` (regions are sorted and disjoint), or -1. */
function regionAt(regions: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = regions.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = regions[mid]!;
    if (offset < r.start) hi = mid - 1;
    else if (offset > r.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

function sameCue(a: Attribution, d: DirectAttribution): boolean {
  return a.cue.start === d.cue.start;
}

/** Marks tokens inside quotation content (1) so cue search skips quoted speech. */
function markQuotedTokens(tokens: readonly Token[], quotations: readonly Quotation[]): Uint8Array {
  const mask = new Uint8Array(tokens.length);
  for (const q of quotations) {
    for (const piece of q.pieces) {
      for (let t = tokenAt(tokens, piece.start); t < tokens.length && tokens[t]!.start < piece.end; t++) mask[t] = 1;
    }
  }
  return mask;
}

function endsSentence(source: string, span: Span): boolean {
  return /[.!?…][\s'’"”)]*$/.test(source.slice(Math.max(span.start, span.end - 4), span.end));
}

/** Two to eight words, every longer word capitalized: the name of a show, book, film or song. */
function titleLike(text: string): boolean {
  if (text.length > 120) return false;
  const words = text.split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter((w) => w !== '');
  if (words.length < 2 || words.length > 8) return false;
  const long = words.filter((w) => w.length >= 4);
  if (long.length === 0 || long.some((w) => w === w.toUpperCase())) return false;
  return long.every((w) => /^\p{Lu}/u.test(w)) && /^\p{Lu}/u.test(words[0]!);
}

/** The opening mark starts its sentence: a quotation standing alone, not a phrase inside someone's sentence. */
function opensSentence(source: string, tokens: readonly Token[], sentences: readonly Sentence[], open: Span): boolean {
  const t = tokens[tokenAt(tokens, open.start)];
  const sentence = t ? sentences[t.sentence] : undefined;
  if (!sentence) return false;
  return /^[\s"“'‘`(]*$/.test(source.slice(sentence.start, open.start));
}

function countLetters(text: string): number {
  let n = 0;
  for (const ch of text) if (/[\p{L}\p{N}]/u.test(ch)) n++;
  return n;
}

/** Share of the content's letters that sit inside quotation marks. */
function quotedShare(source: string, content: Span, pieces: readonly Span[]): number {
  const total = countLetters(source.slice(content.start, content.end));
  if (total === 0) return 0;
  let inside = 0;
  for (const p of pieces) {
    const s = Math.max(p.start, content.start);
    const e = Math.min(p.end, content.end);
    if (e > s) inside += countLetters(source.slice(s, e));
  }
  return inside / total;
}

function overlapShare(a: Span, b: Span): number {
  const o = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return o <= 0 ? 0 : o / Math.max(1, a.end - a.start);
}

/** A marked passage long and clause-like enough to be speech rather than a scare quote or a title. */
function isSpeechLike(source: string, tokens: readonly Token[], q: Quotation, span: Span): boolean {
  let words = 0;
  let verbs = 0;
  for (let t = tokenAt(tokens, span.start); t < tokens.length && tokens[t]!.start < span.end; t++) {
    const tok = tokens[t]!;
    if (tok.pos === 'PUNCT' || tok.pos === 'SYM') continue;
    words++;
    if (tok.pos === 'VERB' || tok.pos === 'AUX') verbs++;
  }
  if (q.pieces.length > 1) return true;
  const text = source.slice(span.start, span.end).trim();
  if (words >= 6 && verbs > 0) return true;
  return words >= 4 && verbs > 0 && /[.?!,]$/.test(text);
}

/**
 * Joins '"A," he said. "B"' into one quote: B has no cue of its own and opens
 * right where A's trailing attribution clause ends, in the same paragraph.
 */
function joinInterrupted(source: string, drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    const prev = out[out.length - 1];
    if (
      prev &&
      prev.kind === 'direct' &&
      d.kind === 'direct' &&
      prev.after &&
      prev.paragraph === d.paragraph &&
      (d.cue === null || (prev.cue !== null && d.cue.start === prev.cue.start)) &&
      /^[\s"“`'.,:;—–-]*$/.test(source.slice(prev.clauseEnd, d.span.start))
    ) {
      prev.quoted.push(...d.quoted);
      prev.span = { start: prev.span.start, end: d.span.end };
      prev.clauseEnd = d.clauseEnd;
      prev.after = d.after || prev.after;
      continue;
    }
    if (!d.weak) out.push(d);
  }
  return out;
}

/** Resolves speakers in text order (bare quotes inherit the previous speaker) and builds the public quotes. */
function finish(doc: Doc, drafts: readonly Draft[]): Quote[] {
  const resolver = new SpeakerResolver(doc.source, doc.resolve?.entities ?? []);
  const quotes: Quote[] = [];
  let previous: { speaker: Speaker; paragraph: number } | null = null;
  for (const d of drafts) {
    let speaker: Speaker;
    if (d.subject) speaker = resolver.resolve(d.subject, d.paragraph);
    else if (d.continues && previous && d.paragraph - previous.paragraph <= 1 && d.paragraph >= 0) speaker = previous.speaker;
    else speaker = { entityId: null, name: null, mention: null };
    if (!d.subject && speaker.name === null && speaker.entityId === null && d.paragraph < 0) continue;
    const cue = d.cue ? { text: doc.source.slice(d.cue.start, d.cue.end), span: d.cue } : null;
    quotes.push({
      id: `q${quotes.length + 1}`,
      kind: d.kind,
      text: doc.source.slice(d.span.start, d.span.end),
      span: d.span,
      quoted: d.kind === 'indirect' ? [] : d.quoted,
      speaker,
      cue,
    });
    if (speaker.name !== null || speaker.entityId !== null) previous = { speaker, paragraph: d.paragraph };
  }
  return quotes;
}
