import triggers from '../../data/events/triggers.json';
import type { Sentence, Token } from '../../document';
import { hasSpeechRole } from '../../nlp/speech-verbs';
import type { EventType } from '../../schema';
import type { TriggerMatch } from './types';

interface AttributionMedia {
  prepositions: string[];
  types: string[];
  reach: number;
}

const media = (triggers as unknown as { attributionMedia: AttributionMedia }).attributionMedia;
const PREPOSITIONS: ReadonlySet<string> = new Set(media.prepositions);
const MEDIUM_TYPES: ReadonlySet<string> = new Set(media.types);

/** what may stand between the preposition and the noun: "in a brief written statement", "in Tuesday's statement" */
const MODIFIER_POS = new Set(['DET', 'ADJ', 'NUM', 'PRON', 'PROPN', 'PART']);

/**
 * "The bank said in a statement", "told Reuters via a statement on Tuesday":
 * the speech-act noun names the channel of the quote beside it, which the
 * quote stage already reports; as an event it would say that a statement
 * happened, twice over and with no content. A statement the text reports as
 * a deed ("issued a statement", "the statement angered Beijing") stays.
 */
export function isAttributionMedium(tokens: readonly Token[], sentence: Sentence, match: TriggerMatch): boolean {
  if (!MEDIUM_TYPES.has(match.type as EventType) || match.pos !== 'NOUN') return false;
  let i = match.tokenStart - 1;
  while (i >= sentence.tokenStart && MODIFIER_POS.has(tokens[i]!.pos)) i--;
  if (i < sentence.tokenStart || !PREPOSITIONS.has(tokens[i]!.lower)) return false;
  for (let k = i - 1; k >= Math.max(sentence.tokenStart, i - media.reach); k--) {
    const token = tokens[k]!;
    if (token.lower === ';' || token.lower === ':') return false;
    if ((token.pos === 'VERB' || token.pos === 'AUX') && hasSpeechRole(token, 'reporting')) return true;
  }
  return false;
}
