import { isKnownOrganization, maxOrganizationWords, startsOrganizationPhrase } from '../gazetteer';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { coveredTokens, taggedSpan, wordsText } from './shared';

/**
 * "Downing Street insisted ...", "Planned Parenthood and Doctors Without
 * Borders signed ...": a well-known organization of two words or more that
 * opens a sentence or a headline, where its first word reads as a common
 * word ("Planned", "Downing") and the tagger passes it over. The gazetteer
 * supports it: the whole run of capitalized words, and no more, is the
 * organization's name. One word alone ("Apple", "Shell") is left to the
 * passes that ask whether it acts as a company.
 */
export const knownOrganizationsAtOpenings: EntityPass = { name: 'known-organizations-at-openings', run };

function run({ tokens, sentences }: EntityPassContext, spans: readonly TaggedSpan[]): readonly TaggedSpan[] {
  // (built when a sentence first opens with a word an organization's name may start with: most articles have none)
  let covered: Uint8Array | undefined;
  const added: TaggedSpan[] = [];
  for (const sentence of sentences) {
    const a = sentence.tokenStart;
    if (a >= sentence.tokenEnd || !startsOrganizationPhrase(tokens[a]!.lower)) continue;
    covered ??= coveredTokens(tokens, spans);
    if (covered[a]) continue;
    // the run of capitalized words (and "&", "of") that opens the sentence
    let b = a + 1;
    while (b < sentence.tokenEnd && b - a < maxOrganizationWords() && !covered[b] && (/^\p{Lu}/u.test(tokens[b]!.text) || tokens[b]!.text === '&')) b++;
    if (b - a < 2 || /^\p{Lu}/u.test(tokens[b]?.text ?? '')) continue;
    if (isKnownOrganization(wordsText(tokens.slice(a, b)))) added.push(taggedSpan(a, b, 'ORG'));
  }
  if (added.length === 0) return spans;
  return [...spans, ...added].sort((x, y) => x.tokenStart - y.tokenStart);
}
