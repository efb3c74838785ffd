import ruleWords from '../../../data/entities/rule-words.json';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { taggedSpan } from './shared';

/**
 * "the losses of Adam Air Flight 574 and Garuda Indonesia Flight 200": the
 * name right before "Flight" and a number is the airline that flies it, an
 * organization, though the tagger read a person or a place ("Garuda
 * Indonesia"). A span that took the word "Flight" in as well loses it
 * (pass 01 no longer grows a name over it, but the tagger may hold it).
 * Words that name such a numbered run: rule-words.json numberedServices.
 */
export const airlinesBeforeFlightNumbers: EntityPass = { name: 'airlines-before-flight-numbers', run };

const services = new Set(ruleWords.numberedServices);

/**
 * Is token t a capitalized service word ("Flight") before a number in the same sentence? A lower-case one
 * names no service: "the Frankfurt flight 45 minutes after takeoff" counts minutes.
 */
function serviceAt(tokens: EntityPassContext['tokens'], t: number): boolean {
  const w = tokens[t];
  const n = tokens[t + 1];
  return w !== undefined && n !== undefined && w.text !== w.lower && services.has(w.lower) && n.sentence === w.sentence && /^\d+[A-Z]?$/.test(n.text);
}

function run({ tokens }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  return spans.map((s) => {
    // "Adam Air Flight" before "574": the airline is the name without the flight
    if (s.tokenEnd - s.tokenStart >= 2 && serviceAt(tokens, s.tokenEnd - 1)) return taggedSpan(s.tokenStart, s.tokenEnd - 1, 'ORG');
    if (s.type !== 'ORG' && serviceAt(tokens, s.tokenEnd) && tokens[s.tokenEnd]!.sentence === tokens[s.tokenStart]!.sentence) return taggedSpan(s.tokenStart, s.tokenEnd, 'ORG');
    return s;
  });
}
