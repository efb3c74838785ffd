import { tokenAt, type Span, type Token } from '../../document';
import words from '../../data/quotes/words.json';
import { cueAt, cueMatch, speechFrame, type CueMatch } from './lexicon';
import { makePhrase, phraseStartingAt, type Phrase } from './phrases';

const PARTICLES: ReadonlySet<string> = new Set(words.taggedVerbParticles.words);
const SUBJECTS: ReadonlySet<string> = new Set(words.taggedVerbSubjects.words);

/**
 * Does the quotation closing at token `closeAt` open its sentence, or follow an earlier quoted piece in
 * it ('"A," she said, "B," he mocks.')? Only then is it the whole object of a verb after it; in 'waved
 * signs reading "No War," they marched' the words in marks belong to the clause before them.
 */
function quotationLeads(tokens: readonly Token[], closeAt: number): boolean {
  let open = closeAt - 1;
  while (open >= 0 && tokens[open]!.inQuote) open--;
  const mark = tokens[open];
  if (!mark || mark.inQuote || !/^(["“'‘`]|``)$/.test(mark.text)) return false;
  for (let k = open - 1; k >= 0 && tokens[k]!.sentence === mark.sentence && !tokens[k]!.lineStart; k--) if (tokens[k]!.inQuote) return true;
  const before = tokens[open - 1];
  return before === undefined || before.sentence !== mark.sentence || mark.lineStart;
}

/**
 * '"The marketplace hasn't failed the workers," he mocks.' / '"..., right?"
 * Trump went on, as if ...': quoted words closed by a comma, "?" or "!"
 * inside the marks (the sentence goes on after them), then a third-person
 * pronoun or a name, then a finite verb that the cue lexicon does not know as
 * one taking a quotation, with at most one particle, then a full stop or a
 * comma. The mark at the close says the quotation is the verb's object, so
 * the verb is the speech act whatever it is ('mocks' is known only with an
 * object, 'went on' not at all); the lexicon's speech verbs are left to the
 * usual reading in direct.ts. The subject and the verb as cue, or null.
 */
export function taggedVerbAfter(tokens: readonly Token[], close: Span, k: number): { subject: Phrase; cue: CueMatch } | null {
  const closeAt = tokenAt(tokens, close.start);
  const beforeClose = tokens[closeAt - 1];
  if (!/^[,?!]$/.test(beforeClose?.text ?? '') || beforeClose!.end > close.start || !quotationLeads(tokens, closeAt)) return null;
  const first = tokens[k];
  if (!first || first.inQuote) return null;
  // the subject: a third-person pronoun, or a name ('"...," Trump went on')
  const named = SUBJECTS.has(first.lower) ? null : phraseStartingAt(tokens, k, Math.min(tokens.length, k + 6));
  if (!SUBJECTS.has(first.lower) && named?.kind !== 'name') return null;
  const v = named ? named.tokenEnd : k + 1;
  const verb = tokens[v];
  if (!verb || verb.inQuote) return null;
  if (verb.pos !== 'VERB' || verb.lower.endsWith('ing') || verb.sentence !== first.sentence || speechFrame(cueAt(tokens, v))) return null;
  let end = v + 1;
  if (PARTICLES.has(tokens[end]?.lower ?? '')) end++;
  if (!/^[.,!?]$/.test(tokens[end]?.text ?? '')) return null;
  const subject = named ?? makePhrase(tokens, k, k + 1);
  return subject ? { subject, cue: cueMatch(v, end, ['clause'], false) } : null;
}
