import type { Token } from '../../document';
import cues from '../../data/quotes/cues.json';

/** Reporting verbs whose -s form is also a plural noun (cues.json `compoundNounCues`). */
const NOUN_TOO: ReadonlySet<string> = new Set(cues.compoundNounCues.lemmas);
/** What may stand before a bare noun that is a whole noun phrase's start: nothing, a clause break, a conjunction. */
const OPENS_PHRASE: ReadonlySet<string> = new Set(['CCONJ', 'SCONJ', 'PUNCT']);

/**
 * Whether the cue at `head` is the plural head of a compound noun rather than a verb: "And weather forecasts
 * we can trust" (tagged 'weather/NOUN forecasts/VERB'). A singular common noun with no determiner, adjective
 * or number before it is rarely a clause's whole subject, while it often modifies a following noun; so an -s
 * cue that is also a noun ('forecasts', 'reports') right after one names a thing, and no one is quoted.
 */
export function cueIsCompoundNoun(tokens: readonly Token[], head: number): boolean {
  const cue = tokens[head];
  const modifier = tokens[head - 1];
  if (!cue || !modifier || !cue.lower.endsWith('s') || !cue.lemmas.some((l) => NOUN_TOO.has(l))) return false;
  if (modifier.pos !== 'NOUN' || modifier.sentence !== cue.sentence || modifier.lower.endsWith('s')) return false;
  // lowercase: a capitalised word may be a name or a headline's subject ('Expert Reports ...')
  if (modifier.text !== modifier.lower) return false;
  const before = tokens[head - 2];
  return !before || before.sentence !== cue.sentence || OPENS_PHRASE.has(before.pos);
}
