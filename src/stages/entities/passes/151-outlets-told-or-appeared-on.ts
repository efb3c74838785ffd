import ruleWords from '../../../data/entities/rule-words.json';
import type { Token } from '../../../document';
import { tokenAtIndex } from '../../../nlp/token-at-index';
import { isCapitalized } from '../capitalized';
import { isFamilyName, isGivenName, placeKind } from '../gazetteer';
import type { EntityPass, EntityPassContext } from '../pass';
import { possessiveMarks } from '../possessive-names';
import type { TaggedSpan } from '../tagger';
import { outletWord, wordsOfPersonsAndPlaces } from './outlet-words';
import { spanIndexByToken, taggedSpan } from './shared';

const toldVerbs: ReadonlySet<string> = new Set(ruleWords.toldVerbs);
const quoteMarks: ReadonlySet<string> = new Set(['"', '“', "'", '‘', "''", '``']);

/**
 * "Trump told Newsmax that", "telling CBS that the laws", "said on CBS's 'Face the Nation'", "on WTMJ's 'Midday with
 * Charlie Sykes'": a news outlet is what a person tells something to, or what a show is on. The tagger leaves an
 * outlet it never saw out. One untagged word there that is only a name's (outlet-words.ts: an acronym that is no
 * common abbreviation, or a word no everyday word, people's adjective, weekday or month, never written in lower
 * case), no given or family name, no known place and no word of a person or place the article names, is an
 * organization when it comes right after "told" (rule-words.json toldVerbs) with nothing carrying the phrase on after
 * it (no capitalized word, lower-case noun, number or hyphen: "told Jewish leaders", "telling Fox 35"), or right after "on" and before a
 * possessive that a show's quoted title follows ("on Wednesday's broadcast" has none; "on Mesoamerica's Gulf Coast" has
 * capitals, as a place's feature has too).
 */
export const outletsToldOrAppearedOn: EntityPass = { name: 'outlets-told-or-appeared-on', triggers: new Set([...toldVerbs, 'on']), run };

function run(ctx: EntityPassContext, spans: readonly TaggedSpan[]): readonly TaggedSpan[] {
  const { tokens, caseless, opener } = ctx;
  let spanAt: Int32Array | undefined;
  let namedWords: Set<string> | undefined;
  const found: TaggedSpan[] = [];
  for (let t = 1; t < tokens.length; t++) {
    const cue = tokens[t - 1]!;
    const w = tokens[t]!;
    if ((!toldVerbs.has(cue.lower) && cue.lower !== 'on') || cue.sentence !== w.sentence || caseless[w.sentence] || opener[t] || !isCapitalized(w.text)) continue;
    if (!(toldVerbs.has(cue.lower) ? endsAfter(tokens, t) : showFollows(tokens, t))) continue;
    spanAt ??= spanIndexByToken(tokens.length, spans);
    namedWords ??= wordsOfPersonsAndPlaces(tokens, spans);
    if (spanAt[t]! >= 0 || !outletWord(ctx, w, namedWords) || isGivenName(w.lower) || isFamilyName(w.lower) || placeKind(w.text) !== null) continue;
    found.push(taggedSpan(t, t + 1, 'ORG'));
  }
  if (found.length === 0) return spans;
  return [...spans, ...found].sort((a, b) => a.tokenStart - b.tokenStart);
}

/** Nothing carries the phrase on after the word at t: no capitalized word, lower-case noun ("told Jewish leaders"), number or hyphen. */
function endsAfter(tokens: readonly Token[], t: number): boolean {
  const next = tokenAtIndex(tokens, t + 1);
  if (!next || next.sentence !== tokens[t]!.sentence) return true;
  // (nor a number or a hyphen the name goes on with: "telling Fox 35", "told WKOW-TV")
  if (/^[\d-]/.test(next.text)) return false;
  return !isCapitalized(next.text) && !(next.pos === 'NOUN' && next.text === next.lower) && !possessiveMarks.has(next.text);
}

/** "on CBS's 'Face the Nation'", "on WTMJ's “Midday”": a possessive after the word at t, then a quote mark. */
function showFollows(tokens: readonly Token[], t: number): boolean {
  const mark = tokenAtIndex(tokens, t + 1);
  const title = tokenAtIndex(tokens, t + 2);
  if (!mark || !title || title.sentence !== tokens[t]!.sentence || !possessiveMarks.has(mark.text)) return false;
  // (a quoted title only: "on Mesoamerica's Gulf Coast" is a place's coast, the capitals alone no show's title)
  return quoteMarks.has(title.text);
}
