import { placeKind } from '../gazetteer';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { spanText, taggedSpan } from './shared';

/**
 * "London E17", "Tamworth, Staffordshire B79 7AA": a British postcode after a town or county in an address or a list
 * of defendants' homes is no part of the place's name (pass 01 runs the capitalized words together). A place's name
 * that ends in a postcode's outward part ("E17", "B79", "SW1A") and, if any, its inward part ("7AA") loses them when
 * what is left is a place the gazetteer knows, or the inward part says it is a postcode (a made-up or small town).
 * (On the train portions of GUM, wikigold and UNER-EWT: 12 such names, "London E17" and the like, all wrong whole.)
 */
export const postcodesOutOfPlaces: EntityPass = { name: 'postcodes-out-of-places', run };

/** the outward part: one or two letters, a digit, then a digit or letter at most ("E17", "SW1A", "B79") */
const OUTWARD = /^[A-Z]{1,2}\d[A-Z\d]?$/;
/** the inward part: a digit and two letters ("7AA") */
const INWARD = /^\d[A-Z]{2}$/;

function run({ tokens }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  let changed = false;
  const out: TaggedSpan[] = [];
  for (const s of spans) {
    const end = placeEndBeforePostcode(tokens, s);
    if (end === s.tokenEnd) {
      out.push(s);
      continue;
    }
    changed = true;
    if (end > s.tokenStart) out.push(taggedSpan(s.tokenStart, end, 'LOC'));
  }
  return changed ? out : [...spans];
}

/** Where the place's name ends when a postcode closes the span (the span's own end when none does). */
function placeEndBeforePostcode(tokens: EntityPassContext['tokens'], s: TaggedSpan): number {
  if (s.type !== 'LOC' || s.tokenEnd - s.tokenStart < 2) return s.tokenEnd;
  let end = s.tokenEnd;
  const inward = INWARD.test(tokens[end - 1]!.text) || INWARD.test(tokens[end]?.text ?? '');
  if (INWARD.test(tokens[end - 1]!.text)) end--;
  if (end - s.tokenStart < 2 || !OUTWARD.test(tokens[end - 1]!.text)) return s.tokenEnd;
  end--;
  const rest = taggedSpan(s.tokenStart, end, 'LOC');
  return inward || placeKind(spanText(tokens, rest)) ? end : s.tokenEnd;
}
