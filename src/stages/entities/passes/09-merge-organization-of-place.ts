import type { Token } from '../../../document';
import { isCapitalized, wordClass } from '../features';
import { demonymToCountry } from '../gazetteer';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { maxNameTokens, runStartBefore, taggedSpan } from './shared';
import { connectors, ofHeads } from './words';

/**
 * "Medical Journal of Australia", "Ministry of Defence of Japan": an
 * organization whose head word ends it, then "of" and a place, is one
 * organization (the place is part of its name). So is a run of capitalized
 * words the tagger left out, ending in a plural noun, before "of" and a
 * place: "the Pharmaceutical Research and Manufacturers of America", "the
 * Communications Workers of America" (bodies of people named for the place
 * they organize; the tagger saw only the place), and a second place joined
 * by "and" ("Food Standards of Australia and New Zealand").
 */
export const mergeOrganizationOfPlace: EntityPass = { name: 'merge-organization-of-place', run };

function run({ tokens, initial }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!;
    const next = spans[i + 1];
    const of = tokens[s.tokenEnd];
    if (
      next &&
      s.type === 'ORG' &&
      next.type === 'LOC' &&
      of !== undefined &&
      ofHeads.has(of.lower) &&
      next.tokenStart === s.tokenEnd + 1 &&
      wordClass(tokens[s.tokenEnd - 1]!.lower) === 'orgsuf' &&
      next.tokenEnd - s.tokenStart <= maxNameTokens
    ) {
      out.push({ tokenStart: s.tokenStart, tokenEnd: next.tokenEnd, type: 'ORG' });
      i++;
      continue;
    }
    const start = s.type === 'LOC' ? bodyOfPeopleBefore(tokens, initial, s, out[out.length - 1]) : -1;
    if (start < 0) {
      out.push(s);
      continue;
    }
    // "the Food Standards of Australia and New Zealand": a second place joined by "and" belongs to the name
    const joined = next?.type === 'LOC' && tokens[s.tokenEnd]?.lower === 'and' && next.tokenStart === s.tokenEnd + 1;
    out.push(taggedSpan(start, joined ? next.tokenEnd : s.tokenEnd, 'ORG'));
    if (joined) i++;
  }
  return out;
}

/**
 * The start of "Pharmaceutical Research and Manufacturers" before "of" and the place s, or -1: two or more
 * capitalized words (connectors between) right after "the", none covered by a name or a title word in any
 * of its lemmas ("the Foreign Ministers of Russia": "ministers" is no lexicon word, "minister" is a title),
 * opening no sentence, the last a plural noun that is no people ("Americans"). Without "the" the run is no
 * name ("Thousands of Flood Victims of Pakistan", "Former Prime Ministers of Italy").
 */
function bodyOfPeopleBefore(tokens: readonly Token[], initial: readonly boolean[], s: TaggedSpan, previous: TaggedSpan | undefined): number {
  const of = s.tokenStart - 1;
  if (tokens[of]?.lower !== 'of') return -1;
  const last = tokens[of - 1];
  if (!last || last.sentence !== tokens[of]!.sentence || !/^[A-Z][a-z]+s$/.test(last.text) || (last.pos !== 'NOUN' && last.pos !== 'PROPN') || demonymToCountry(last.text)) return -1;
  let words = 0;
  const floor = previous ? previous.tokenEnd : 0;
  const a = runStartBefore(tokens, of - 1, last.sentence, floor, Infinity, (t) => {
    const w = tokens[t]!;
    if (isCapitalized(w.text) && w.pos !== 'PUNCT' && !initial[t]) return true;
    return connectors.has(w.lower) && t - 1 >= floor && isCapitalized(tokens[t - 1]!.text) && !initial[t - 1];
  });
  if (tokens[a - 1]?.lower !== 'the') return -1;
  for (let t = a; t < of; t++) {
    if (tokens[t]!.lemmas.some((l) => wordClass(l) === 'title')) return -1;
    if (isCapitalized(tokens[t]!.text)) words++;
  }
  return words >= 2 && s.tokenEnd - a <= maxNameTokens ? a : -1;
}
