import type { Sentence, Token } from '../../document';
import { FIRST_PERSON } from '../../nlp/pronouns';
import { isVerbal } from './boundaries';
import { opensClause } from './main-clause-subject';
import type { QuotationSite } from './pass';
import { subjectBefore } from './phrases';
import { endsLeadIn, quotationSentence, type SentenceCue } from './sentence-cue';

/**
 * 'He offered "my thoughts and prayers for all of the victims' families."', 'West landed a sharp dig at "my dear
 * sister Hillary Clinton."': quoted words inside a sentence that hold a first-person pronoun are someone's own
 * words, not a phrase held at arm's length (a scare quote does not say "I"), and the one who says them is the
 * subject of the sentence's main clause: the first verb before the marks whose subject opens the sentence or
 * follows a comma, with no clause end or other quotation between it and the marks. The content is the quotation
 * itself. Null when the words hold no first-person form or no such subject stands before them.
 */
export function firstPersonQuote(tokens: readonly Token[], sentences: readonly Sentence[], site: QuotationSite): SentenceCue | null {
  const sentence = quotationSentence(tokens, sentences, site);
  if (!sentence || !holdsFirstPerson(tokens, site)) return null;
  const open = site.openToken;
  const floor = sentence.tokenStart;
  for (let k = open - 1; k > floor; k--) if (endsLeadIn(tokens[k]!)) return null;
  for (let k = floor + 1; k < open; k++) {
    if (!isVerbal(tokens[k])) continue;
    const s = subjectBefore(tokens, k, floor);
    if (!s || !opensClause(tokens, s.start, floor)) continue;
    return { cue: { start: tokens[k]!.start, end: tokens[k]!.end }, subject: s.phrase, contentStart: site.span.start, attribution: null };
  }
  return null;
}

/** A first-person form among the quoted words ('I', 'my', 'we', 'us'). */
function holdsFirstPerson(tokens: readonly Token[], site: QuotationSite): boolean {
  for (let k = site.openToken + 1; k < tokens.length && tokens[k]!.start < site.span.end; k++) if (FIRST_PERSON.has(tokens[k]!.lower)) return true;
  return false;
}
