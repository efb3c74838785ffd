import type { Doc, QuoteLayer } from '../../document';
import type { Stage } from '../../pipeline';

// placeholder until the stage lands; see the open issue for this stage
export const quotesStage: Stage<'quotes'> = {
  name: 'quotes',
  requires: ['tokens'],
  run(_doc: Doc): QuoteLayer {
    return { quotes: [] };
  },
};
