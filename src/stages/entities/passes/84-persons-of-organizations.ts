import type { Token } from '../../../document';
import { wordClass } from '../features';
import { isGivenName, isKnownOrganization, placeKind } from '../gazetteer';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { isTitleCaseNameWord } from '../capitalized';
import { spanText, taggedSpan } from './shared';
import { organizationWordOrPlural } from './words';

/**
 * "Joel Pollak of Breitbart California": a person's name, "of" and the body the person speaks for, read by the
 * tagger as one organization. A span that opens with a given name the gazetteer knows ("Darran" it does not) and one
 * or two more title-case words before "of" is split there: the words before "of" are the person and those after it,
 * when any, the organization, or the place when the gazetteer knows it as one ("Joel Pollak of South Carolina"). Not when a word before "of" is an organization's word or a plural
 * ("Grace Church of Christ", "Christian Brothers of Ireland"), a title or a word of one, or the part before "of"
 * is an organization the gazetteer knows: then the name is the body's own.
 */
export const personsOfOrganizations: EntityPass = { name: 'persons-of-organizations', run };

function run({ tokens }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  let changed = false;
  const out: TaggedSpan[] = [];
  for (const s of spans) {
    const of = s.type === 'ORG' ? personBeforeOf(tokens, s) : -1;
    if (of < 0) {
      out.push(s);
      continue;
    }
    changed = true;
    out.push(taggedSpan(s.tokenStart, of, 'PER'));
    if (of + 1 < s.tokenEnd) out.push(bodyAfterOf(tokens, of + 1, s.tokenEnd));
  }
  return changed ? out : [...spans];
}

/** The index of the "of" after the person's name that opens the span, or -1. */
function personBeforeOf(tokens: readonly Token[], s: TaggedSpan): number {
  let of = -1;
  for (let t = s.tokenStart + 2; t <= s.tokenStart + 3 && t < s.tokenEnd; t++) {
    if (tokens[t]!.lower === 'of') {
      of = t;
      break;
    }
  }
  if (of < 0 || !isGivenName(tokens[s.tokenStart]!.lower)) return -1;
  const person = tokens.slice(s.tokenStart, of);
  if (!person.every((w) => isTitleCaseNameWord(w.text) && wordClass(w.lower) === undefined && !organizationWordOrPlural(w.lower))) return -1;
  return isKnownOrganization(spanText(tokens, taggedSpan(s.tokenStart, of, 'ORG'))) ? -1 : of;
}

function bodyAfterOf(tokens: readonly Token[], start: number, end: number): TaggedSpan {
  const body = taggedSpan(start, end, 'ORG');
  return placeKind(spanText(tokens, body)) ? taggedSpan(start, end, 'LOC') : body;
}
