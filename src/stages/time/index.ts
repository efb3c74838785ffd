import type { Doc, TimeLayer } from '../../document';
import type { Stage } from '../../pipeline';

// placeholder until the stage lands
export const timeStage: Stage<'time'> = {
  name: 'time',
  requires: ['tokens'],
  run(doc: Doc): TimeLayer {
    return { timeExpressions: [], referenceDate: doc.options.publishedAt ?? doc.clean?.statedDate?.value ?? null };
  },
};
