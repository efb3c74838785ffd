/**
 * One reader of a list of names ("Sony, Nintendo and Toshiba", "the districts
 * of Saptari, Rautahat and Bardiya"), which the passes that reason about
 * lists (30 coordinated companies, 39 places by context, 49 organizations in
 * company lists) share, so that all of them agree on where a list runs.
 */
import type { Token } from '../../../document';
import type { TaggedSpan } from '../tagger';
import { listJoiners } from './words';

/** What a list is made of: its joiners, and where it stops. */
export interface ListReading {
  /** what may stand between two members (one or two of them: "A, B", "A and B", "A, and B"); `listJoiners` by default */
  joiners?: ReadonlySet<string>;
  /** the member after "and" / "or" is the last ("in Ottawa and Halifax, Cowley broke in") */
  endAfterCoordinator?: boolean;
  /** at most this many members */
  max?: number;
  /** what may follow a first joiner ("A, and B"); `joiners` by default. Lists of places take only "and" / "or":
   * "Hubei and, Reuters reported, Guangdong" is no list of three */
  secondJoiners?: ReadonlySet<string>;
}

/** "and", "or": before a list's last member */
export const coordinators: ReadonlySet<string> = new Set(['and', 'or']);

/**
 * The members of the list that starts at token `t`, in order: `memberAt(t)`
 * gives the member that starts at token t (a tagged span, or whatever the
 * caller counts as one), or nothing, which ends the list. Between two members
 * stand one or two joiners; every member starts in the first one's sentence.
 * A list of one is returned too: callers say how many members they need.
 */
export function readNameList(tokens: readonly Token[], t: number, memberAt: (t: number) => TaggedSpan | undefined, reading: ListReading = {}): TaggedSpan[] {
  const joiners = reading.joiners ?? listJoiners;
  const max = reading.max ?? Infinity;
  const secondJoiners = reading.secondJoiners ?? joiners;
  const out: TaggedSpan[] = [];
  const sentence = tokens[t]?.sentence;
  while (t < tokens.length && tokens[t]!.sentence === sentence && out.length < max) {
    const member = memberAt(t);
    if (member === undefined) break;
    out.push(member);
    if (reading.endAfterCoordinator && out.length > 1 && coordinators.has(tokens[member.tokenStart - 1]?.lower ?? '')) break;
    t = member.tokenEnd;
    if (!joiners.has(tokens[t]?.lower ?? '')) break;
    t++;
    if (secondJoiners.has(tokens[t]?.lower ?? '')) t++;
  }
  return out;
}

/**
 * The lists of two or more of the article's tagged spans, as runs of
 * consecutive indexes into `spans` ({ first, last }, both included), read
 * left to right with `readNameList`.
 */
export function spanLists(tokens: readonly Token[], spans: readonly TaggedSpan[], reading: ListReading = {}): { first: number; last: number }[] {
  const out: { first: number; last: number }[] = [];
  let i = 0;
  let last = -1;
  // each member is the span right after the one before (spans are sorted and apart). One reader for the whole walk:
  // an arrow function made in the loop, reading the loop's own `last`, cost a closure and a context per span (issue 14)
  const memberAt = (t: number): TaggedSpan | undefined => {
    const next = spans[last + 1];
    if (next === undefined || next.tokenStart !== t) return undefined;
    last++;
    return next;
  };
  while (i < spans.length) {
    last = i - 1;
    const members = readNameList(tokens, spans[i]!.tokenStart, memberAt, reading);
    if (members.length >= 2) out.push({ first: i, last });
    i = last + 1;
  }
  return out;
}
