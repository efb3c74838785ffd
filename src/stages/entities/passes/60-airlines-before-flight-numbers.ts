import ruleWords from '../../../data/entities/rule-words.json';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { spanText, taggedSpan } from './shared';

const services = new Set(ruleWords.numberedServices);

/**
 * "the losses of Adam Air Flight 574 and Garuda Indonesia Flight 200": the
 * name right before "Flight" and a number is the airline that flies it, an
 * organization, though the tagger read a person or a place ("Garuda
 * Indonesia"). A span that took the word "Flight" in as well loses it
 * (pass 01 no longer grows a name over it, but the tagger may hold it).
 * Words that name such a numbered run: rule-words.json numberedServices.
 */
export const airlinesBeforeFlightNumbers: EntityPass = { name: 'airlines-before-flight-numbers', triggers: services, run };

/** "EI105", "BA2490", "U2 8013"'s "U2": an airline's two-character code, then the flight's number */
const flightCode = /^(?:[A-Z]{2}|[A-Z]\d|\d[A-Z])\d{1,4}[A-Z]?$/;

/**
 * Is token t a service word before a number in the same sentence? A lower-case one names no service before a
 * bare number ("the Frankfurt flight 45 minutes after takeoff" counts minutes), only before a flight code
 * ("Aer Lingus flight EI105").
 */
function serviceAt(tokens: EntityPassContext['tokens'], t: number): boolean {
  const w = tokens[t];
  const n = tokens[t + 1];
  if (w === undefined || n === undefined || !services.has(w.lower) || n.sentence !== w.sentence) return false;
  return w.text !== w.lower ? /^\d+[A-Z]?$/.test(n.text) || flightCode.test(n.text) : w.lower === 'flight' && flightCode.test(n.text);
}

function run({ tokens }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const airlines = new Set<string>();
  const out = spans.map((s) => {
    // "Adam Air Flight" before "574": the airline is the name without the flight
    if (s.tokenEnd - s.tokenStart >= 2 && serviceAt(tokens, s.tokenEnd - 1)) return airline(taggedSpan(s.tokenStart, s.tokenEnd - 1, 'ORG'));
    if (s.type !== 'ORG' && serviceAt(tokens, s.tokenEnd) && tokens[s.tokenEnd]!.sentence === tokens[s.tokenStart]!.sentence) return airline(taggedSpan(s.tokenStart, s.tokenEnd, 'ORG'));
    return s;
  });
  function airline(s: TaggedSpan): TaggedSpan {
    airlines.add(spanText(tokens, s));
    return s;
  }
  // the airline is one at its other mentions too ("Aer Lingus flight EI105 ... Aer Lingus said")
  if (airlines.size === 0) return out;
  return out.map((s) => (s.type === 'PER' && airlines.has(spanText(tokens, s)) ? taggedSpan(s.tokenStart, s.tokenEnd, 'ORG') : s));
}
