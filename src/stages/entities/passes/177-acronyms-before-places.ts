import lexicon from '../../../data/entities/lexicon.json';
import { isTightHyphen } from '../../../nlp/hyphens';
import { capitalsAcronymShape } from '../acronyms';
import { placeKind } from '../gazetteer';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { retypeAt, wordsText } from './shared';

/**
 * "She graduated from UC Berkeley", "AAA Durham", "ISO New England", "UW-Madison": an acronym in capitals before a
 * place's name, read as one place span, is the body the acronym names in that place (a university's campus, a
 * league's club, a grid's regional operator), an organization. Not when the acronym is a place itself ("US", "UK",
 * "NY": "NY Manhattan" would be two places), a compass point (lexicon.json compassAbbreviations: "SE
 * London", "SW France" are parts of the place; not a state's postal code, "UT Austin" is a campus), or the rest is
 * no place of the gazetteer ("GW Bridge", "RDU Airport", "FCC Complex" are sites, places), nor in capitals: a place written in capitals ("NEW YORK (AP)") opens with a word
 * shaped like an acronym (in PolNeAR train, 15 datelines and headlines before this check). Counted on the train portions of GUM, wikigold and UNER-EWT: of the gold names
 * shaped so (an acronym, then a place the gazetteer knows), all five are organizations ("AAA Durham", "AAA Syracuse",
 * "ISO New England", "SOO Africa", "AI Taiwan"); the pass retypes one predicted span there, "NSU-Broken Arrow", which
 * GUM splits into the university and the town (wrong before and after). What it changes on train: 1 name, that one,
 * wrong before and after, and 0 on PolNeAR train and dev: no train evidence either way, its evidence the issue-11 shapes in
 * tests/entity-orgs-round25.test.ts.
 */
export const acronymsBeforePlaces: EntityPass = { name: 'acronyms-before-places', run };

const mixedCase = /^\p{Lu}\p{Ll}/u;
/** "SE", "NW": a compass point before a place names a part of it, never a body in it */
const compassPoints: ReadonlySet<string> = new Set(lexicon.compassAbbreviations);

function run({ tokens, caseless }: EntityPassContext, spans: readonly TaggedSpan[]): readonly TaggedSpan[] {
  let out: TaggedSpan[] | null = null;
  spans.forEach((s, i) => {
    if (s.type !== 'LOC' || s.tokenEnd - s.tokenStart < 2 || caseless[tokens[s.tokenStart]!.sentence]) return;
    const acronym = tokens[s.tokenStart]!.text;
    if (!capitalsAcronymShape.test(acronym) || placeKind(acronym) !== null || compassPoints.has(acronym)) return;
    // "UW-Madison": a hyphen between the acronym and the place
    const restStart = isTightHyphen(tokens, s.tokenStart + 1) ? s.tokenStart + 2 : s.tokenStart + 1;
    // the place in mixed case: in capitals ("NEW YORK (AP)", a dateline) its first word only looks like an acronym
    if (restStart >= s.tokenEnd || !mixedCase.test(tokens[restStart]!.text)) return;
    if (placeKind(wordsText(tokens.slice(restStart, s.tokenEnd))) === null) return;
    out ??= [...spans];
    retypeAt(out, i, 'ORG');
  });
  return out ?? spans;
}
