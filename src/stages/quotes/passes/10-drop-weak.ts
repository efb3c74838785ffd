import type { QuotePass } from '../pass';

/** A weak draft (a scare quote with no cue, 05-bare-quotes) that no quote took in is not a quote. */
export const dropWeak: QuotePass = {
  name: '10-drop-weak',
  run(_ctx, drafts) {
    return drafts.filter((d) => !d.weak);
  },
};
