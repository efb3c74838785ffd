import type { Token } from '../../../document';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan, TagType } from '../tagger';
import { isTightHyphen } from '../../../nlp/hyphens';
import { isKnownOrganization, placeKind } from '../gazetteer';
import { taggedSpan } from './shared';
import { isJoinedPair, pairKey, pairsInsideLongerNames } from './hyphenated-name-pairs';
import { pairRelationNouns } from './words';

/**
 * "Microsoft-Activision talks stalled ... Microsoft said. Activision declined", "the Israel-Hamas war ... Israel ...
 * Hamas", "the Google-Mozilla relationship": two names joined by a hyphen before a noun naming what lies between two
 * parties (rule-words.json pairRelationNouns) are two mentions when the article names each of them alone elsewhere,
 * each with the type it has there (CoNLL-style: no name joined to another). The person pairs are
 * split-hyphenated-pairs' ("Kishida-Xi"); this one splits a pair whatever the tagger typed it.
 *
 * A name that is itself written with a hyphen stays whole: a merged company that acts or owns ("Exxon-Mobil posted",
 * "Exxon-Mobil's chief", "Shares of Daimler-Chrysler fell", even when the article names the old firms alone), one the
 * gazetteer lists whole ("Guinea-Bissau", "Rolls-Royce"), one whose parts name nothing alone in the article
 * ("Coca-Cola"), one the article writes inside a longer name ("Temitope Adeyemi-Cole", "Osijek-Baranja County"). A
 * part typed a person alone does not make an organization pair two people's ("Sanofi-Aventis said ... Aventis").
 * Counts, honestly: the train portions of GUM, wikigold and UNER-EWT hold one such pair the gold splits
 * (Google-Mozilla) and none it keeps whole: n=1, not measured as a rate. The relation-noun guard comes from the merged
 * companies review rev25-a found split wrongly (Exxon-Mobil, Daimler-Chrysler, Fiat-Chrysler, Sanofi-Aventis), none of
 * which has such a noun after it; the four pairs it split rightly all have one.
 */
export const splitHyphenatedNamePairs: EntityPass = { name: 'split-hyphenated-name-pairs', triggers: new Set(['-']), run };

function run({ tokens }: EntityPassContext, spans: readonly TaggedSpan[]): readonly TaggedSpan[] {
  if (!spans.some((s) => isJoinedPair(tokens, s) && beforeRelationNoun(tokens, s))) return spans;
  const alone = namesAlone(tokens, spans);
  const insideLonger = pairsInsideLongerNames(tokens, spans);
  const out: TaggedSpan[] = [];
  let changed = false;
  for (const s of spans) {
    const left = isJoinedPair(tokens, s) && beforeRelationNoun(tokens, s) ? alone.get(tokens[s.tokenStart]!.text) : undefined;
    const right = left === undefined ? undefined : alone.get(tokens[s.tokenStart + 2]!.text);
    if (left === undefined || right === undefined || insideLonger.has(pairKey(tokens, s.tokenStart)) || listedWhole(tokens, s) || personPartOfNonPerson(s, left, right)) {
      out.push(s);
      continue;
    }
    out.push(taggedSpan(s.tokenStart, s.tokenStart + 1, left), taggedSpan(s.tokenStart + 2, s.tokenEnd, right));
    changed = true;
  }
  return changed ? out : spans;
}

/** The pair modifies a lower-case noun of two parties in its sentence ("talks", "war", "game"), not "'s" or a verb. */
function beforeRelationNoun(tokens: readonly Token[], s: TaggedSpan): boolean {
  const next = tokens[s.tokenEnd];
  if (!next || next.sentence !== tokens[s.tokenStart]!.sentence || next.pos !== 'NOUN' || !/^\p{Ll}/u.test(next.text)) return false;
  return pairRelationNouns.has(next.lower) || pairRelationNouns.has(next.lemma.toLowerCase());
}

/** A pair not typed a person with a part the article types a person alone: the tagger's person type is not copied on. */
function personPartOfNonPerson(s: TaggedSpan, left: TagType, right: TagType): boolean {
  return s.type !== 'PER' && (left === 'PER' || right === 'PER');
}

/** The one-word names the article writes alone (no hyphen joining them to a word), with the type each has there. */
function namesAlone(tokens: readonly Token[], spans: readonly TaggedSpan[]): Map<string, TagType> {
  const alone = new Map<string, TagType>();
  for (const s of spans) {
    if (s.tokenEnd - s.tokenStart !== 1 || isTightHyphen(tokens, s.tokenStart - 1) || isTightHyphen(tokens, s.tokenStart + 1)) continue;
    const text = tokens[s.tokenStart]!.text;
    if (!alone.has(text)) alone.set(text, s.type);
  }
  return alone;
}

/** A place or organization the gazetteer lists with its hyphen ("Guinea-Bissau", "Rolls-Royce"). */
function listedWhole(tokens: readonly Token[], s: TaggedSpan): boolean {
  const text = wordsText(tokens, s.tokenStart);
  return placeKind(text) !== null || isKnownOrganization(text);
}

function wordsText(tokens: readonly Token[], start: number): string {
  return `${tokens[start]!.text}-${tokens[start + 2]!.text}`;
}
