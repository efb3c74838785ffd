import type { Token } from '../../../document';
import ruleWords from '../../../data/entities/rule-words.json';
import { isTightHyphen } from '../../../nlp/hyphens';
import { isCapitalized } from '../capitalized';
import { demonymToCountry, isGivenName } from '../gazetteer';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { spanIndexByToken, taggedSpan } from './shared';
import { companyTails, connectors, notNames, titleModifierWords } from './words';

/**
 * "Paris-based Les Films du Worso", "Dublin-based Shire called off the deal": wire copy writes where a company sits
 * onto "-based" or "-headquartered" right before its name (rule-words.json companyPlaceTails), and the tagger, which
 * saw few such names, often tags nothing there. A run of capitalized words (connectors such as "du", "of" between)
 * right after "<Place>-based" is an organization (a name the tagger gave those very words is retyped; one that
 * covers only some of them or more is left alone), unless it modifies a lower-case noun after it
 * ("a Denver-based IT firm", "a Florida-based Republican strategist") or opens with a given name, a demonym or a title
 * word ("Texas-based Matt Mackowiak", "a London-based American investor": persons and descriptions; a given name
 * followed by a word of company names stays, "Les Films du Worso"), or a lower-case word and a capitalized one follow
 * it ("Texas-based Meals on Wheels Plus": where the name ends is unclear).
 */
const companyPlaceTails: ReadonlySet<string> = new Set(ruleWords.companyPlaceTails);
// (the rule starts only at one of these words: without them the pass walked every token and copied the spans for nothing)
export const organizationsAfterBased: EntityPass = { name: 'organizations-after-based', triggers: companyPlaceTails, run };
// what may stand between the capitalized words: connectors ("of", "&") and particles ("du", "de")
const between: ReadonlySet<string> = new Set([...connectors, ...ruleWords.nameParticles]);

function run({ tokens, caseless }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const byToken = spanIndexByToken(tokens.length, spans);
  const out = [...spans];
  let changed = false;
  for (let t = 2; t + 1 < tokens.length; t++) {
    if (!companyPlaceTails.has(tokens[t]!.lower) || tokens[t]!.text !== tokens[t]!.lower || !afterPlaceHyphen(tokens, t) || caseless[tokens[t]!.sentence]) continue;
    const end = runEnd(tokens, t + 1);
    if (end === undefined) continue;
    const holders = new Set(Array.from(byToken.subarray(t + 1, end)));
    if (holders.size > 1) continue;
    const [at] = holders;
    if (at === -1) out.push(taggedSpan(t + 1, end, 'ORG'));
    else {
      const s = spans[at!]!;
      if (s.tokenStart !== t + 1 || s.tokenEnd !== end || s.type === 'ORG') continue;
      out[at!] = taggedSpan(s.tokenStart, s.tokenEnd, 'ORG');
    }
    changed = true;
  }
  return changed ? out.sort((a, b) => a.tokenStart - b.tokenStart) : out;
}

/** "Paris-based": a capitalized word, a hyphen written tight, and the tail at `t`. */
function afterPlaceHyphen(tokens: readonly Token[], t: number): boolean {
  const place = tokens[t - 2]!;
  return tokens[t - 1]!.text === '-' && isTightHyphen(tokens, t - 1) && isCapitalized(place.text) && place.sentence === tokens[t]!.sentence;
}

/** The end (exclusive) of the run of capitalized words from `from` that may be a company's name; undefined when there is none. */
function runEnd(tokens: readonly Token[], from: number): number | undefined {
  const first = tokens[from]!;
  if (!isCapitalized(first.text) || first.sentence !== tokens[from - 1]!.sentence) return undefined;
  if (demonymToCountry(first.text) || titleModifierWords.has(first.lower) || notNames.has(first.lower)) return undefined;
  let end = from;
  for (let w = from; w < tokens.length && tokens[w]!.sentence === first.sentence; w++) {
    const word = tokens[w]!;
    if (isCapitalized(word.text)) end = w + 1;
    else if (!between.has(word.lower) || word.text === '-' || word.text === '.') break;
  }
  const words = tokens.slice(from, end);
  // a given name opens a person's name, unless a word of company names follows ("Les Films du Worso")
  if (isGivenName(first.lower) && !words.some((w) => companyTails.has(w.lower))) return undefined;
  const next = tokens[end];
  if (!next || next.sentence !== first.sentence) return end;
  // "a Denver-based IT firm": the capitalized words modify the noun after them
  if (next.text === next.lower && next.pos === 'NOUN') return undefined;
  // "Meals on Wheels": a lower-case word, then a capitalized one: the name may go on, its bounds are unclear
  const after = tokens[end + 1];
  if (/^\p{Ll}/u.test(next.text) && after && after.sentence === next.sentence && isCapitalized(after.text)) return undefined;
  return end;
}
