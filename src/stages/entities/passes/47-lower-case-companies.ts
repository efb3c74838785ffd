import lexicon from '../../../data/entities/lexicon.json';
import products from '../../../data/entities/products.json';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { coveredTokens, taggedSpan } from './shared';
import { corporateSuffixes } from './words';

/**
 * Companies that write their name starting in lower case ("easyJet",
 * "iRobot", "eBay") look like no name to the tagger. A word of one to four
 * lower-case letters and then a capitalized part, that no name
 * covers and that no product list holds ("iPhone", "iPad"), is an
 * organization when its context says company: a lower-case kind of
 * organization right before it ("budget airline easyJet", "robot vacuum
 * maker iRobot"), or a corporate suffix or a company's verb right after
 * ("iRobot Corp", "easyJet reported", "eHealth said").
 */
export const lowerCaseCompanies: EntityPass = { name: 'lower-case-companies', run };

const camel = /^[a-z]{1,4}[A-Z][A-Za-z]{2,}$/;
const productNames = new Set(products.names);
const kinds = new Set(lexicon.contextTypes.orgKind);
const verbsAfter = new Set([...lexicon.companyVerbs, 'said', 'says', 'announced', 'announces', 'agreed', 'agrees', 'reported']);

function run({ tokens }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const covered = coveredTokens(tokens, spans);
  const added: TaggedSpan[] = [];
  for (let t = 0; t < tokens.length; t++) {
    const w = tokens[t]!;
    // (a word all in lower case has no capital for `camel`: asked first, a string comparison instead of a regex per token)
    if (covered[t] || w.text === w.lower || !camel.test(w.text) || productNames.has(w.lower)) continue;
    const before = tokens[t - 1];
    const after = tokens[t + 1];
    const kindBefore = before !== undefined && before.sentence === w.sentence && before.text === before.lower && kinds.has(before.lower);
    const suffix = after !== undefined && after.sentence === w.sentence && corporateSuffixes.has(after.lower);
    const verbAfter = after !== undefined && after.sentence === w.sentence && verbsAfter.has(after.lower);
    if (kindBefore || suffix || verbAfter) added.push(taggedSpan(t, suffix ? t + 2 : t + 1, 'ORG'));
  }
  return added.length === 0 ? [...spans] : [...spans, ...added].sort((x, y) => x.tokenStart - y.tokenStart);
}
