import type { Span } from '../../document';
import type { EventStatus, EventTime, EventType } from '../../schema';

/** A lexicon hit: the trigger's tokens (first, last+1) and the type it names. */
export interface TriggerMatch {
  tokenStart: number;
  tokenEnd: number;
  /** where the event word itself starts: after a light verb that joined it ("issued [a statement]") */
  wordStart: number;
  type: EventType;
  /** the lexicon key that matched, e.g. "meet" for "met" */
  lemma: string;
  /** part of speech of the trigger's head token */
  pos: string;
}

/** One entity mention taken as an argument of an event mention. */
export interface EventArgument {
  entityId: string;
  role: string | null;
  /** the mention this argument was read from */
  span: Span;
}

/** How a mention's status was decided: a cue word, the verb's tense, or nothing (occurred by default). */
export type StatusEvidence = 'cue' | 'tense' | 'default';

/** One mention of an event in one sentence, before mentions of the same event are merged. */
export interface EventMention {
  type: EventType;
  trigger: { text: string; span: Span };
  /** token range of the trigger, and where its event word starts (see TriggerMatch.wordStart) */
  triggerTokens: { start: number; end: number; word: number };
  /** the lexicon key that matched */
  lemma: string;
  sentenceIndex: number;
  sentence: Span;
  participants: EventArgument[];
  location: EventArgument | null;
  time: EventTime | null;
  status: EventStatus;
  statusEvidence: StatusEvidence;
  /** a definite noun phrase ("the meeting", "such a meeting") that may point back to an earlier mention */
  anaphoric: boolean;
  /** in the headline, which names the story's event in few words and seldom with its participants */
  headline: boolean;
  /** proper-name modifiers right before a noun trigger ("g20" in "the G20 summit"): different names, different events */
  nameKey: string | null;
}
