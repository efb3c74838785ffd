import type { Token } from '../../../document';
import words from '../../../data/quotes/words.json';
import { addAttribution, cueSpan, type AttributionStep } from '../attribution';
import { negatedCue } from '../cue-negation';
import { lemmasOf } from '../../../nlp/morphology';
import { afterPassiveAuxiliary, passiveSubjectMessageVerbs } from '../lexicon';
import { wordBeforeAdverbs } from '../../../nlp/passive';
import { phraseEndingAt, phraseStartingAt, type Phrase } from '../phrases';

/**
 * "The loss was described as 'heartbreaking' by the conservation department":
 * a passive speech verb whose agent follows "by". The agent is the speaker;
 * the content runs from the cue to "by". The active steps skip a passive cue
 * (05-verb-cues `blockedBefore`), so nothing is found twice.
 */
/** Frames whose first object is the one spoken to ('told X that', 'asked X to'). */
const ADDRESSEE_FRAMES: ReadonlySet<string> = new Set(['objectClause', 'objectTo']);

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
      // 'was found in 2024 by Gareth Pryce', 'was announced on Monday by the mayor': a setting alone between
      // the cue and 'by' is no message; only a message verb's subject can then be what was said (below)
      // a negated passive says the agent did not say it ('The plan wasn't described as a failure by Biden'), as the
      // active form does, which reports nothing ('Biden didn't describe the plan as a failure')
      if (negatedCue(tokens, cueSpan(tokens, cue))) continue;
      if (by > cue.end && !settingOnly(tokens, cue.end)) {
        addAttribution(out, ctx, cueSpan(tokens, cue), agent, cue.end, by);
        continue;
      }
      // 'The meeting was first reported by Politico': nothing between the cue and 'by', so what was
      // reported is the passive's subject, a noun phrase opening the sentence; not when the agent goes on
      // to a question or clause of its own ('was asked by them why ...': asked-by.ts)
      // a verb with an addressee frame ('asked', 'told', 'urged') makes its passive subject the addressee
      if (!agentClosesClause(tokens, agent, end) || cue.frames.some((f) => ADDRESSEE_FRAMES.has(f))) continue;
      // only a message verb's subject is what was said ('was reported by'); 'The proposal was rejected by the
      // council' names what the agent judged, not its words
      if (!lemmasOf(tokens[cue.start]!).some((l) => passiveSubjectMessageVerbs.has(l))) continue;
      const subject = passiveSubject(tokens, cue.start, first);
      if (subject) addAttribution(out, ctx, cueSpan(tokens, cue), agent, subject.tokenStart, subject.tokenEnd);
    }
    return out;
  },
};

/** Prepositions that open a passive cue's complement before 'by', not a setting: a label's 'as' (words.json). */
const PASSIVE_COMPLEMENT_PREPOSITIONS: ReadonlySet<string> = new Set(words.passiveComplementPrepositions.words);

/**
 * What follows the cue opens with a preposition that starts no passive complement ('in 2024', 'on Monday'): a
 * setting, not a message. The active complement prepositions are not enough here: 'was told of the plan by his
 * lawyer' names the topic ('of'), 'was described to him by a reporter' the addressee ('to'), and neither is what
 * the agent said.
 */
function settingOnly(tokens: readonly Token[], from: number): boolean {
  const lead = tokens[from];
  return lead !== undefined && lead.pos === 'ADP' && !PASSIVE_COMPLEMENT_PREPOSITIONS.has(lead.lower);
}

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

/** The noun phrase that opens the sentence right before the passive auxiliary of the cue at `cue` (adverbs between allowed), not a pronoun; or null. */
function passiveSubject(tokens: readonly Token[], cue: number, first: number): Phrase | null {
  // (never below the sentence's first word: the subject needs one)
  const aux = wordBeforeAdverbs(tokens, cue, first + 1);
  const subject = phraseEndingAt(tokens, aux, first);
  return subject && subject.tokenStart === first && subject.kind !== 'pronoun' ? subject : null;
}

/** The agent is a name or noun (no pronoun) after which the clause ends: the sentence's end, punctuation or a setting's preposition. */
function agentClosesClause(tokens: readonly Token[], agent: Phrase, end: number): boolean {
  for (let k = agent.tokenStart; k < agent.tokenEnd; k++) if (tokens[k]!.pos === 'PRON') return false;
  const after = tokens[agent.tokenEnd];
  return agent.tokenEnd >= end || !after || after.pos === 'PUNCT' || after.pos === 'ADP';
}
