import type { Token } from '../../../document';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan, TagType } from '../tagger';
import { isTightHyphen } from '../../../nlp/hyphens';
import { isKnownOrganization, placeKind } from '../gazetteer';
import { taggedSpan } from './shared';
import { isJoinedPair, pairKey, pairsInsideLongerNames } from './hyphenated-name-pairs';

/**
 * "Microsoft-Activision talks stalled ... Microsoft said. Activision declined", "the Israel-Hamas war ... Israel ...
 * Hamas", "the Google-Mozilla relationship": two names joined by a hyphen are two mentions when the article names
 * each of them alone elsewhere, each with the type it has there (CoNLL-style: no name joined to another). The
 * person pairs are split-hyphenated-pairs' ("Kishida-Xi"); this one splits a pair whatever the tagger typed it.
 *
 * A name that is itself written with a hyphen stays whole: one the gazetteer lists whole ("Guinea-Bissau",
 * "Rolls-Royce"), one whose parts name nothing alone in the article ("Coca-Cola", "Hewlett-Packard", "Comédie-
 * Française"), one the article writes inside a longer name ("Temitope Adeyemi-Cole", "Osijek-Baranja County").
 * On the train portions of GUM, wikigold and UNER-EWT, of the 3-token names "X-Y" whose two parts the article names
 * alone, the gold had the two parts once (Google-Mozilla) and the whole never; where only one part was named
 * alone it was 3 parts ("Earth-Moon" twice, "OSU-Tulsa") and one neither ("ENRON-CPS"), so one alone does not settle
 * it and the pass asks for both.
 */
export const splitHyphenatedNamePairs: EntityPass = { name: 'split-hyphenated-name-pairs', triggers: new Set(['-']), run };

function run({ tokens }: EntityPassContext, spans: readonly TaggedSpan[]): readonly TaggedSpan[] {
  if (!spans.some((s) => isJoinedPair(tokens, s))) return spans;
  const alone = namesAlone(tokens, spans);
  const insideLonger = pairsInsideLongerNames(tokens, spans);
  const out: TaggedSpan[] = [];
  let changed = false;
  for (const s of spans) {
    const left = isJoinedPair(tokens, s) ? alone.get(tokens[s.tokenStart]!.text) : undefined;
    const right = left === undefined ? undefined : alone.get(tokens[s.tokenStart + 2]!.text);
    if (left === undefined || right === undefined || insideLonger.has(pairKey(tokens, s.tokenStart)) || listedWhole(tokens, s)) {
      out.push(s);
      continue;
    }
    out.push(taggedSpan(s.tokenStart, s.tokenStart + 1, left), taggedSpan(s.tokenStart + 2, s.tokenEnd, right));
    changed = true;
  }
  return changed ? out : spans;
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
