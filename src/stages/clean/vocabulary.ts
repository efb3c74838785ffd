import boilerplate from '../../data/clean/boilerplate.json';
import creditRoles from '../../data/clean/credit-roles.json';
import publishers from '../../data/clean/publishers.json';
import months from '../../data/clean/months.json';

/** two white-space characters in a row, or one that is not a plain space: what `/\s+/g` -> ' ' would change */
const NEEDS_SPACE_COLLAPSE = /\s\s|[^\S ]/;

/** Lower-cased, bullets and edge punctuation stripped: the key for exact-line vocabularies. */
export function lineKey(text: string): string {
  let s = text.toLowerCase();
  let start = 0;
  let end = s.length;
  while (start < end && /[\s•·▪►▶*|:>›»\-–—]/.test(s[start]!)) start++;
  while (end > start && /[\s.:!|>›»\-–—]/.test(s[end - 1]!)) end--;
  s = s.slice(start, end);
  // most lines have only single spaces between words, where the replace would build the same string anew
  return NEEDS_SPACE_COLLAPSE.test(s) ? s.replace(/\s+/g, ' ') : s;
}

function setOf(list: readonly string[]): ReadonlySet<string> {
  return new Set(list.map((x) => x.toLowerCase()));
}

/** reason -> lines that are that boilerplate on their own */
export const EXACT_LINES: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const [reason, list] of Object.entries(boilerplate.exactLines)) {
    for (const line of list) if (!map.has(line)) map.set(line, reason);
  }
  return map;
})();

export const VOCAB = {
  ctaVerbs: setOf(boilerplate.ctaVerbs),
  /** labels before a colon over a call to action ('Newsletter:', 'Podcast:'): boilerplate.json ctaLabels */
  ctaLabels: setOf(boilerplate.ctaLabels.labels),
  newsletterTerms: boilerplate.newsletterTerms,
  paywallTerms: boilerplate.paywallTerms,
  promoTerms: boilerplate.promoTerms,
  cookieTerms: boilerplate.cookieTerms,
  contactTerms: boilerplate.contactTerms,
  syndicationTerms: boilerplate.syndicationTerms,
  publisherBlurbTerms: boilerplate.publisherBlurbTerms,
  publicationNoteTerms: boilerplate.publicationNoteTerms,
  /** exactLines reasons whose lines are a consent button's label ('Accept all') */
  buttonLabelReasons: new Set(boilerplate.buttonLabelReasons),
  relatedPrefixes: [...boilerplate.relatedPrefixes].sort((a, b) => b.length - a.length),
  /** a related-links prefix alone on its line ("RELATED COVERAGE", "Read more:") heads a list */
  relatedHeaders: setOf(boilerplate.relatedPrefixes.map((p) => p.replace(/:$/, ''))),
  relatedPhrases: boilerplate.relatedPhrases,
  shareListHeaders: setOf(boilerplate.shareListHeaders),
  socialNetworks: setOf(boilerplate.socialNetworks),
  commentLine: new RegExp(boilerplate.commentLine),
  sectionWords: setOf(boilerplate.sectionWords.words),
  /** a section label's words over a headline: sectionWords and boilerplate.json rubricWords */
  sectionLabelWords: setOf([...boilerplate.sectionWords.words, ...boilerplate.rubricWords.words]),
  commentsHeader: new RegExp(boilerplate.commentsHeaders.pattern),
  commentSignature: new RegExp(boilerplate.commentsHeaders.signature),
  commentSignedPost: new RegExp(boilerplate.commentsHeaders.signedPost, 'u'),
  disclaimerTerms: boilerplate.disclaimerTerms,
  /** "this article contains affiliate links", "we may earn a commission": the note's subject and phrase together */
  affiliateNoteOpeners: boilerplate.affiliateNote.subjects.flatMap((s) => boilerplate.affiliateNote.phrases.map((p) => `${s} ${p}`)),
  readerPromptOpeners: boilerplate.readerPrompt.openers,
  readerPromptAnswerWays: boilerplate.readerPrompt.answerWays,
  readerPromptReporting: setOf(boilerplate.readerPrompt.reportingAfterComma),
  bioRoles: setOf(boilerplate.bioRoles),
  bioRolesAfterStory: setOf(boilerplate.bioRolesAfterStory.roles),
  /** where the author is based after a bio's role ("based", "living" in ...): boilerplate.json bioRolesAfterStory.placeWords */
  bioPlaceWords: boilerplate.bioRolesAfterStory.placeWords,
  marketStatus: boilerplate.marketStatus,
  endMarkersInline: new Set(boilerplate.endMarkersInline),
  creditRoles: new Map(Object.entries(creditRoles.roles)),
  captionMarkers: setOf(creditRoles.captionMarkers),
  agencies: new Map(Object.entries(publishers.agencies)),
  corporateSuffixes: setOf(publishers.corporateSuffixes),
  months: new Map(Object.entries(months.months)),
};

export function includesAny(haystack: string, needles: readonly string[]): boolean {
  for (const needle of needles) if (haystack.includes(needle)) return true;
  return false;
}

/**
 * Does the haystack hold one of the needles as words: a needle that starts with a letter starts a word, and one that
 * ends in a letter runs on only by an ending of boilerplate.json promoTermEndings ("our newest investigation", "the
 * podcasting team", "our apps"), not into another word (" app" is not in "Apple and Alphabet race": hunt 27's phone
 * launch headline was removed as a promo for the app; review rev27-hunt F7).
 */
export function includesAnyTerm(haystack: string, needles: readonly string[]): boolean {
  for (const needle of needles) {
    const startsWithLetter = LETTER.test(needle[0] ?? '');
    const endsInLetter = LETTER.test(needle[needle.length - 1] ?? '');
    for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
      if (startsWithLetter && LETTER.test(haystack[at - 1] ?? '')) continue;
      if (!endsInLetter || endsWord(haystack, at + needle.length)) return true;
    }
  }
  return false;
}

const LETTER = /\p{L}/u;
const TERM_ENDINGS = [...boilerplate.promoTermEndings].sort((a, b) => b.length - a.length);

/** Does a word end at `from`, right away or after one of the term endings? */
function endsWord(haystack: string, from: number): boolean {
  if (!LETTER.test(haystack[from] ?? '')) return true;
  return TERM_ENDINGS.some((ending) => haystack.startsWith(ending, from) && !LETTER.test(haystack[from + ending.length] ?? ''));
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * One pass over a segment to see whether any phrase vocabulary can apply:
 * most story sentences contain none, and skip the per-list look-ups.
 */
export const ANY_PHRASE = new RegExp(
  [
    ...boilerplate.newsletterTerms,
    ...boilerplate.paywallTerms,
    ...boilerplate.promoTerms,
    ...boilerplate.cookieTerms,
    ...boilerplate.contactTerms,
    ...boilerplate.syndicationTerms,
    ...boilerplate.publisherBlurbTerms,
    ...boilerplate.publicationNoteTerms,
    ...boilerplate.relatedPhrases,
    ...boilerplate.disclaimerTerms,
  ]
    .map((t) => escape(t.toLowerCase()))
    .join('|'),
);
