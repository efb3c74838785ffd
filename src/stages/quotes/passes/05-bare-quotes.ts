import { tokenAt, type Sentence, type Span, type Token } from '../../../document';
import type { Quotation } from '../../../nlp/quotations';
import type { Attribution } from '../attribution';
import type { Draft, QuotationSite, QuotePass } from '../pass';
import { closingMarkEnd } from '../quoted';
import { colonCue, readsAsSentence } from '../colon-cue';
import { sentenceCue, type SentenceCue } from '../sentence-cue';
import { thatClauseLead } from '../that-clause-lead';
import { labelAs } from '../label-as';

/**
 * No cue in reach: a bare quote paragraph continues the previous speaker
 * (finish() copies it), unless a speech cue stands right after its marks
 * whose speaker could not be read (unread-cue.ts): then it has no speaker. Quoted words inside a sentence whose speech cue
 * governs them ('Swers said because ..., "he's a very good surrogate."') are
 * that cue's (sentence-cue.ts). A short phrase, or one inside someone's sentence, is
 * a scare quote: marked weak, it is kept only if it turns out to be the
 * second half of '"A," she said. "B."' (09-join-interrupted, 10-drop-weak).
 */
export const bareQuotes: QuotePass = {
  name: '05-bare-quotes',
  run(ctx, drafts) {
    const { source, tokens, sentences } = ctx;
    const out = [...drafts];
    for (const site of ctx.sites) {
      const { span, quotation: q } = site;
      if (ctx.state.claimed.has(site.index) || site.direct || site.host) continue;
      ctx.state.claimed.add(site.index);
      const weak = !isSpeechLike(source, tokens, q, span) || !opensSentence(source, tokens, sentences, q.open);
      const lent = weak ? (sentenceCue(tokens, sentences, site) ?? (isSpeechLike(source, tokens, q, span) || readsAsSentence(source, span) ? colonCue(tokens, sentences, site, source) : null) ?? thatClauseLead(tokens, sentences, site) ?? labelAs(tokens, sentences, site)) : null;
      if (lent) {
        // 'praising Jeb Bush, who ended his bid, as "..."': the cue's content that stopped at the object's aside is this report too
        const stopped = lent.attribution ?? ctx.attributionsAround({ start: lent.contentStart, end: site.span.start }).find((a) => a.cue.start === lent.cue.start) ?? null;
        out.push(lentCueDraft(source, site, { ...lent, attribution: stopped }, ctx.state.usedAttributions));
        continue;
      }
      out.push({
        weak,
        kind: 'direct',
        span,
        quoted: [...q.pieces],
        subject: null,
        // '"...," added lead investigator Sam Reed': a cue of its own we could not read keeps it from the previous speaker and from the quote before (09, 11)
        cue: site.unreadCue,
        paragraph: site.paragraph,
        continues: site.unreadCue === null,
        interruptions: [],
        clauseEnd: span.end,
        after: false,
        order: site.index,
      });
    }
    return out;
  },
};

/** The quote a sentence's cue makes of quoted words inside it (sentence-cue.ts); its reported content, if any, is used. */
function lentCueDraft(source: string, site: QuotationSite, lent: SentenceCue, used: Set<Attribution>): Draft {
  if (lent.attribution) used.add(lent.attribution);
  const direct = lent.contentStart >= site.span.start - 1;
  const markEnd = closingMarkEnd(source, site.span.end);
  return {
    kind: direct ? 'direct' : 'partial',
    // the cue's content may run on past the closing mark; 07-partial-spans cuts it where an object's setting or a closing comma ends it
    span: direct ? site.span : { start: lent.contentStart, end: Math.max(markEnd, lent.contentEnd ?? markEnd) },
    ...(lent.endsAtQuote ? { endsAtQuote: true } : {}),
    quoted: [...site.quotation.pieces],
    subject: lent.subject,
    cue: lent.cue,
    paragraph: site.paragraph,
    continues: false,
    interruptions: [],
    clauseEnd: site.span.end,
    after: false,
    order: site.index,
  };
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

/** The opening mark starts its sentence: a quotation standing alone, not a phrase inside someone's sentence. */
function opensSentence(source: string, tokens: readonly Token[], sentences: readonly Sentence[], open: Span): boolean {
  const t = tokens[tokenAt(tokens, open.start)];
  const sentence = t ? sentences[t.sentence] : undefined;
  if (!sentence) return false;
  return /^[\s"“'‘`(]*$/.test(source.slice(sentence.start, open.start));
}
