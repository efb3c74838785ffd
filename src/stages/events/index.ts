import type { Doc, EventLayer } from '../../document';
import type { Stage } from '../../stage';
import { readsEnglish } from '../language';
import { mergeMentions } from './merge';
import { detectEventMentions } from './mentions';

export { detectEventMentions } from './mentions';
export type { EventMention } from './types';

/**
 * Events: triggers from a lexicon (src/data/events/triggers.json), each
 * with participants and place from the entity mentions of its clause, the
 * nearest time expression of its sentence and a status from cue words and
 * tense; mentions of the same event are then merged (see merge.ts).
 */
export const eventsStage: Stage<'events'> = {
  name: 'events',
  requires: ['tokens', 'resolve', 'time'],
  run(doc: Doc): EventLayer {
    if (!readsEnglish(doc)) return { events: [] };
    return { events: mergeMentions(detectEventMentions(doc)) };
  },
};
