import type { Token } from '../../document';
import cues from '../../data/quotes/cues.json';
import { lemmasOf, isPastForm } from '../../nlp/morphology';
import { wordBeforeAdverbs } from '../../nlp/passive';
import { RELATIVE_PRONOUNS, isRelative } from '../../nlp/pronouns';
import type { CueMatch } from './lexicon';
import { phraseEndingAt } from './phrases';

/** Verbs whose active use puts the object before the preposition ('accused the army of'): cues.json `stance.objectFirst`. */
const OBJECT_FIRST: ReadonlySet<string> = new Set(cues.stance.objectFirst);

/**
 * "the Janjaweed militias accused of genocide", "a contractor blamed for the
 * leak": a past participle of a verb whose active use needs its object before
 * the preposition, right before that preposition and with no "have" before it,
 * is a reduced passive; the noun before it is the target, not the speaker.
 * Active only when its object was moved in front of the subject: after a
 * relative word or a noun ('which Hollande blamed for the attacks', 'the
 * militants Hollande blamed for'). A copula passive ('was accused of') is
 * blocked elsewhere (05-verb-cues `blockedBefore`).
 */
export function reducedPassiveAt(tokens: readonly Token[], cue: CueMatch, first: number): boolean {
  const verb = tokens[cue.start]!;
  if (cue.participle || cue.end - cue.start !== 2 || !isPastForm(verb.lower)) return false;
  if (!lemmasOf(verb).some((l) => OBJECT_FIRST.has(l))) return false;
  const k = wordBeforeAdverbs(tokens, cue.start, first);
  if (k < first) return true;
  // 'who have long blamed on him', 'has accused of': an active perfect (the object moved away)
  if (tokens[k]!.lemma === 'have' || tokens[k]!.pos === 'AUX') return false;
  const subject = phraseEndingAt(tokens, k + 1, first);
  if (!subject) return true;
  for (let j = subject.tokenStart; j < subject.tokenEnd; j++) if (isRelative(tokens[j], RELATIVE_PRONOUNS)) return false;
  const before = tokens[subject.tokenStart - 1];
  return !(before && subject.tokenStart - 1 >= first && (isRelative(before, RELATIVE_PRONOUNS) || before.pos === 'NOUN' || before.pos === 'PROPN' || before.pos === 'PRON'));
}
