import triggers from '../../data/events/triggers.json';
import { speechVerbEvents } from '../../nlp/speech-verbs';
import type { EventType } from '../../schema';

export type ContextSide = 'before' | 'after' | 'either';

/** One sense of a trigger word: the first sense whose POS and context fit decides the word. */
export interface TriggerSense {
  type: EventType;
  pos: readonly string[];
  /** lemmas of which one must occur within `window` tokens (same sentence) */
  context?: ReadonlySet<string>;
  window: number;
  /** which side of the word the context is read on: "the heart attack" has its modifier before, never after */
  side: ContextSide;
  /** a sense that, when it fits, means "not an event here" ("financial statement") */
  skip: boolean;
}

export interface TriggerPhrase {
  lemmas: readonly string[];
  type: EventType;
  pos?: readonly string[];
}

interface RawSense {
  type: string;
  pos: string[];
  context?: string[];
  window?: number;
  side?: ContextSide;
  skip?: boolean;
}

interface RawLexicon {
  words: Record<string, RawSense[] | string>;
  phrases: Array<{ lemmas: string[]; type: string; pos?: string[] }>;
  supportVerbs: string[];
  compoundHeadsKeepingEvent: string[];
  degreeWords: string[];
}

const raw = triggers as unknown as RawLexicon;

/** light verbs that join a following noun trigger: "issued a statement" */
export const SUPPORT_VERBS: ReadonlySet<string> = new Set(raw.supportVerbs);

/** nouns after a trigger noun that do not turn it into a mere modifier: "assassination attempt" */
export const EVENT_KEEPING_HEADS: ReadonlySet<string> = new Set(raw.compoundHeadsKeepingEvent);

/** degree words before an attributive participle ("the most visited sites"): triggers.json `degreeWords` */
export const DEGREE_WORDS: ReadonlySet<string> = new Set(raw.degreeWords);

/** trigger lexicon keyed by form or lemma; the speech verbs that name an event ("announce") are verb senses */
export const TRIGGER_WORDS: ReadonlyMap<string, readonly TriggerSense[]> = (() => {
  const words = new Map<string, TriggerSense[]>();
  for (const [key, senses] of Object.entries(raw.words)) {
    if (!Array.isArray(senses)) continue;
    words.set(
      key,
      senses.map((s) => ({
        type: s.type as EventType,
        pos: s.pos,
        ...(s.context ? { context: new Set(s.context) } : {}),
        window: s.window ?? 4,
        side: s.side ?? 'either',
        skip: s.skip ?? false,
      })),
    );
  }
  for (const [lemma, type] of speechVerbEvents()) {
    words.set(lemma, [...(words.get(lemma) ?? []), { type, pos: ['VERB'], window: 4, side: 'either', skip: false }]);
  }
  return words;
})();

/** multi-word triggers indexed by their first lemma */
export const TRIGGER_PHRASES: ReadonlyMap<string, readonly TriggerPhrase[]> = (() => {
  const byFirst = new Map<string, TriggerPhrase[]>();
  for (const p of raw.phrases) {
    const first = p.lemmas[0];
    if (first === undefined) continue;
    const phrase: TriggerPhrase = { lemmas: p.lemmas, type: p.type as EventType, ...(p.pos ? { pos: p.pos } : {}) };
    const list = byFirst.get(first) ?? [];
    list.push(phrase);
    byFirst.set(first, list);
  }
  // longest first, so "news conference" style phrases beat their prefixes
  for (const list of byFirst.values()) list.sort((a, b) => b.lemmas.length - a.lemmas.length);
  return byFirst;
})();
