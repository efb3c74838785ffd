import type { Doc } from '../../document';
import type { Warning } from '../../schema';

/** The article's date, decided once, and what the reader should be told about where it came from. */
export interface PublicationDate {
  /** YYYY-MM-DD or null: what the Briefing reports as `publishedAt` */
  publishedAt: string | null;
  /** the date relative time expressions are resolved against: the publication date */
  referenceDate: string | null;
  /** `reference-date-inferred`, when the date was read from the text */
  referenceWarning: Warning | null;
  /** `published-at-inferred`, when the caller gave no publishedAt and one was found */
  publishedAtWarning: Warning | null;
}

/**
 * The caller's publishedAt, else an HTML page's own metadata
 * (article:published_time), else the date the text states (a dateline or a
 * "Published ..." line). A date from the page counts as given for resolving
 * relative expressions; one read from the text is flagged for both uses.
 */
export function decidePublicationDate(doc: Doc): PublicationDate {
  const given = doc.options.publishedAt;
  if (given) return { publishedAt: given, referenceDate: given, referenceWarning: null, publishedAtWarning: null };
  const page = doc.options.page?.publishedAt ?? null;
  if (page) {
    return {
      publishedAt: page,
      referenceDate: page,
      referenceWarning: null,
      publishedAtWarning: {
        code: 'published-at-inferred',
        message: `publishedAt was not given; ${page} was read from the page's ${doc.options.page?.publishedAtSource === 'page' ? 'date shown near the headline' : 'metadata'}`,
        span: null,
      },
    };
  }
  const stated = doc.clean?.statedDate ?? null;
  if (!stated) return { publishedAt: null, referenceDate: null, referenceWarning: null, publishedAtWarning: null };
  return {
    publishedAt: stated.value,
    referenceDate: stated.value,
    referenceWarning: {
      code: 'reference-date-inferred',
      message: `relative dates resolved against ${stated.value}, the date stated in the text`,
      span: stated.span,
    },
    publishedAtWarning: {
      code: 'published-at-inferred',
      message: `publishedAt was not given; ${stated.value} was read from the text`,
      span: stated.span,
    },
  };
}
