import legalSuffixes from '../../../data/entities/legal-suffixes.json';
import { isCapitalized } from '../capitalized';
import { isCommonWord } from '../common-words';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { runStartBefore, taggedSpan } from './shared';

const suffixes = new Set(legalSuffixes.afterComma);

/**
 * "Verdanta BioSystems, Inc. (NASDAQ: VDBS) ... announced": the capitalized words before a comma and a company's
 * legal form are the company, an organization, as the corpora write it (UNER-EWT "CCNG, Inc.", "Google, Inc.",
 * wikigold "CBS, Inc.": the name stops at the comma once scored, as every name at a break does). The tagger, meeting a
 * name it cannot read ("BioSystems"), kept "Inc." alone as an organization, or read the words before it as a
 * person. One to four capitalized words ("BioSystems", "CCNG" too) of the same sentence and line (a signature's
 * name on the line above is no part of the company), no "The", and no sentence opener that is a common word or
 * one the article writes in lower case (the walk of pass 42's bracketed company); a span inside those words gives
 * way to the company (the legal form stays as the tagger left it: resolve joins it to the company, cluster.ts
 * attachLegalSuffixes), and the company's first word standing alone elsewhere
 * ("Verdanta will host a call") is its short name, an organization too. Forms: legal-suffixes.json.
 */
export const companiesBeforeLegalSuffixes: EntityPass = { name: 'companies-before-legal-suffixes', triggers: suffixes, run };

function run({ tokens, opener, writtenLower }: EntityPassContext, spans: readonly TaggedSpan[]): readonly TaggedSpan[] {
  const added: TaggedSpan[] = [];
  for (let t = 2; t < tokens.length; t++) {
    if (!suffixes.has(tokens[t]!.lower) || tokens[t - 1]!.text !== ',' || !isCapitalized(tokens[t]!.text)) continue;
    const sentence = tokens[t]!.sentence;
    let lineOpens = false;
    const start = runStartBefore(tokens, t - 1, sentence, 0, 4, (k) => {
      const w = tokens[k]!;
      if (lineOpens) return false;
      lineOpens = w.lineStart;
      return isCapitalized(w.text) && w.lower !== 'the' && !(opener[k] && (isCommonWord(w.lower) || writtenLower.has(w.lower)));
    });
    if (start === t - 1 || tokens[t - 1]!.sentence !== sentence) continue;
    added.push(taggedSpan(start, t - 1, 'ORG'));
  }
  if (added.length === 0) return spans;
  // a span inside a company's words gives way to it; one reaching out of them (a longer name) keeps its place
  const within = (s: TaggedSpan, a: TaggedSpan): boolean => s.tokenStart >= a.tokenStart && s.tokenEnd <= a.tokenEnd;
  const kept = added.filter((a) => !spans.some((s) => !within(s, a) && s.tokenStart < a.tokenEnd && s.tokenEnd > a.tokenStart));
  // "Verdanta" alone elsewhere is the company's short name, which the tagger read as a person or place
  const shortNames = new Set(kept.filter((a) => a.tokenEnd - a.tokenStart >= 2 && !isCommonWord(tokens[a.tokenStart]!.lower)).map((a) => tokens[a.tokenStart]!.text));
  const out = spans
    .filter((s) => !kept.some((a) => within(s, a)))
    .map((s) => (s.type !== 'ORG' && s.tokenEnd - s.tokenStart === 1 && shortNames.has(tokens[s.tokenStart]!.text) ? taggedSpan(s.tokenStart, s.tokenEnd, 'ORG') : s));
  return [...out, ...kept].sort((a, b) => a.tokenStart - b.tokenStart);
}
