import { tokenAt } from '../../../document';
import type { AttributionStep } from '../attribution';
import { isVerbal } from '../boundaries';

/** Words after a cue that leave its sentence with no complement of its own: the content before it is the report. */
const SENTENCE_CLOSERS = /^[.!?,;"”’')\]]+$/;

/**
 * 'In a speech last July, Perry said: ...', 'Before dropping out, Cruz responded with vitriol', 'As an immigrant, she
 * felt for me': a content read before its cue that holds no verb (an opening setting, a subject, a bare phrase) while
 * the cue goes on with words of its own in its sentence is no reported clause: the cue reports what follows it, or
 * nothing. Not a passive's or 'according to' content ('The meeting was reported by Politico', 'His criticism,
 * according to an interview'), whose subject is what is reported, nor a cue closing its sentence ('Or maybe Jeb Bush,
 * Musser says.'), nor a lead-in closing its sentence with a colon ('In a press release, the committee said about its
 * platform:'), whose attribution lends its cue and speaker to the quotation opening the next paragraph (context.ts
 * `leadInAbove`). Dropped before 07-nested, so it nests nothing.
 */
export const verblessLead: AttributionStep = {
  name: 'verbless-lead',
  run(ctx, found) {
    const { tokens } = ctx;
    if (tokens[ctx.end - 1]?.text === ':') return found;
    return found.filter((a) => {
      const span = a.narrow ?? a.content;
      if (span.end > a.cue.start) return true;
      const cue = tokenAt(tokens, a.cue.start);
      const head = tokens[cue];
      if (!head || head.pos !== 'VERB' || head.lower === 'according' || isVerbal(tokens[cue - 1])) return true;
      const last = tokenAt(tokens, a.cue.end - 1);
      const next = tokens[last + 1];
      if (!next || next.sentence !== head.sentence || SENTENCE_CLOSERS.test(next.text) || next.lower === 'by') return true;
      for (let k = tokenAt(tokens, span.start); k < tokens.length && tokens[k]!.start < span.end; k++) if (isVerbal(tokens[k])) return true;
      return false;
    });
  },
};
