import type { Token } from '../../../document';
import outlets from '../../../data/entities/news-outlets.json';
import { isCapitalized } from '../capitalized';
import { isOpeningMark } from '../../../nlp/quotation-marks';
import { lowerOf } from '../../../nlp/characters';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { matchEnd, taggedSpan, unchangedOr } from './shared';

/**
 * Outlets news copy cites by name: "told the Daily Beast", "according to
 * Variety", "in an interview with Newsmax", "NME said", "The Atlantic
 * reported". The tagger reads a one-word outlet as a person or nothing ("told
 * Variety" is said to a person as often), and pass 73 takes only names after
 * "the" that end in a newspaper's word ("the Guardian", "the Post"). A name of
 * news-outlets.json (hand-listed mastheads: scripts/build-news-outlets.ts),
 * written exactly as listed, is an organization where it is cited: one of
 * cuesBefore right before it (a "the" between them skipped), or one of
 * cuesAfter right after it ("said"/"says" only for a name that reads as
 * nothing else: "Forbes said" may be Steve Forbes). A name listed with "The"
 * needs "the" before it ("The Hill", not "Capitol Hill"). A cited name of
 * `names` is then an organization at every mention; one of `citedOnly` (a
 * "The" name that is also a common word or a place: "The Atlantic", "The
 * Hill") only where cited; one of `citedStrongly` (a bare word that is also a
 * person's name: "Dawn", "Elle", "Forbes") only where strongly cited: after
 * "the", before an outlet noun ("Forbes magazine") or after one of
 * strongCuesBefore ("according to Forbes"), never on a bare "told Dawn"; one
 * of `citedBeforeOnly` (a bare common word: "Variety", "People") by the cues
 * before it ("told Variety") but not by a bare report after it ("People
 * reported feeling dizzy"). Not a name a person of the article goes by ("Steve Forbes ... Forbes said") but
 * before a newsroom noun ("a Forbes reporter"). Never in a headline or a sentence in capitals,
 * nor inside a longer run of capitalized words or before a possessive
 * ("People's Daily"); a span the tagger found reaching beyond the name wins.
 */
interface Outlet {
  /** the name as written, without a leading "The" */
  name: string;
  /** listed with "The": only after "the" */
  the: boolean;
  /** in `names`: spread from a cited mention to the others */
  spreads: boolean;
  /** in `citedStrongly`: cited only by "the", an outlet noun or a strong cue before it */
  strong: boolean;
  /** in `citedBeforeOnly` (or `citedStrongly`): no cue after it cites it without "the" */
  notByReport: boolean;
}

const words = (cue: string): string => cue.toLowerCase();
const cuesBefore: ReadonlySet<string> = new Set(outlets.cuesBefore.map(words));
const strongCuesBefore: ReadonlySet<string> = new Set(outlets.strongCuesBefore.map(words));
const outletNouns: ReadonlySet<string> = new Set(outlets.outletNouns);
/** the "versus" of a case's name ("People v. Smith"), as the tokenizer may split it */
const caseVersus: ReadonlySet<string> = new Set(outlets.caseVersus);
const cuesAfter: ReadonlySet<string> = new Set(outlets.cuesAfter.map(words));
const cuesAfterForNames: ReadonlySet<string> = new Set(outlets.cuesAfterForNames.map(words));
const newsroomNouns: ReadonlySet<string> = new Set(outlets.newsroomNouns);
const longestCueBefore = Math.max(...[...cuesBefore].map((c) => c.split(/[\s-]/).length * 2));

/** an outlet name's first token (split as the tokenizer splits: spaces, hyphens, apostrophes, dots) -> its outlets, longest first */
const byFirstWord = new Map<string, Outlet[]>();
const listed = (all: readonly string[], spreads: boolean, strong: boolean, notByReport: boolean): Outlet[] =>
  all.map((n) => ({ name: n.replace(/^The /, ''), the: n.startsWith('The '), spreads, strong, notByReport }));
const allOutlets = [
  ...listed(outlets.names, true, false, false),
  ...listed(outlets.citedOnly, false, false, false),
  ...listed(outlets.citedStrongly, false, true, true),
  ...listed(outlets.citedBeforeOnly, false, false, true),
];
for (const o of allOutlets) {
  const first = o.name.split(/[\s\-'’./&]/)[0]!;
  byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), o].sort((a, b) => b.name.length - a.name.length));
}
/** the first tokens' lower case (as the tokens stage writes it): the words whose places the pass visits */
const firstWords: ReadonlySet<string> = new Set([...byFirstWord.keys()].map(lowerOf));

// every cue's first word, whole and up to a hyphen ("op-ed" may be one token or three): an article without one changes nothing
const triggerWords = [...outlets.cuesBefore, ...outlets.cuesAfter, ...outlets.cuesAfterForNames, ...outlets.newsroomNouns].flatMap((c) => {
  const first = c.toLowerCase().split(' ')[0]!;
  return [first, first.split('-')[0]!];
});
export const outletsByCues: EntityPass = { name: 'outlets-by-cues', triggers: new Set(triggerWords), run };

interface Mention {
  start: number;
  end: number;
  key: string;
  cited: boolean;
  spreads: boolean;
}

function run({ tokens, initial, caseless, wordIndex }: EntityPassContext, spans: readonly TaggedSpan[]): readonly TaggedSpan[] {
  const mentions: Mention[] = [];
  // a name a person of the article goes by ("Steve Forbes ... Forbes said", "Mayor Don Guardian") is the person's,
  // unless a newsroom noun or "the" says otherwise
  const personWords = lastWordsOfPersons(tokens, spans);
  // an outlet's name starts only where its first word stands: those places from the word index, not a walk over every
  // token asking each for its text (the pass's costliest line)
  const starts = wordIndex.ofAny(firstWords);
  let next = 0;
  for (let k = 0; k < starts.length; k++) {
    const t = starts[k]!;
    if (t < next) continue;
    const candidates = byFirstWord.get(tokens[t]!.text);
    if (!candidates || tokens[t]!.paragraph < 0 || caseless[tokens[t]!.sentence]) continue;
    const sentence = tokens[t]!.sentence;
    const hasThe = t > 0 && tokens[t - 1]!.lower === 'the' && tokens[t - 1]!.sentence === sentence;
    const first = hasThe ? t - 1 : t;
    // the cue before depends only on where the name (its "the") opens: read once for every outlet starting here
    const cue = cueBefore(tokens, first);
    for (const o of candidates) {
      const end = matchEnd(tokens, t, o.name);
      if (end < 0 || (o.the && !hasThe)) continue;
      const newsroom = newsroomAfter(tokens, end, o);
      const before = cue !== null && (!o.strong || hasThe || strongCuesBefore.has(cue));
      if (partOfLongerName(tokens, initial, first, end, newsroom || before) || (personWords.has(o.name) && !newsroom && !hasThe)) continue;
      const after = o.notByReport ? hasThe && citedAfter(tokens, end, false) : citedAfter(tokens, end, o.spreads);
      mentions.push({ start: t, end, key: o.name, cited: before || newsroom || after, spreads: o.spreads });
      next = end;
      break;
    }
  }
  const citedNames = new Set(mentions.filter((m) => m.cited && m.spreads).map((m) => m.key));
  const claims = mentions.filter((m) => m.cited || (m.spreads && citedNames.has(m.key))).map((m) => taggedSpan(m.start, m.end, 'ORG'));
  if (claims.length === 0) return spans;
  // a claim replaces the spans inside it; a span reaching outside it ("Business Insider Intelligence" read whole) wins
  const inside = (s: TaggedSpan, c: TaggedSpan): boolean => s.tokenStart >= c.tokenStart && s.tokenEnd <= c.tokenEnd;
  const overlaps = (s: TaggedSpan, c: TaggedSpan): boolean => s.tokenStart < c.tokenEnd && c.tokenStart < s.tokenEnd;
  const free = claims.filter((c) => !spans.some((s) => overlaps(s, c) && !inside(s, c)));
  if (free.length === 0) return spans;
  const kept = spans.filter((s) => !free.some((c) => inside(s, c)));
  return unchangedOr(spans, [...kept, ...free].sort((x, y) => x.tokenStart - y.tokenStart));
}

/** The cue before the name opening at token `first` (its "the", if any) that tells, cites, interviews or writes in it, or null. */
function cueBefore(tokens: readonly Token[], first: number): string | null {
  const sentence = tokens[first]?.sentence;
  let text = '';
  for (let t = first - 1; t >= 0 && first - t <= longestCueBefore && tokens[t]!.sentence === sentence; t--) {
    text = tokens[t]!.lower + (tokens[t + 1]!.start > tokens[t]!.end ? ' ' : '') + text;
    const cue = text.trimEnd();
    if (cuesBefore.has(cue)) return cue;
  }
  return null;
}

/**
 * A newsroom noun right after the name ending before `end`, or after its possessive ("ABC moderator", "HuffPost's
 * analysis")? After a bare name that reads as something else only an outlet noun ("Time magazine"; not "Science
 * writer").
 */
function newsroomAfter(tokens: readonly Token[], end: number, o: Outlet): boolean {
  const sentence = tokens[end - 1]!.sentence;
  let t = end;
  if (tokens[t]?.sentence === sentence && possessive(tokens[t]!)) t++;
  const noun = tokens[t]?.sentence === sentence ? tokens[t]!.text : '';
  return o.spreads || o.the ? newsroomNouns.has(noun) : outletNouns.has(noun);
}

const possessive = (w: Token): boolean => w.lower === "'s" || w.lower === '’s';

/** An opening mark at `t` whose next word the token layer reads inside a quotation (a quoted show: ABC's “This Week”). */
const opensQuotedTitle = (tokens: readonly Token[], t: number): boolean => isOpeningMark(tokens[t]) && tokens[t + 1]?.inQuote === true;

/** The last word of every person's name of two words or more: a name a person goes by. */
function lastWordsOfPersons(tokens: readonly Token[], spans: readonly TaggedSpan[]): Set<string> {
  const out = new Set<string>();
  for (const s of spans) if (s.type === 'PER' && s.tokenEnd - s.tokenStart >= 2) out.add(tokens[s.tokenEnd - 1]!.text);
  return out;
}

/** Does the name ending before token `end` report or write ("first reported"), or say ("said": for spreading names only)? */
function citedAfter(tokens: readonly Token[], end: number, spreads: boolean): boolean {
  const next = tokens[end];
  if (!next || next.sentence !== tokens[end - 1]!.sentence) return false;
  if (cuesAfter.has(next.lower) || (spreads && cuesAfterForNames.has(next.lower))) return true;
  const two = tokens[end + 1];
  return two !== undefined && two.sentence === next.sentence && cuesAfter.has(`${next.lower} ${two.lower}`);
}

/**
 * A capitalized word right before the name (its "the" at `first`, if any) that does not open the sentence, or right
 * after it, a number after it, or a possessive or a hyphen joined to its end: the words are part of another name
 * ("People's Daily", "Time Warner", "ABC 7", "CNN-IBN"); a possessive before a newsroom noun, or a cited name's
 * before a quoted show, is not.
 */
function partOfLongerName(tokens: readonly Token[], initial: readonly boolean[], first: number, end: number, ownsPossessive: boolean): boolean {
  const sentence = tokens[first]!.sentence;
  const before = tokens[first - 1];
  if (before && before.sentence === sentence && !initial[first - 1] && isCapitalized(before.text) && /\p{L}/u.test(before.text)) return true;
  const after = tokens[end];
  if (!after || after.sentence !== sentence) return false;
  // ("HuffPost's analysis", "said on ABC's “This Week”": before a newsroom noun, or after a cue before a quoted
  // show's title, the possessive is the outlet's)
  if (possessive(after)) return !(ownsPossessive && (newsroomNouns.has(tokens[end + 1]?.text ?? '') || opensQuotedTitle(tokens, end + 1)));
  // ("ABC 7", "Channel 4 News": a channel's number goes on the name; "People v. Smith": a case's name)
  if ((isCapitalized(after.text) && /\p{L}/u.test(after.text)) || /^\d/.test(after.text) || caseVersus.has(after.lower)) return true;
  return after.start === tokens[end - 1]!.end && /^[-‐–'’]/.test(after.text);
}
