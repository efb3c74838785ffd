import type { Claim, Contradiction } from '../../story/schema';
import { type ArticleMark, articleMark } from '../marks';
import type { Mark } from '../segments';
import type { StoryView } from './sources';

/** A claim of a contradiction, with where the page marks it (null: its span does not hold its text in the article given). */
export interface PlacedClaim {
  claim: Claim;
  contradiction: Contradiction;
  /** the element id of its mark in the article */
  anchor: string | null;
}

export const KIND_LABELS: Record<Contradiction['kind'], string> = {
  title: 'Title',
  date: 'Date',
  number: 'Number',
  status: 'Whether it happened',
  location: 'Place',
  attribution: 'Who said it',
  other: 'Other',
};

/**
 * Every claim of every contradiction, placed in its article. A claim is only
 * marked when its span slices back to its text there: a span into some other
 * version of the article would point at the wrong words.
 */
export function placeClaims(view: StoryView): PlacedClaim[][] {
  return view.story.contradictions.map((contradiction, c) =>
    contradiction.claims.map((claim, k) => {
      const source = view.sources.get(claim.article);
      const fits = source?.briefing != null && source.text.slice(claim.span.start, claim.span.end) === claim.text && claim.span.start < claim.span.end;
      return { claim, contradiction, anchor: fits ? source.ids.claim(`${c + 1}-${k + 1}`) : null };
    }),
  );
}

/** The claim marks each article draws, by article id. */
export function claimMarks(placed: readonly PlacedClaim[][]): Map<string, Mark<ArticleMark>[]> {
  const out = new Map<string, Mark<ArticleMark>[]>();
  for (const { claim, contradiction, anchor } of placed.flat()) {
    if (!anchor) continue;
    const label = `${KIND_LABELS[contradiction.kind]} in dispute: this article says ${claim.value}`;
    const marks = out.get(claim.article) ?? [];
    marks.push(articleMark(claim.span.start, claim.span.end, { kind: 'claim', id: anchor, label }));
    out.set(claim.article, marks);
  }
  return out;
}
