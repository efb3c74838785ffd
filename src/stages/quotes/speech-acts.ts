import type { Token } from '../../document';
import cues from '../../data/quotes/cues.json';
import { tokensOf, type UnjudgedQuote } from './features';

/** Cue verbs of intention, planning or deeds, not of words (src/data/quotes/cues.json `notSpeech`). */
const NOT_SPEECH: ReadonlySet<string> = new Set(cues.notSpeech.lemmas);

/**
 * Whether a quote reports words someone said, wrote or holds: a paraphrase
 * whose cue is an intention or a deed ("prepared to raise rates", "attacked
 * the station", "which they cited as evidence") is not, and neither is a
 * paraphrase nobody is named for. Quoted words are kept whatever the cue.
 */
export function reportsSpeech(tokens: readonly Token[], q: UnjudgedQuote): boolean {
  if (q.kind !== 'indirect') return true;
  if (q.speaker.mention === null && q.speaker.name === null && q.speaker.entityId === null) return false;
  if (!q.cue) return true;
  const head = tokens[tokensOf(tokens, q.cue.span)[0]];
  return !head || !head.lemmas.some((l) => NOT_SPEECH.has(l));
}
