/**
 * Turns overlapping highlight spans into a properly nested tree, the shape
 * HTML elements need. Knows nothing about briefings: a mark is a span with a
 * rank (lower ranks go outside when two marks cover the same text) and
 * whatever data its renderer needs.
 */

export interface Mark<T> {
  start: number;
  end: number;
  /** lower is outer when spans are equal: a quote (0) holds the mention (1) that fills it */
  rank: number;
  data: T;
}

/** A piece of one mark: a mark that crosses its container's end is cut there and continues as a later piece. */
export interface MarkSegment<T> {
  type: 'mark';
  mark: Mark<T>;
  start: number;
  end: number;
  /** this piece starts where the mark starts */
  first: boolean;
  /** this piece ends where the mark ends */
  last: boolean;
  children: Segment<T>[];
}

export interface TextSegment {
  type: 'text';
  start: number;
  end: number;
}

export type Segment<T> = MarkSegment<T> | TextSegment;

interface Piece<T> {
  mark: Mark<T>;
  start: number;
  end: number;
}

const byPosition = <T>(a: Piece<T>, b: Piece<T>): number => a.start - b.start || b.end - a.end || a.mark.rank - b.mark.rank;

/**
 * The segments covering [from, to): text runs and nested marks. Marks are
 * clipped to the range, empty ones dropped; when two marks cross ("a <b c>
 * d</b>" against "<a b> c d"), the later one is split at the earlier one's end
 * so that every piece nests.
 */
export function nestMarks<T>(marks: readonly Mark<T>[], from: number, to: number): Segment<T>[] {
  const pieces: Piece<T>[] = [];
  for (const mark of marks) {
    const start = Math.max(mark.start, from);
    const end = Math.min(mark.end, to);
    if (start < end) pieces.push({ mark, start, end });
  }
  return build(pieces.sort(byPosition), from, to);
}

function build<T>(sorted: Piece<T>[], from: number, to: number): Segment<T>[] {
  const out: Segment<T>[] = [];
  let pos = from;
  let rest = sorted;
  let i = 0;
  while (i < rest.length) {
    const outer = rest[i++]!;
    if (outer.start > pos) out.push({ type: 'text', start: pos, end: outer.start });
    // sorted by start, so the pieces that begin inside `outer` come next, one after another
    const inside: Piece<T>[] = [];
    const remainders: Piece<T>[] = [];
    for (; i < rest.length && rest[i]!.start < outer.end; i++) {
      const piece = rest[i]!;
      if (piece.end <= outer.end) inside.push(piece);
      else {
        inside.push({ ...piece, end: outer.end });
        remainders.push({ ...piece, start: outer.end });
      }
    }
    out.push({
      type: 'mark',
      mark: outer.mark,
      start: outer.start,
      end: outer.end,
      first: outer.start === outer.mark.start,
      last: outer.end === outer.mark.end,
      children: build(inside, outer.start, outer.end),
    });
    pos = outer.end;
    if (remainders.length > 0) {
      // crossings are rare: only then is the rest of the list copied and re-sorted
      rest = [...remainders, ...rest.slice(i)].sort(byPosition);
      i = 0;
    }
  }
  if (pos < to) out.push({ type: 'text', start: pos, end: to });
  return out;
}

/**
 * The marks overlapping each range, for ranges in text order that do not
 * overlap (an article's blocks): one sweep over the marks sorted by start,
 * instead of every block scanning every mark.
 */
export function marksPerRange<T>(ranges: readonly { start: number; end: number }[], marks: readonly Mark<T>[]): Mark<T>[][] {
  const out: Mark<T>[][] = ranges.map(() => []);
  const sorted = [...marks].sort((a, b) => a.start - b.start);
  let first = 0; // the first range that can still meet a mark: ranges ending before the current start are done
  for (const mark of sorted) {
    while (first < ranges.length && ranges[first]!.end <= mark.start) first++;
    for (let r = first; r < ranges.length && ranges[r]!.start < mark.end; r++) {
      if (ranges[r]!.end > mark.start) out[r]!.push(mark);
    }
  }
  return out;
}
