import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { taggedSpan, spanIndexByToken } from './shared';
import { chamberKeys, chamberWords } from './words';

/**
 * "The Lords could delay the bill", "the bill returns to the Commons": a
 * house of parliament named by its members' plural after "the" is an
 * organization (the House of Lords), not a person named Lords. The word
 * alone after "the" is retyped or added; "Lord Hailsham", "Creative
 * Commons" and "Lord's" (no "the" before, or more words) are left alone.
 */
export const chambers: EntityPass = { name: 'chambers', triggers: chamberKeys, run };

function run({ tokens }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const covered = spanIndexByToken(tokens.length, spans);
  const out = [...spans];
  const added: TaggedSpan[] = [];
  for (let t = 1; t < tokens.length; t++) {
    if (!chamberWords.has(tokens[t]!.text) || tokens[t - 1]!.lower !== 'the') continue;
    const at = covered[t]!;
    if (at < 0) added.push(taggedSpan(t, t + 1, 'ORG'));
    else if (spans[at]!.tokenStart === t && spans[at]!.tokenEnd === t + 1 && spans[at]!.type !== 'ORG') out[at] = taggedSpan(t, t + 1, 'ORG');
  }
  return added.length === 0 ? out : [...out, ...added].sort((x, y) => x.tokenStart - y.tokenStart);
}
