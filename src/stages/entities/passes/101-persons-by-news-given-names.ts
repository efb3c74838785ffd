import { isAsciiTitleCaseWord } from '../capitalized';
import { wordClass } from '../features';
import { isNewsGivenName } from '../gazetteer';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { knownElsewise, spanText, withType } from './shared';
import { isOrganizationHeadOrSuffix } from './words';

/**
 * "Mitt Romney stumbled with 27 percent", "Newt Gingrich": a name of two or three title-case words the tagger typed
 * organization or place whose first word is a given name news writes and no faker locale lists
 * (news-given-names.json, learned from the train portions by scripts/build-news-given-names.ts: each name opens a
 * person's full name in more train documents than it is used otherwise). The tagger's own "given" feature never saw
 * these names, so its weights cannot read them; this pass does. A name a gazetteer knows, or holding an
 * organization's or place's word ("Jeb Bush Foundation"), keeps its type.
 */
export const personsByNewsGivenNames: EntityPass = { name: 'persons-by-news-given-names', run };

function run({ tokens }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  let changed = false;
  const out = spans.map((s) => {
    const n = s.tokenEnd - s.tokenStart;
    if ((s.type !== 'ORG' && s.type !== 'LOC') || n < 2 || n > 3 || !isNewsGivenName(tokens[s.tokenStart]!.lower)) return s;
    const words = tokens.slice(s.tokenStart, s.tokenEnd);
    if (!words.every((w) => isAsciiTitleCaseWord(w.text) && wordClass(w.lower) === undefined && !isOrganizationHeadOrSuffix(w.lower, undefined))) return s;
    if (knownElsewise(spanText(tokens, s))) return s;
    changed = true;
    return withType(s, 'PER');
  });
  return changed ? out : [...spans];
}
