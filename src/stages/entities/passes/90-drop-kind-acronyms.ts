import commonAcronyms from '../../../data/entities/common-acronyms.json';
import type { Token } from '../../../document';
import { capitalInitials } from '../acronyms';
import type { EntityPass, EntityPassContext } from '../pass';
import { PERSON_TITLE_WORDS } from '../person-titles';
import type { TaggedSpan } from '../tagger';

/**
 * "donated $5 million to a super PAC", "the PAC spent $2 million", "NGOs said": an acronym that names a kind of body
 * or person (common-acronyms.json kindAcronyms) is a common noun, no name, whatever the tagger or pass 21 read; the
 * PAC the article means is named in full elsewhere ("Restore Our Future"). It stays a name where the article reads it
 * as one body's: a body whose capitalized words give its letters named in the article ("the Pan Africanist Congress
 * (PAC)", "the Public Accounts Committee ... the PAC"), or a person's title right after it ("The
 * PAC chairman, John Mbadi": Kenya's and Ghana's Public Accounts Committees). Measured on polnear-train.jsonl (all 840
 * articles, review 19's count on the merged build): 94 mentions dropped ("PAC" 63, "PACs" 30, "CEOs" 1); none in the
 * train portions of GUM, wikigold and UNER-EWT.
 */
export const dropKindAcronyms: EntityPass = { name: 'drop-kind-acronyms', triggers: new Set(commonAcronyms.kindAcronyms.map((a) => a.toLowerCase())), run };

const kindAcronyms: ReadonlySet<string> = new Set(commonAcronyms.kindAcronyms);
const kindMarkers: ReadonlySet<string> = new Set(commonAcronyms.kindMarkers);

function run({ tokens }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const oneBody = namedAsOneBody(tokens, spans);
  const out = spans.filter((s) => {
    if (s.tokenEnd - s.tokenStart !== 1) return true;
    const text = tokens[s.tokenStart]!.text;
    if (!kindAcronyms.has(text) || oneBody.has(text)) return true;
    // "The PAC chairman" names one body's office; "a super PAC spokesman" still speaks of a kind
    return PERSON_TITLE_WORDS.has(tokens[s.tokenEnd]?.lower ?? '') && !kindMarkers.has(tokens[s.tokenStart - 1]?.lower ?? '');
  });
  return out.length === spans.length ? [...spans] : out;
}

/**
 * The kind acronyms the article uses as one body's short name: the initials of a name it holds ("Public Accounts
 * Committee", and so "the Pan Africanist Congress (PAC)", whose bracket the acronym passes read already).
 */
function namedAsOneBody(tokens: readonly Token[], spans: readonly TaggedSpan[]): Set<string> {
  const out = new Set<string>();
  for (const s of spans) {
    if (s.tokenEnd - s.tokenStart < 2) continue;
    const initials = capitalInitials(tokens.slice(s.tokenStart, s.tokenEnd));
    if (kindAcronyms.has(initials)) out.add(initials);
  }
  return out;
}
