import type { Token } from '../../../document';
import { addAttribution, cueSpan, type AttributionStep } from '../attribution';
import { contentEnd, isOpeningMark } from '../content';
import { phraseStartingAt } from '../phrases';

/** Words that open what was asked after its agent: an indirect question, its topic or the infinitive asked for. */
const QUESTION_OPENERS: ReadonlySet<string> = new Set(['whether', 'if', 'why', 'how', 'what', 'when', 'where', 'who', 'which', 'about', 'to']);

/** Tokens a setting may hold between the agent and the question ('on Thursday', 'at a briefing Monday'). */
const MAX_SETTING = 6;

/**
 * "Asked by Stephanopoulos to respond to Trump's criticism, Carson said ...",
 * "When asked by a reporter whether this differed from ..., Trump said ...",
 * "Cain was asked by a caller why young Syrian men are coming": the agent
 * after 'asked by' asks, and what it asks follows it ('whether', 'why',
 * 'about', an infinitive). 06-passive-agent reads a passive cue's content
 * before 'by' ('described as "heartbreaking" by ...'); a question comes after
 * its asker, so 'ask' is read here. The asked one does not speak the
 * question: it is never the speaker.
 */
export const askedBy: AttributionStep = {
  name: 'asked-by',
  run(ctx, found) {
    const { tokens, end } = ctx;
    const out = [...found];
    for (const cue of ctx.cues) {
      const head = tokens[cue.start]!;
      if (cue.end - cue.start !== 1 || head.lower !== 'asked' || tokens[cue.end]?.lower !== 'by') continue;
      const agent = phraseStartingAt(tokens, cue.end + 1, end);
      if (!agent || agent.kind === 'pronoun' || tokens[agent.tokenStart]!.pos === 'PRON' || agent.tokenStart !== cue.end + 1) continue;
      const from = questionStart(tokens, agent.tokenEnd, end);
      if (from < 0) continue;
      const to = contentEnd(tokens, from, end, 'object', ctx.stops);
      if (to > from + 1) addAttribution(out, ctx, cueSpan(tokens, cue), agent, from, to, to, 'object');
    }
    return out;
  },
};

/** Where the question opens after the agent, past a short setting with no comma or verb; or -1. */
function questionStart(tokens: readonly Token[], from: number, end: number): number {
  for (let k = from; k < end && k - from <= MAX_SETTING; k++) {
    const t = tokens[k]!;
    if (t.inQuote || isOpeningMark(t) || t.text === ',' || t.pos === 'AUX') return -1;
    if (QUESTION_OPENERS.has(t.lower)) return t.lower === 'to' && tokens[k + 1]?.pos !== 'VERB' ? -1 : k;
    if (t.pos === 'VERB') return -1;
  }
  return -1;
}
