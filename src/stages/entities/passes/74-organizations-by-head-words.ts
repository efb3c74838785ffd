import type { Token } from '../../../document';
import boundaries from '../../../data/entities/organization-boundaries.json';
import { isTightHyphen } from '../../../nlp/hyphens';
import { isCapitalized } from '../capitalized';
import { wordClass } from '../features';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { replaceSpans, spanIndexByToken, taggedSpan } from './shared';
import { isOrganizationHead, miscHeads, months, ofHeads, weekdays } from './words';

/**
 * Names of bodies the tagger leaves out altogether: "the Council on Foreign
 * Relations", "Image: Home Office.", "the Australian Paralympic Committee",
 * "the United States Navy". A run of capitalized words that no name covers,
 * holding an organization's head (lexicon.json orgHeads, or
 * organization-boundaries.json moreHeads: "Group", "Authority",
 * "Government"), is an organization: the capitalized words right before the
 * head, and after it a link ("of", "for", "on"; "the" may follow it) and
 * capitalized words ("and", "&" or a hyphen between them). It takes two words or more
 * ("the Council" alone is a reference back, not a name). Not when a head
 * also names a building or a trade (notHeads: "Opera House", "Creative
 * Software"), when a word of it is a person's title ("Board Chairman"), a
 * weekday or a month ("the Board on Monday"), when a capitalized word goes on
 * right after it (where the name ends is unclear) or a person's title does
 * ("Foreign Ministry spokesman": the body is part of the title), or in a headline or a line
 * in capitals. A sentence's first word the article writes in lower case
 * elsewhere is left out ("Every Council member" is no name's start). A
 * place's name inside the tail ("the Liberal Party of Nova Scotia") becomes
 * part of the organization, and so does the head alone tagged as an
 * organization ("Council", carried over from an earlier "the Council"); any
 * other name touching the run leaves it alone.
 */
export const organizationsByHeadWords: EntityPass = { name: 'organizations-by-head-words', run };

const moreHeads: ReadonlySet<string> = new Set(boundaries.moreHeads);
const notHeads: ReadonlySet<string> = new Set(boundaries.notHeads);
// "the Council on Foreign Relations", "the Committee on Climate Change": "on" links heads of councils and committees too
const links: ReadonlySet<string> = new Set([...ofHeads, 'on']);
const tailJoiners: ReadonlySet<string> = new Set(['and', '&']);
const maxWords = 8;

function run({ tokens, opener, caseless, writtenLower }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const spanAt = spanIndexByToken(tokens.length, spans);
  const added: TaggedSpan[] = [];
  const absorbed = new Set<number>();
  for (let h = 0; h < tokens.length; h++) {
    const head = tokens[h]!;
    if (caseless[head.sentence] || !isHead(tokens, h)) continue;
    // the head alone may be tagged already, as a reference back to the body ("the Council", propagated)
    const own = spanAt[h]!;
    if (own >= 0 && (spans[own]!.type !== 'ORG' || spans[own]!.tokenStart !== h || spans[own]!.tokenEnd !== h + 1)) continue;
    const word = (t: number): boolean => t >= 0 && t < tokens.length && tokens[t]!.sentence === head.sentence && nameWord(tokens[t]!) && spanAt[t]! < 0;
    let start = h;
    while (start - 1 >= 0 && h - start < maxWords && word(start - 1) && tokens[start]!.start > tokens[start - 1]!.end) start--;
    // "Every Council member": an opener the article writes in lower case is no part of the name
    if (start < h && opener[start] && writtenLower.has(tokens[start]!.lower)) start++;
    const tail = tailEnd(tokens, h, spanAt, spans);
    const end = tail.end;
    // "the College for All Act": a law's, an event's or an award's name that holds a body's head (pass 19's heads)
    if (end - start < 2 || miscHeads.has(tokens[end - 1]!.lower)) continue;
    // "the Reserve Officers’ Training Corps": glued to what comes before, the name starts somewhere else
    if (start > 0 && tokens[start - 1]!.end === tokens[start]!.start) continue;
    if (start > 1 && /^['’]$/.test(tokens[start - 1]!.text) && tokens[start - 1]!.start === tokens[start - 2]!.end) continue;
    const next = tokens[end];
    if (next !== undefined && next.sentence === head.sentence && goesOn(tokens, end)) continue;
    // "China’s Foreign Ministry spokesman Zhao Lijian": a body named in a person's title is the title's, not a name
    if (next !== undefined && next.sentence === head.sentence && next.text === next.lower && wordClass(next.lower) === 'title') continue;
    if (start > 0 && tokens[start - 1]!.sentence === head.sentence && spanAt[start - 1]! >= 0 && tokens[start]!.start === tokens[start - 1]!.end + 1) continue;
    for (const i of tail.places) absorbed.add(i);
    if (own >= 0) absorbed.add(own);
    added.push(taggedSpan(start, end, 'ORG'));
    h = end - 1;
  }
  return replaceSpans(spans, absorbed, added);
}

/** Does a capitalized word, or a hyphen or dash and one, stand at t ("the Council on American - Islamic Relations")? */
function goesOn(tokens: readonly Token[], t: number): boolean {
  const w = tokens[t]!;
  const capital = (x: Token | undefined): boolean => x !== undefined && x.sentence === w.sentence && isCapitalized(x.text) && /^\p{L}/u.test(x.text);
  return capital(w) || (/^[-‐‑–—]$/.test(w.text) && capital(tokens[t + 1]));
}

/** A capitalized word of an organization's name that is no article or pronoun ("The Department"), title, weekday or month. */
function nameWord(t: Token): boolean {
  return isCapitalized(t.text) && /^\p{L}[\p{L}.'’-]*$/u.test(t.text) && t.pos !== 'DET' && t.pos !== 'PRON' && wordClass(t.lower) !== 'title' && !weekdays.has(t.lower) && !months.has(t.lower);
}

function isHead(tokens: readonly Token[], h: number): boolean {
  const w = tokens[h]!;
  if (!isCapitalized(w.text)) return false;
  const singular = w.lower.endsWith('s') ? w.lower.slice(0, -1) : w.lower;
  // the head-word look-ups before nameWord: this runs for every capitalized word of the article, few are heads, and
  // nameWord's character test (a Unicode regular expression) cost more than the look-ups (all pure: same answer)
  if (!(isOrganizationHead(w.lower, tokens[h + 1]?.lower) || moreHeads.has(w.lower) || moreHeads.has(singular))) return false;
  return nameWord(w) && !notHeads.has(w.lower) && !notHeads.has(singular);
}

/**
 * Where the name ends after its head at h: after "of" / "for" / "on" (and "the") and capitalized words, "and" or "&"
 * between them; places of the gazetteer tagged there come into the name (their indexes in `places`). The head's own
 * end when no such tail follows.
 */
function tailEnd(tokens: readonly Token[], h: number, spanAt: Int32Array, spans: readonly TaggedSpan[]): { end: number; places: number[] } {
  const none = { end: h + 1, places: [] };
  const sentence = tokens[h]!.sentence;
  const at = (t: number): Token | undefined => (t < tokens.length && tokens[t]!.sentence === sentence ? tokens[t] : undefined);
  const linkAt = (t: number): boolean => links.has(at(t)?.lower ?? '') && at(t)!.text === at(t)!.lower;
  if (!linkAt(h + 1)) return none;
  let t = h + 2;
  if (at(t)?.text === 'the') t++;
  const places: number[] = [];
  let end = -1;
  while (t - h <= maxWords) {
    // "the Institute for the Study of Labor": a second link goes on with the name
    if (end === t && linkAt(t)) {
      const after = at(t + 1)?.text === 'the' ? t + 2 : t + 1;
      if (at(after) === undefined || !nameWord(at(after)!)) break;
      t = after;
    }
    const w = at(t);
    if (w === undefined || !nameWord(w)) break;
    const i = spanAt[t]!;
    if (i >= 0) {
      const s = spans[i]!;
      if (s.type !== 'LOC' || s.tokenStart !== t) return none;
      places.push(i);
      t = s.tokenEnd;
    } else t++;
    end = t;
    // "Trade and Industry", "Council on American-Islamic Relations"
    if ((tailJoiners.has(at(t)?.lower ?? '') || isTightHyphen(tokens, t)) && at(t + 1) !== undefined && nameWord(at(t + 1)!)) t++;
  }
  return end < 0 ? none : { end, places };
}
