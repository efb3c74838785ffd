import type { QuotePass } from '../pass';

/** Drafts in text order: by start, the longer first, then by what they came from. */
export const textOrder: QuotePass = {
  name: '08-text-order',
  run(_ctx, drafts) {
    return [...drafts].sort((x, y) => x.span.start - y.span.start || y.span.end - x.span.end || x.order - y.order);
  },
};
