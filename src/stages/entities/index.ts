import type { Doc, EntityLayer } from '../../document';
import type { Stage } from '../../pipeline';

// placeholder until the stage lands; see the open issue for this stage
export const entitiesStage: Stage<'entities'> = {
  name: 'entities',
  requires: ['tokens'],
  run(_doc: Doc): EntityLayer {
    return { mentions: [] };
  },
};
