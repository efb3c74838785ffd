import type { Sentence, Span, Token } from '../../../document';
import type { Draft, QuotePass } from '../pass';
import { excerpt, note } from '../trace';
import { isOpeningMarkNotApostrophe } from '../content';
import { closingMarkEnd } from '../quoted';
import { SETTING_TIME_WORDS } from '../../../nlp/time-words';

const NAME = '12-lead-into-quote';

/** Words a lead may run to before its attribution: a sentence's opening clause, not a paragraph of it. */
const MAX_LEAD_TOKENS = 40;

/**
 * 'No name change, he said, "hides what it really is."', 'In cases of
 * abortion, the group said, "the woman is a victim."': an attribution set off
 * by commas interrupts one sentence whose words open outside the marks. The
 * quoted words go on in lower case, so they finish the clause the lead
 * began; PolNeAR's content (and a reader's) is that whole clause, the
 * attribution left out. The draft becomes a partial quote whose span runs from
 * the lead's start (the sentence's, or the comma before the lead: '...,
 * which is an outcome, he said, "we've long anticipated."') over the
 * attribution to the closing mark; its `quoted` parts stay the marked words,
 * so the part-by-part score is unchanged. A lead holding quoted words, a
 * quotation opening with a capital ('As Freddy stumbled, Mr. Trump said,
 * "I watched him."': a setting, then a sentence of its own) or an attribution
 * with no comma before its subject is left as it is, and so is a lead of one
 * word ('including, he said, "..."') or only a time setting ('On Monday, Smith said, "we will see."').
 */
export const leadIntoQuote: QuotePass = {
  name: NAME,
  run(ctx, drafts) {
    const { source, tokens, sentences } = ctx;
    return drafts.map((d) => {
      const lead = leadOf(source, tokens, sentences, d);
      if (!lead) return d;
      note(ctx.trace, NAME, () => `#${d.order} ${excerpt(source, d.span.start, d.span.end)} takes its lead from ${lead.start}`);
      return { ...d, kind: 'partial', span: { start: lead.start, end: closingMarkEnd(source, d.span.end) }, interruptions: [lead.attribution, ...d.interruptions] };
    });
  },
};

/**
 * Where the lead of `d` starts ('No name change' in 'No name change, he said, "hides ..."') and the
 * attribution between its commas (', he said,': not the speaker's words), or null when `d` has none.
 */
function leadOf(source: string, tokens: readonly Token[], sentences: readonly Sentence[], d: Draft): { start: number; attribution: Span } | null {
  const lead = leadStart(source, tokens, sentences, d);
  if (!lead) return null;
  const comma = tokens[d.subject!.tokenStart - 1]!;
  return { start: lead.start, attribution: { start: comma.start, end: lead.attributionEnd } };
}

/**
 * Where the lead of `d` starts and where its attribution ends (after the comma that closes 'he said,',
 * read from the same match that requires it), or null when `d` has none.
 */
function leadStart(source: string, tokens: readonly Token[], sentences: readonly Sentence[], d: Draft): { start: number; attributionEnd: number } | null {
  if (d.kind !== 'direct' || d.after || !d.cue || !d.subject || d.quoted.length === 0) return null;
  const first = d.quoted[0]!;
  // the quoted words finish the lead's sentence: they open in lower case
  if (!/^\p{Ll}/u.test(source.slice(first.start, first.start + 1))) return null;
  // only a comma between the cue and the marks: 'he said, "..."' (the attribution runs up to it)
  const gap = /^(\s*,)\s*["“‘`']{1,2}$/.exec(source.slice(d.cue.end, first.start));
  if (!gap) return null;
  const attributionEnd = d.cue.end + gap[1]!.length;
  const comma = d.subject.tokenStart - 1;
  if (tokens[comma]?.text !== ',') return null;
  const sentence = sentences[tokens[comma]!.sentence];
  if (!sentence || comma - sentence.tokenStart > MAX_LEAD_TOKENS) return null;
  // the lead is the clause before the attribution: from the sentence's start or the comma before it ('..., which is an outcome, he said, "..."')
  let from = comma;
  while (from > sentence.tokenStart && tokens[from - 1]!.text !== ',') from--;
  while (from < comma && /^[\s"“”'‘’`]+$/.test(tokens[from]!.text)) from++;
  // 'including, he said, "..."', 'also, Sanders said, "..."': one word is no lead
  if (comma - from < 2) return null;
  // a plural possessive's apostrophe ('the teachers' union') is no mark: the tokenizer splits "''" into two "'"
  for (let k = from; k < comma; k++) if (tokens[k]!.inQuote || isOpeningMarkNotApostrophe(tokens[k])) return null;
  // 'On Monday, Smith said, "we will see."': a time setting is no part of what was said
  if (timeSetting(tokens, from, comma)) return null;
  return { start: tokens[from]!.start, attributionEnd };
}

/** Tokens `from` to `to` are only a time setting: time words, numbers, prepositions and determiners ('On Monday', 'Later that day'). */
function timeSetting(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (!(SETTING_TIME_WORDS.has(t.lower) || t.pos === 'NUM' || t.pos === 'ADP' || t.pos === 'DET' || t.pos === 'PUNCT' || t.pos === 'ADV')) return false;
  }
  return true;
}
