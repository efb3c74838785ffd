import boundaries from '../../../data/entities/organization-boundaries.json';
import { isKnownOrganization, placeKind } from '../gazetteer';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { spanText, taggedSpan } from './shared';
import { isOrganizationHeadOrSuffix } from './words';

/**
 * "won the South Carolina Republican primary", "the Kentucky Republican said", "the Senate Democratic leader": the
 * tagger ran a place or a body and the party's adjective after it into one "organization" ("South Carolina
 * Republican"), which names nothing: the adjective describes the primary, the senator, the leader. A name of two
 * words or more that ends in a party's adjective (organization-boundaries.json partyAdjectives) loses it; what is
 * left is a place when the gazetteer knows it as one ("South Carolina"), an organization when it is one the
 * gazetteer knows or ends in an organization's head ("Senate"), and otherwise no name at all. A party's full name
 * ends in "Party", never in the adjective, and keeps it ("the Florida Republican Party"). The same word before a
 * person's full name is the party the person belongs to, no part of the name ("Democrat Ben Cardin",
 * "Republican Michael Steele"), and alone it names no person either (the repeat pass 11 tagged from that name).
 */
export const partyWordsOutOfNames: EntityPass = { name: 'party-words-out-of-names', run };

const partyAdjectives = new Set(boundaries.partyAdjectives);

function run({ tokens }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  let changed = false;
  const out: TaggedSpan[] = [];
  for (const s of spans) {
    // (a full name after it, or the word alone: "Democratic People" of "the Democratic People's Republic" is no case)
    if (s.type === 'PER' && s.tokenEnd - s.tokenStart !== 2 && partyAdjectives.has(tokens[s.tokenStart]!.lower)) {
      changed = true;
      if (s.tokenEnd - s.tokenStart > 2) out.push(taggedSpan(s.tokenStart + 1, s.tokenEnd, 'PER'));
      continue;
    }
    if (s.type !== 'ORG' || s.tokenEnd - s.tokenStart < 2 || !partyAdjectives.has(tokens[s.tokenEnd - 1]!.lower)) {
      out.push(s);
      continue;
    }
    changed = true;
    const rest = taggedSpan(s.tokenStart, s.tokenEnd - 1, 'ORG');
    const text = spanText(tokens, rest);
    if (placeKind(text)) out.push(taggedSpan(rest.tokenStart, rest.tokenEnd, 'LOC'));
    else if (isKnownOrganization(text) || isOrganizationHeadOrSuffix(tokens[rest.tokenEnd - 1]!.lower, undefined)) out.push(rest);
  }
  return changed ? out : [...spans];
}
