import type { Doc, EventLayer } from '../../document';
import type { Stage } from '../../pipeline';

// placeholder until the stage lands; see the open issue for this stage
export const eventsStage: Stage<'events'> = {
  name: 'events',
  requires: ['tokens'],
  run(_doc: Doc): EventLayer {
    return { events: [] };
  },
};
