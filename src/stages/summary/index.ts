import type { Doc, SummaryLayer } from '../../document';
import type { Stage } from '../../pipeline';

// placeholder: the lead sentences
export const summaryStage: Stage<'summary'> = {
  name: 'summary',
  requires: ['tokens'],
  run(doc: Doc): SummaryLayer {
    const sentences = doc.tokens!.sentences.filter((s) => s.paragraph >= 0);
    return { summary: sentences.slice(0, 3).map(({ start, end }) => ({ start, end })) };
  },
};
