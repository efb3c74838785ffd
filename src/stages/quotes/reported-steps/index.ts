import type { AttributionStep } from '../attribution';
import { speakerLabel } from './01-speaker-label';
import { headlineColon } from './02-headline-colon';
import { accordingTo } from './03-according-to';
import { reportingNouns } from './04-reporting-nouns';
import { verbCues } from './05-verb-cues';
import { passiveAgent } from './06-passive-agent';
import { nested } from './07-nested';
import { askedBy } from './asked-by';
import { lightVerbNouns } from './light-verb-nouns';
import { unperformedCues } from './unperformed-cues';
import { comparisonParticiples } from './comparison-participles';
import { readerQuestions } from './reader-questions';
import { pollSetting } from './poll-setting';

/** A transcript turn or labelled headline ("PENCE: ...") is attributed by its label alone: the cues inside are the speaker's words. */
export const TURN_STEPS: readonly AttributionStep[] = [speakerLabel];

/** Every other sentence, in this order (the order of the attributions found, which later passes keep). */
export const SENTENCE_STEPS: readonly AttributionStep[] = [headlineColon, accordingTo, pollSetting, reportingNouns, verbCues, lightVerbNouns, passiveAgent, askedBy, comparisonParticiples, nested, unperformedCues, readerQuestions];

/**
 * An interview's letter-labelled turn ('Q: The minister said last month that ...', 'A: I think ...'): the label names
 * no one (interview.ts), and the reports inside its first sentence are read as in any other sentence (as they are in
 * the turn's later sentences): a question quoting a minister quotes the minister.
 */
export const INTERVIEW_TURN_STEPS: readonly AttributionStep[] = [speakerLabel, ...SENTENCE_STEPS.filter((s) => s !== headlineColon)];

export { speakerLabel, headlineColon, accordingTo, reportingNouns, verbCues, passiveAgent, nested };
