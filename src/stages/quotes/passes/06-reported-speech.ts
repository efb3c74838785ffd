import { tokenAt, type Quotation, type Span, type Token } from '../../../document';
import { afterNamingWord, thatAfterTitle } from './02-titles';
import { firstNotBefore } from '../../../nlp/search';
import type { Draft, QuotePass } from '../pass';

/**
 * Reported speech: every attribution no quotation has used, whose cue no
 * direct quote took, that is not nested in another's content and that
 * direct quotes do not already mostly cover. Quoted words left inside ('proclaimed a goal of "Peace Through
 * Strength"') make it partial, else it is indirect.
 */
export const reportedSpeech: QuotePass = {
  name: '06-reported-speech',
  run(ctx, drafts) {
    const { sentences } = ctx;
    const covered = directCoverage(ctx.tokens, drafts);
    // '"...," Hollande said Friday as he entered the talks': a cue a direct quote took reports nothing more
    // (a weak draft's cue, one it could not read a speaker for, takes nothing: 10-drop-weak drops it unless it joins a quote)
    const directCues = new Set(drafts.filter((d) => d.kind === 'direct' && d.cue && !d.weak).map((d) => d.cue!.start));
    const out = [...drafts];
    // 'published a report titled "Securing Our Borders"': a named title is no quoted words of the report's (02-titles)
    const titled = new Set(ctx.quotations.filter((q) => afterNamingWord(ctx.tokens, q.open.start)).flatMap((q) => q.pieces.map((p) => p.start)));
    const quotedIn = (span: Span): Span[] => piecesWithin(ctx.pieces, span).filter((p) => !titled.has(p.start));
    // quotations by the offset of their opening mark, built at the first content opening with a title
    let byOpen: Map<number, Quotation> | undefined;
    ctx.attributions.forEach((a, i) => {
      if (ctx.state.usedAttributions.has(a) || a.nested || directCues.has(a.cue.start)) return;
      if (covered(a.sentence, a.content)) return;
      let span = a.narrow ?? a.content;
      let quoted = quotedIn(span);
      if (ctx.state.titleOpens.has(span.start)) {
        // 'said on "Morning Joe," after the debate': a content that opens with a title in marks is the cue's setting, no report;
        // 'said on "Meet the Press" that the bill would pass': what the "that" after the title opens is
        byOpen ??= new Map(ctx.quotations.map((q) => [q.open.start, q]));
        const that = thatAfterTitle(ctx.tokens, byOpen.get(span.start));
        if (that < 0 || ctx.tokens[that + 1] === undefined || ctx.tokens[that + 1]!.start >= span.end) return;
        span = { start: ctx.tokens[that]!.start, end: span.end };
        quoted = quotedIn(span);
        // an indirect content starts past its "that" as every other does; a partial keeps it, as 07-partial-spans does
        if (quoted.length === 0) span = { start: ctx.tokens[that + 1]!.start, end: span.end };
      }
      out.push({
        kind: quoted.length > 0 ? 'partial' : 'indirect',
        span,
        quoted,
        subject: a.subject,
        cue: a.cue,
        paragraph: sentences[a.sentence]!.paragraph,
        continues: false,
        interruptions: a.interruption ? [a.interruption] : [],
        clauseEnd: a.content.end,
        after: false,
        order: ctx.quotations.length + i,
      });
    });
    return out;
  },
};

/** Does a direct draft touching sentence `s` cover more than half of `content`? Direct quotes indexed by the sentences they touch. */
function directCoverage(tokens: readonly Token[], drafts: readonly Draft[]): (s: number, content: Span) => boolean {
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
  const longest = drafts.reduce((max, d) => (d.kind === 'direct' ? Math.max(max, d.span.end - d.span.start) : max), 0);
  return (s, content) => overlapsMostly(directInSentence.get(s), longest, content);
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

function overlapShare(a: Span, b: Span): number {
  const o = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return o <= 0 ? 0 : o / Math.max(1, a.end - a.start);
}

/** The quoted pieces (sorted by start) lying wholly inside `span`. */
function piecesWithin(pieces: readonly Span[], span: Span): Span[] {
  const lo = firstNotBefore(pieces.length, (i) => pieces[i]!.start < span.start);
  const out: Span[] = [];
  for (let i = lo; i < pieces.length && pieces[i]!.start < span.end; i++) if (pieces[i]!.end <= span.end && pieces[i]!.end > pieces[i]!.start) out.push(pieces[i]!);
  return out;
}
