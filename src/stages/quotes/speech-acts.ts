import type { Token } from '../../document';
import cues from '../../data/quotes/cues.json';
import { tokensOf, type UnjudgedQuote } from './features';

/** Cue verbs of intention, planning or deeds, not of words (src/data/quotes/cues.json `notSpeech`). */
const NOT_SPEECH: ReadonlySet<string> = new Set(cues.notSpeech.lemmas);
/** Cues that report words only when their content is what was said, not a prepositional phrase (cues.json `onlyWithObject`). */
const ONLY_WITH_OBJECT: ReadonlySet<string> = new Set(cues.onlyWithObject.lemmas);
const LEADS_NO_CONTENT: ReadonlySet<string> = new Set(['ADP', 'CCONJ']);

/**
 * Whether a quote reports words someone said, wrote or holds: a paraphrase
 * whose cue is an intention or a deed ("prepared to raise rates", "attacked
 * the station", "which they cited as evidence") is not, and neither is a
 * paraphrase nobody is named for, nor one of "cite" or "blame"
 * whose content opens with a preposition ("which they cited as evidence",
 * "blamed on him"). Quoted words are kept whatever the cue.
 */
export function reportsSpeech(tokens: readonly Token[], q: UnjudgedQuote): boolean {
  if (q.kind !== 'indirect') return true;
  if (q.speaker.mention === null && q.speaker.name === null && q.speaker.entityId === null) return false;
  if (!q.cue) return true;
  const head = tokens[tokensOf(tokens, q.cue.span)[0]];
  if (!head) return true;
  if (head.lemmas.some((l) => NOT_SPEECH.has(l))) return false;
  if (!head.lemmas.some((l) => ONLY_WITH_OBJECT.has(l))) return true;
  const lead = tokens[tokensOf(tokens, q.span)[0]];
  return !lead || lead.lower === 'that' || !LEADS_NO_CONTENT.has(lead.pos);
}
