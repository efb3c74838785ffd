import { isTightHyphen } from '../../../nlp/hyphens';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { taggedSpan } from './shared';

/**
 * "... its Annual Report on Form 10-K. Verdanta undertakes no obligation": the letter closing a code written with a
 * hyphen ("10-K", "8-K", "S-1") and the period after it read as one token, "K.", which the tagger took for an
 * initial opening the next name ("K. Verdanta", a person) and the sentence splitter for an abbreviation. An
 * initial stands after a space or another initial; a letter joined by a hyphen to the word before it opens no name,
 * so the name starts after it (and is dropped when nothing is left).
 */
export const codeLettersOutOfNames: EntityPass = { name: 'code-letters-out-of-names', triggers: new Set(['-']), run };

const initial = /^\p{Lu}\.$/u;

function run({ tokens }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (const s of spans) {
    const first = tokens[s.tokenStart]!;
    if (!initial.test(first.text) || !isTightHyphen(tokens, s.tokenStart - 1)) {
      out.push(s);
      continue;
    }
    if (s.tokenEnd - s.tokenStart > 1) out.push(taggedSpan(s.tokenStart + 1, s.tokenEnd, s.type));
  }
  return out;
}
