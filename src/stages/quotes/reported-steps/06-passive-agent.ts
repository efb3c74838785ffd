import type { Token } from '../../../document';
import { addAttribution, cueSpan, type AttributionStep } from '../attribution';
import { afterPassiveAuxiliary } from '../lexicon';
import { phraseStartingAt } from '../phrases';

/**
 * "The loss was described as 'heartbreaking' by the conservation department":
 * a passive speech verb whose agent follows "by". The agent is the speaker;
 * the content runs from the cue to "by". The active steps skip a passive cue
 * (05-verb-cues `blockedBefore`), so nothing is found twice.
 */
export const passiveAgent: AttributionStep = {
  name: '06-passive-agent',
  run(ctx, found) {
    const { tokens, first, end } = ctx;
    const out = [...found];
    for (const cue of ctx.cues) {
      if (cue.participle || !afterPassiveAuxiliary(tokens, cue.start, first)) continue;
      const by = agentMarker(tokens, cue.end, end);
      if (by < 0) continue;
      const agent = phraseStartingAt(tokens, by + 1, end);
      if (!agent || agent.kind === 'pronoun' || agent.tokenStart !== by + 1) continue;
      addAttribution(out, ctx, cueSpan(tokens, cue), agent, cue.end, by);
    }
    return out;
  },
};

/** The "by" after a passive cue, outside quotation marks and before any comma or clause, within 12 tokens; or -1. */
function agentMarker(tokens: readonly Token[], from: number, end: number): number {
  for (let k = from; k < end && k - from <= 12; k++) {
    const t = tokens[k]!;
    if (t.inQuote) continue;
    if (t.lower === 'by') return k;
    if (t.text === ',' || t.text === ';' || t.lower === 'that' || t.pos === 'AUX') return -1;
  }
  return -1;
}
