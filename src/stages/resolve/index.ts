import type { Doc, ResolveLayer } from '../../document';
import type { Stage } from '../../pipeline';

// placeholder until the stage lands; see the open issue for this stage
export const resolveStage: Stage<'resolve'> = {
  name: 'resolve',
  requires: ['tokens'],
  run(_doc: Doc): ResolveLayer {
    return { entities: [] };
  },
};
