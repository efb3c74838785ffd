import { lineBreakEndsUnit } from '../../../nlp/line-breaks';
import { tokenAt, type Sentence, type Span, type Token } from '../../../document';
import { isDashOrHyphen } from '../../../nlp/hyphens';
import { isVerbal, newClauseAt } from '../boundaries';
import type { QuotePass } from '../pass';
import { DIRECT_SHARE, quotedShare, sameCue } from '../quoted';

/** Unquoted words before the marks that make a trailing-attribution quote a partial one. */
const MIN_LEAD_WORDS = 2;

/**
 * '"...," he said', 'X said: "..."': a quotation with its cue at the marks is
 * a direct quote (a partial one when the speaker's sentence opens before the
 * marks). Reported contents that are just this quotation, or share its cue,
 * are the same report.
 */
export const cuedQuotes: QuotePass = {
  name: '03-cued-quotes',
  run(ctx, drafts) {
    const { tokens, sentences } = ctx;
    const { usedAttributions: used, claimed } = ctx.state;
    const out = [...drafts];
    for (const site of ctx.sites) {
      const { direct, span, quotation: q } = site;
      if (claimed.has(site.index) || !direct) continue;
      claimed.add(site.index);
      const covering = site.around.filter((a) => a.content.start < span.end && span.start < a.content.end);
      for (const a of covering) if (quotedShare(ctx.letters(), a.content, q.pieces) >= DIRECT_SHARE || sameCue(a, direct)) used.add(a);
      // 'Not paying taxes "makes me smart," Trump said': the speaker's sentence opens before the marks
      const lead = direct.after && q.pieces.length === 1 ? paraphraseLead(tokens, sentences, q.open) : null;
      out.push({
        kind: lead === null ? 'direct' : 'partial',
        span: lead === null ? span : { start: lead, end: span.end },
        quoted: [...q.pieces],
        subject: direct.subject,
        cue: direct.cue,
        paragraph: site.paragraph,
        continues: false,
        interruptions: [],
        clauseEnd: direct.clauseEnd,
        after: direct.after,
        order: site.index,
      });
    }
    return out;
  },
};

/**
 * Start of the unquoted words that open the quotation's sentence and run into
 * it ('However laudable the goal, using the tax "is a misguided approach," he
 * said'), or null when the marks open the sentence or only a short setting
 * precedes them.
 */
function paraphraseLead(tokens: readonly Token[], sentences: readonly Sentence[], open: Span): number | null {
  const t = tokens[tokenAt(tokens, open.start)];
  const sentence = t ? sentences[t.sentence] : undefined;
  if (!sentence || sentence.start >= open.start) return null;
  // 'He fulminated against the plan - "I love Oreos," he said': a dash or colon ends the narrator's words
  const before = tokens[tokenAt(tokens, open.start) - 1];
  if (before && (before.text === ':' || isDashOrHyphen(before.text))) return null;
  const mark = tokenAt(tokens, open.start);
  const from = onMarksLine(tokens, leadStart(tokens, sentence.tokenStart, mark), mark);
  let words = 0;
  for (let k = from; k < mark; k++) {
    if (tokens[k]!.pos !== 'PUNCT') words++;
  }
  if (words < MIN_LEAD_WORDS) return null;
  return tokens[from]!.start;
}

/**
 * The lead's start moved past a line break before the marks that ends a unit
 * (src/nlp/line-breaks.ts): unquoted words never run into a quotation from a
 * byline or headline line above ('"..." ― Sonya Herridge' / '"During the debate
 * ..." ― Pamela Padilla': a list of quotes each followed by its speaker, one a
 * line, where the sentence splitter sees no end after the name). A hard wrap
 * inside the sentence ('... to pay for the\nnew road "is ..."') keeps the lead
 * whole. `mark` itself opening its line after such a break leaves no lead.
 */
function onMarksLine(tokens: readonly Token[], from: number, mark: number): number {
  for (let k = mark; k > from; k--) if (lineBreakEndsUnit(tokens, k)) return k;
  return from;
}

/**
 * Where the clause holding the marks starts: after the last comma, "and",
 * "but" or semicolon that a new clause follows ('... in recent weeks and that
 * will take time to "cool off," Kunin said'), else the sentence start (an
 * opening phrase stays: PolNeAR keeps 'With thousands of systems, "there is
 * no single point of failure," he said' whole).
 */
function leadStart(tokens: readonly Token[], first: number, mark: number): number {
  for (let k = mark - 1; k > first; k--) {
    const prev = tokens[k - 1]!;
    if (!(prev.text === ',' || prev.text === ';' || prev.lower === 'and' || prev.lower === 'but')) continue;
    if (newClauseAt(tokens, k, mark) || (tokens[k]!.lower === 'that' && isVerbal(tokens[k + 1]))) return k;
  }
  return first;
}
