import type { Token } from '../../../document';
import words from '../../../data/quotes/words.json';
import { isVerbal } from '../boundaries';
import { cueAt, type CueMatch } from '../lexicon';

/** 'seem', 'appear' (src/data/quotes/words.json `evidentialRaisingVerbs`). */
const RAISING: ReadonlySet<string> = new Set(words.evidentialRaisingVerbs.words);

/**
 * "Christie appeared to end his bid owing $200,000", "Sanders seemed to reap
 * the benefits", "he appears uneasy": the writer's hedged claim about the
 * subject, not words the subject said or a view it holds. PolNeAR annotates
 * it with no source and the whole clause as content; a paraphrase with no
 * speaker is not output (speech-acts.ts), and crediting it to the subject
 * would put words in a mouth that never said them (the non-speech
 * quotes). So a bare raising verb before an infinitive or an adjective reports
 * nothing. Its infinitive may itself be a report ('appeared to imply that
 * ...', 'seems to feel ...'): then the subject speaks, and the cue is read as
 * before.
 */
export function isEvidentialHedge(tokens: readonly Token[], cue: CueMatch, end: number): boolean {
  if (cue.end - cue.start !== 1 || !RAISING.has(tokens[cue.start]!.lemma.toLowerCase())) return false;
  let k = cue.end;
  while (k < end && tokens[k]!.pos === 'ADV') k++;
  const next = tokens[k];
  if (!next || k >= end) return false;
  if (next.pos === 'ADJ') return true;
  if (next.lower !== 'to') return false;
  const verb = tokens[k + 1]?.pos === 'ADV' ? k + 2 : k + 1;
  return isVerbal(tokens[verb]) && !cueAt(tokens, verb);
}
