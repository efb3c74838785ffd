import type { RemovedSpan } from '../../schema';
import type { Block } from './layout';
import { publisherFromCopyright } from './publisher';

/**
 * The page's first line when it is only the outlet's own name, the masthead
 * ("The Harborough Gazette" over "© 2026 Harborough Gazette Ltd"): it would
 * otherwise be read as the headline. The name is the copyright holder's, so
 * a story headline that merely names a paper stays (it holds other words). The
 * name may come from an author bio instead, when the page prints no copyright.
 */
export function mastheadSpan(source: string, blocks: readonly Block[], removed: readonly RemovedSpan[]): RemovedSpan | null {
  const first = blocks[0]?.lines[0];
  if (!first || removed.some((r) => r.start <= first.start && first.end <= r.end)) return null;
  const line = nameKey(source.slice(first.start, first.end));
  for (const r of removed) {
    if (r.reason === 'copyright') {
      const holder = publisherFromCopyright(source.slice(r.start, r.end));
      if (holder && nameKey(holder) === line) return { start: first.start, end: first.end, reason: 'masthead' };
    } else if (r.reason === 'author-bio') {
      // "Dan Pryce covers courts and crime for the Westbury Gazette.": the reporter's own paper, named by the bio
      if (outletsOfBio(source.slice(r.start, r.end)).some((name) => nameKey(name) === line)) return { start: first.start, end: first.end, reason: 'masthead' };
    }
  }
  return null;
}

// the outlet a bio names: after "for" or "at" ("covers crime for the Westbury Gazette"), or before the role's "'s"
// ("is the Ledger's property correspondent"); only one equal to the page's first line is taken
const BIO_OUTLET = /\b(?:for|at) (?:the )?(\p{Lu}[\p{L}&.-]{0,30}(?: \p{Lu}[\p{L}&.-]{0,30}){0,4})|\b(?:is|was) (?:the )?(\p{Lu}[\p{L}&.-]{0,30}(?: \p{Lu}[\p{L}&.-]{0,30}){0,4})['’]s /gu;

function outletsOfBio(text: string): string[] {
  return [...text.matchAll(BIO_OUTLET)].map((m) => (m[1] ?? m[2])!);
}

function nameKey(name: string): string {
  return name.toLowerCase().replace(/^the\s+/, '').replace(/[\s.,]+$/, '');
}
