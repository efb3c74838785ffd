import commonAcronyms from '../../../data/entities/common-acronyms.json';
import type { Token } from '../../../document';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';

/**
 * "donated $5 million to a super PAC", "the PAC spent $2 million", "NGOs said": an acronym that names a kind of body
 * or person (common-acronyms.json kindAcronyms) is a common noun, no name, whatever the tagger or pass 21 read; the
 * PAC the article means is named in full elsewhere ("Restore Our Future"). Unless the article defines the acronym in
 * brackets, as the short name of one body ("the Pan Africanist Congress (PAC)"). In PolNeAR train: 84 mentions
 * dropped ("PAC" 58, "PACs" 25, "CEOs" 1), none a name; none in the train portions of GUM, wikigold and UNER-EWT.
 */
export const dropKindAcronyms: EntityPass = { name: 'drop-kind-acronyms', triggers: new Set(commonAcronyms.kindAcronyms.map((a) => a.toLowerCase())), run };

const kindAcronyms: ReadonlySet<string> = new Set(commonAcronyms.kindAcronyms);

function run({ tokens }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const defined = definedInBrackets(tokens);
  const out = spans.filter((s) => s.tokenEnd - s.tokenStart !== 1 || !kindAcronyms.has(tokens[s.tokenStart]!.text) || defined.has(tokens[s.tokenStart]!.text));
  return out.length === spans.length ? [...spans] : out;
}

/** The kind acronyms the article writes alone in brackets: "(PAC)". */
function definedInBrackets(tokens: readonly Token[]): Set<string> {
  const out = new Set<string>();
  for (let t = 1; t + 1 < tokens.length; t++) {
    if (kindAcronyms.has(tokens[t]!.text) && tokens[t - 1]!.text === '(' && tokens[t + 1]!.text === ')') out.add(tokens[t]!.text);
  }
  return out;
}
