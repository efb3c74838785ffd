import { tokenAt, type Doc, type QuoteLayer, type Sentence, type Span, type Token } from '../../document';
import type { Stage } from '../../stage';
import type { Quote, Speaker, Warning } from '../../schema';
import { attributionAfter, attributionBefore, type DirectAttribution } from './direct';
import type { Quotation } from '../../nlp/quotations';
import { phraseEndingAt, type Phrase } from './phrases';
import { findAttributions, type Attribution } from './reported';
import { firstNotBefore } from '../../nlp/search';
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
  /** a partial whose span stops at its last closing mark */
  endsAtQuote?: boolean;
  /** for joining an interrupted quote: end of its trailing attribution clause */
  clauseEnd: number;
  after: boolean;
}

/** Share of a reported content that must sit in marks for the quote to count as direct. */
const DIRECT_SHARE = 0.7;
/** Share of a content in marks above which a title in marks is all the content says ('said on "Fox and Friends."'). */
const TITLE_SHARE = 0.9;
/** Unquoted words before the marks that make a trailing-attribution quote a partial one. */
const MIN_LEAD_WORDS = 2;

export function extractQuotes(doc: Doc): QuoteLayer {
  const { source } = doc;
  let letterCounts: Int32Array | undefined;
  const letters = (): Int32Array => (letterCounts ??= lettersBefore(source));
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

  const { quotations } = layer;
  const inQuote = quotedFlags(tokens);
  const attributions: Attribution[] = [];
  const bySentence: Attribution[][] = [];
  for (let s = 0; s < sentences.length; s++) {
    const found = findAttributions(tokens, sentences, s, inQuote);
    bySentence.push(found);
    for (const a of found) attributions.push(a);
  }
  // attributions whose content holds, overlaps or touches a quotation. Contents are at most
  // MAX_CONTENT_TOKENS long (reported.ts), so a binary search and a window as long as the
  // longest content find them: a sentence holding thousands of quotes and cues stays linear
  const byContentStart = [...attributions].sort((x, y) => x.content.start - y.content.start);
  const lookback = Math.min(100_000, byContentStart.reduce((max, a) => Math.max(max, a.content.end - a.content.start), 0));
  const attributionsAround = (span: Span): Attribution[] => {
    const lo = firstNotBefore(byContentStart.length, (i) => byContentStart[i]!.content.start < span.start - lookback);
    const out: Attribution[] = [];
    for (let i = lo; i < byContentStart.length && byContentStart[i]!.content.start <= span.end + 1; i++) {
      const a = byContentStart[i]!;
      if (a.content.end >= span.start - 1) out.push(a);
    }
    return out;
  };

  // '"WALLACE: ...' a transcript whose turns sit in marks: the labels attribute each turn, not the marks
  const turnStarts = new Set(attributions.filter((a) => a.label && a.subject).map((a) => a.subject!.span.start));

  const drafts: Draft[] = [];
  const usedAttributions = new Set<Attribution>();
  const partialOf = new Map<Attribution, Draft>();

  for (const q of quotations) {
    const span = { start: q.pieces[0]!.start, end: q.pieces[q.pieces.length - 1]!.end };
    if (span.end <= span.start || turnStarts.has(skipSpaces(source, span.start))) continue;
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
      const share = quotedShare(letters(), host.content, q.pieces);
      if (share < DIRECT_SHARE) {
        usedAttributions.add(host);
        // an inner cue whose content is just this quotation is the same report
        for (const a of around) if (a !== host && quotedShare(letters(), a.content, q.pieces) >= DIRECT_SHARE) usedAttributions.add(a);
        const existing = partialOf.get(host);
        if (existing) for (const p of q.pieces) existing.quoted.push(p);
        else {
          const draft: Draft = {
            kind: 'partial',
            span: partialSpan(host),
            endsAtQuote: endsAtQuote(host),
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
    // (a headline's 'Warren: ‘You Should Be Criminally Investigated.’' is title-cased speech, attributed by its colon)
    const colonLabel = host !== null && source.slice(host.cue.start, host.cue.end) === ':';
    if (!colonLabel && titleLike(source.slice(span.start, span.end))) {
      // nor is a cue whose whole content is the title ('said on "Fox and Friends."') reporting anything
      for (const a of around) if (quotedShare(letters(), a.content, q.pieces) >= TITLE_SHARE) usedAttributions.add(a);
      continue;
    }
    const covering = around.filter((a) => a.content.start < span.end && span.start < a.content.end);
    if (direct) {
      for (const a of covering) if (quotedShare(letters(), a.content, q.pieces) >= DIRECT_SHARE || sameCue(a, direct)) usedAttributions.add(a);
      // 'Not paying taxes "makes me smart," Trump said': the speaker's sentence opens before the marks
      const lead = direct.after && q.pieces.length === 1 ? paraphraseLead(source, tokens, sentences, q.open) : null;
      drafts.push({
        kind: lead === null ? 'direct' : 'partial',
        span: lead === null ? span : { start: lead, end: span.end },
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
      // 'what he called "a clear threat"', 'an explosion that de Blasio described as "an intentional act"':
      // the relative clause naming the speaker is part of the reported content
      const lead = host.subject ? relativeLead(tokens, host.subject) : null;
      const kind = lead === null ? 'direct' : 'partial';
      const hostSpan = lead === null ? span : { start: lead, end: closingMarkEnd(source, span.end) };
      drafts.push({ kind, span: hostSpan, quoted: [...q.pieces], subject: host.subject, cue: host.cue, paragraph, continues: false, clauseEnd: span.end, after: false });
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

  const allPieces = quotations.flatMap((q) => q.pieces).sort((x, y) => x.start - y.start);

  // direct quotes by the sentences they touch, to keep reported speech they already cover out
  const directInSentence = new Map<number, Span[]>();
  for (const d of drafts) {
    if (d.kind !== 'direct') continue;
    const from = tokens[Math.min(tokenAt(tokens, d.span.start), tokens.length - 1)]!.sentence;
    const to = tokens[Math.min(tokenAt(tokens, Math.max(d.span.start, d.span.end - 1)), tokens.length - 1)]!.sentence;
    for (let s = from; s <= to; s++) {
      const list = directInSentence.get(s);
      if (list) list.push(d.span);
      else directInSentence.set(s, [d.span]);
    }
  }
  for (const list of directInSentence.values()) list.sort((x, y) => x.start - y.start);
  const longestDirect = drafts.reduce((max, d) => (d.kind === 'direct' ? Math.max(max, d.span.end - d.span.start) : max), 0);
  for (const a of attributions) {
    if (usedAttributions.has(a) || a.nested) continue;
    if (overlapsMostly(directInSentence.get(a.sentence), longestDirect, a.content)) continue;
    const sentence = sentences[a.sentence]!;
    const span = a.narrow ?? a.content;
    // quoted words left inside ('proclaimed a goal of "Peace Through Strength"', a turn quoting "Shark Tank") make it partial
    const quoted = piecesWithin(allPieces, span);
    drafts.push({
      kind: quoted.length > 0 ? 'partial' : 'indirect',
      span,
      quoted,
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
    if (d.endsAtQuote) {
      const end = closingMarkEnd(source, d.quoted.reduce((max, p) => Math.max(max, p.end), 0));
      if (end < d.span.end && SETTING_AFTER_QUOTE.test(source.slice(end, end + 12))) d.span = { start: d.span.start, end };
    }
  }
  drafts.sort((x, y) => x.span.start - y.span.start || y.span.end - x.span.end);
  const joined = joinInterrupted(source, drafts);
  const quotes = finish(doc, joined);
  const warnings: Warning[] = quotes
    .filter((q) => q.speaker.name === null && q.speaker.entityId === null)
    .map((q) => ({ code: 'quote-without-speaker', message: `no speaker found for quote ${q.id}`, span: q.span }));
  return warnings.length > 0 ? { quotes, warnings } : { quotes };
}

/** The first offset at or after `from` (at most a few characters on) that is not whitespace. */
function skipSpaces(source: string, from: number): number {
  let i = from;
  while (i < source.length && i - from < 3 && /\s/.test(source[i]!)) i++;
  return i;
}

/** The span of a partial quote's reported content (its quoted pieces are added later). */
function partialSpan(host: Attribution): Span {
  return host.narrow ?? host.content;
}

/** An object or infinitive content ends with its quoted words: what follows is the narrator's setting. */
function endsAtQuote(host: Attribution): boolean {
  return host.frame === 'object' || host.frame === 'objectTo' || host.frame === 'infinitive';
}

/**
 * Start of "what" / "which" (or of the noun phrase before "that") opening the
 * relative clause whose subject is `subject`, or null.
 */
function relativeLead(tokens: readonly Token[], subject: Phrase): number | null {
  const rel = tokens[subject.tokenStart - 1];
  if (!rel) return null;
  if (rel.lower === 'what' || rel.lower === 'which') return rel.start;
  if (rel.lower !== 'that') return null;
  const head = phraseEndingAt(tokens, subject.tokenStart - 1, Math.max(0, subject.tokenStart - 8));
  return head && head.kind !== 'pronoun' ? head.span.start : null;
}

/** The quoted pieces (sorted by start) lying wholly inside `span`. */
function piecesWithin(pieces: readonly Span[], span: Span): Span[] {
  const lo = firstNotBefore(pieces.length, (i) => pieces[i]!.start < span.start);
  const out: Span[] = [];
  for (let i = lo; i < pieces.length && pieces[i]!.start < span.end; i++) if (pieces[i]!.end <= span.end && pieces[i]!.end > pieces[i]!.start) out.push(pieces[i]!);
  return out;
}

/** Index of the region holding `offset` (regions are sorted and disjoint; a region's end counts as inside), or -1. */
function regionAt(regions: readonly Span[], offset: number): number {
  const i = firstNotBefore(regions.length, (k) => regions[k]!.end < offset);
  return i < regions.length && regions[i]!.start <= offset ? i : -1;
}

function sameCue(a: Attribution, d: DirectAttribution): boolean {
  return a.cue.start === d.cue.start;
}

/** The layer's inside-quotation flags as the mask the cue search takes. */
function quotedFlags(tokens: readonly Token[]): Uint8Array {
  const mask = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) if (tokens[i]!.inQuote) mask[i] = 1;
  return mask;
}

function endsSentence(source: string, span: Span): boolean {
  return /[.!?…][\s'’"”)]*$/.test(source.slice(Math.max(span.start, span.end - 4), span.end));
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

/** The opening mark starts its sentence: a quotation standing alone, not a phrase inside someone's sentence. */
function opensSentence(source: string, tokens: readonly Token[], sentences: readonly Sentence[], open: Span): boolean {
  const t = tokens[tokenAt(tokens, open.start)];
  const sentence = t ? sentences[t.sentence] : undefined;
  if (!sentence) return false;
  return /^[\s"“'‘`(]*$/.test(source.slice(sentence.start, open.start));
}

/**
 * Start of the unquoted words that open the quotation's sentence and run into
 * it ('However laudable the goal, using the tax "is a misguided approach," he
 * said'), or null when the marks open the sentence or only a short setting
 * precedes them.
 */
function paraphraseLead(source: string, tokens: readonly Token[], sentences: readonly Sentence[], open: Span): number | null {
  const t = tokens[tokenAt(tokens, open.start)];
  const sentence = t ? sentences[t.sentence] : undefined;
  if (!sentence || sentence.start >= open.start) return null;
  let words = 0;
  for (let k = sentence.tokenStart; k < tokens.length && tokens[k]!.end <= open.start; k++) {
    if (tokens[k]!.pos !== 'PUNCT') words++;
  }
  if (words < MIN_LEAD_WORDS) return null;
  return sentence.start;
}

/** What may follow an object's quoted words without belonging to them: a dash aside or a time or place setting. */
const SETTING_AFTER_QUOTE = /^[.,]?\s{0,2}(?:[\u2014\u2015\u2013]|--?\s|(?:during|on|at|in|since|after|before|while|when|last|this|earlier|later|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)/i;

/** Offset just past the closing mark (and a period or comma inside it) that follows a quoted piece ending at `end`. */
function closingMarkEnd(source: string, end: number): number {
  const m = /^[”"’'`]{1,2}/.exec(source.slice(end, end + 2));
  return m ? end + m[0].length : end;
}

/**
 * Letters and digits before each offset of the source (prefix sums), so the
 * letters of any span are counted in constant time.
 */
function lettersBefore(source: string): Int32Array {
  const counts = new Int32Array(source.length + 1);
  for (let i = 0; i < source.length; i++) counts[i + 1] = counts[i]! + (LETTER_OR_DIGIT.test(source[i]!) ? 1 : 0);
  return counts;
}
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Share of the content's letters that sit inside quotation marks. */
function quotedShare(counts: Int32Array, content: Span, pieces: readonly Span[]): number {
  const total = counts[content.end]! - counts[content.start]!;
  if (total === 0) return 0;
  let inside = 0;
  for (const p of pieces) {
    const s = Math.max(p.start, content.start);
    const e = Math.min(p.end, content.end);
    if (e > s) inside += counts[e]! - counts[s]!;
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
      for (const p of d.quoted) prev.quoted.push(p);
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
  const resolver = new SpeakerResolver(doc);
  const quotes: Quote[] = [];
  let previous: { speaker: Speaker; paragraph: number } | null = null;
  for (const d of drafts) {
    let speaker: Speaker;
    if (d.subject) speaker = resolver.resolve(d.subject);
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

/**
 * Does a direct quote (spans in order of start, none longer than `longest`)
 * cover more than half of `content`? Only quotes starting within `longest`
 * before the content can reach it.
 */
function overlapsMostly(directs: readonly Span[] | undefined, longest: number, content: Span): boolean {
  if (!directs || directs.length === 0) return false;
  const lo = firstNotBefore(directs.length, (i) => directs[i]!.start + longest < content.start);
  for (let i = lo; i < directs.length && directs[i]!.start < content.end; i++) if (overlapShare(content, directs[i]!) > 0.5) return true;
  return false;
}
