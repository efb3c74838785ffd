import legalSuffixes from '../../../data/entities/legal-suffixes.json';
import { isCapitalized } from '../capitalized';
import { isGivenName } from '../gazetteer';
import type { Token } from '../../../document';
import { isCommonWord } from '../../../nlp/common-words';
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
 * attachLegalSuffixes). The pass keeps to the span it builds: the first word alone elsewhere ("Verdanta will host a
 * call") is resolve's to join (cluster.ts mergeOrganizationFirstWords, one-word organizations only), since "Texas"
 * after "Texas Roadhouse, Inc." is mostly the state and "Tyson" after "Tyson Foods, Inc." may be the boxer.
 * Forms: legal-suffixes.json.
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
    if (personBeforeComma(tokens, spans, start, t - 1) && !companyCueAfter(tokens, t)) continue;
    added.push(taggedSpan(start, t - 1, 'ORG'));
  }
  if (added.length === 0) return spans;
  // a span inside a company's words gives way to it; one reaching out of them (a longer name) keeps its place
  const within = (s: TaggedSpan, a: TaggedSpan): boolean => s.tokenStart >= a.tokenStart && s.tokenEnd <= a.tokenEnd;
  const kept = added.filter((a) => !spans.some((s) => !within(s, a) && s.tokenStart < a.tokenEnd && s.tokenEnd > a.tokenStart));
  const out = spans.filter((s) => !kept.some((a) => within(s, a)));
  return [...out, ...kept].sort((a, b) => a.tokenStart - b.tokenStart);
}

/**
 * "signed by Maria Gonzalez, LLC members said", "Warren Buffett, Inc. filings showed": a tagged person of two words or
 * more opening with a known given name, ending at the comma within the company's words, is a person a list or a
 * run-on sentence set before the legal form; it stays one unless a company cue follows (companyCueAfter).
 */
function personBeforeComma(tokens: readonly Token[], spans: readonly TaggedSpan[], start: number, comma: number): boolean {
  return spans.some((s) => s.type === 'PER' && s.tokenEnd === comma && s.tokenStart >= start && s.tokenEnd - s.tokenStart >= 2 && isGivenName(tokens[s.tokenStart]!.lower));
}

/**
 * After the legal form at `t`, what makes the words before it a company even when they read as a person's: the end of
 * the sentence ("... was formed by Jane Doe, LLC."), a bracket or verb the release goes on with ("(NASDAQ: VDBS)",
 * "announced"); not a noun it modifies ("LLC members", "Ltd. partners", "Inc. filings").
 */
function companyCueAfter(tokens: readonly Token[], t: number): boolean {
  const next = tokens[t + 1];
  if (next === undefined || next.sentence !== tokens[t]!.sentence) return true;
  return legalSuffixes.companyCuesAfter.includes(next.text) || next.pos === 'VERB' || next.pos === 'AUX';
}
