import { placeKind } from '../gazetteer';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { personWord } from './name-evidence';
import { spanText } from './shared';

/**
 * "Australia and New Zealand", "Isabel Ruiz of Heaven Sent Gaming": a span
 * that joins two known places with "and" is two places, and a person's name
 * (one that starts or ends with a known name word) stops before "of".
 */
export const splitJoinedNames: EntityPass = { name: 'split-joined-names', run };

function run({ tokens }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (const s of spans) {
    let split = false;
    for (let t = s.tokenStart + 1; t < s.tokenEnd - 1; t++) {
      const w = tokens[t]!.lower;
      if ((w === 'and' || w === '&') && s.type === 'LOC') {
        const left = spanText(tokens, { ...s, tokenEnd: t });
        const right = spanText(tokens, { ...s, tokenStart: t + 1 });
        if (placeKind(left) && placeKind(right)) {
          out.push({ ...s, tokenEnd: t }, { ...s, tokenStart: t + 1 });
          split = true;
          break;
        }
      }
      if (w === 'of' && s.type === 'PER' && t - s.tokenStart >= 2 && (personWord(tokens[s.tokenStart]!) || personWord(tokens[t - 1]!))) {
        out.push({ ...s, tokenEnd: t });
        // "Elizabeth Quat of DAB": what follows is her organization when it is an acronym
        if (t + 2 === s.tokenEnd && /^[A-Z]{2,6}$/.test(tokens[t + 1]!.text)) out.push({ tokenStart: t + 1, tokenEnd: s.tokenEnd, type: 'ORG' });
        split = true;
        break;
      }
    }
    if (!split) out.push(s);
  }
  return out;
}
