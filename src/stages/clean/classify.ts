import { isPhotoCreditLine } from './caption';
import { classifyFurnitureLine, isByline } from './furniture-lines';
import type { Verdict } from './verdict';

export type { Verdict } from './verdict';
import { wordCount } from './layout';
import { ATTRIBUTED } from './attribution';
import { ANY_PHRASE, EXACT_LINES, VOCAB, includesAny, includesAnyTerm, lineKey } from './vocabulary';
import { DATE_LABEL_SOURCE } from './date-labels';
import { isOutletFollowTail } from './follow-outlet';
import { isDateLine } from './dates';
import { BEAT_VERBS, REACH_THE_AUTHOR } from './reporter-beat';
import { hasReportingClause, isAffiliateNote, isReaderPrompt } from './outlet-notes';

const MAX_SEGMENT = 600;
const QUOTE_MARK = /["“”]/;
// a short stretch in quotation marks, as a button's label is quoted ("Accept all")
const QUOTED_LABEL = /["“]([^"“”\n]{1,30})["”]/g;
const SECOND_PERSON = /\b(?:you|your|yours|you're|you'll)\b/i;
const FIRST_PERSON_CONSENT = /\bI (?:agree|accept|consent|have read)\b/;
// a copyright notice starts with its mark; "all rights reserved" and the AP
// redistribution line are notices only when short or about "this material"
const COPYRIGHT_START = /^(?:copyright\b|©|\(c\)\s?\d{4})/i;
const COPYRIGHT_YEAR = /©\s?\d{4}/;
const RIGHTS_RESERVED = /\ball rights reserved\b/i;
const REDISTRIBUTION = /^(?:this|the) (?:material|article|story|content)\b.{0,40}\bmay not be (?:published|reproduced|redistributed|copied)/i;
const NAV_SEPARATOR = /\s[|>›»/]\s/g;
const CREDIT_LINE = /^\(?\s*(?:[-–—]{1,2}\s*)?(?:with )?(?:additional |additional )?(?:reporting|writing|editing|edited|written|compiled|compiling|photos?|photography|graphics|research|translated|translation|produced|fact-checking|illustrations?)\s+by\s+\S/i;
const CONTRIBUTED = /\bcontributed (?:additional )?(?:reporting )?to this (?:report|story|article)\b/i;
// (the role may follow the outlet's possessive: "Fiona Marchetti is the Ledger's property correspondent")
const AUTHOR_BIO = /^(?:[A-Z][\p{L}'’.-]{0,30}\s){1,3}[A-Z][\p{L}'’.-]{0,30}\s(?:is|was|has been|writes|covers|reports)\s(?:a|an|the)?\s?([\p{L}'’\s,-]{0,80})/u;
const COVERS_FOR = new RegExp(`^(?:[A-Z][\\p{L}'’.-]{0,30}\\s){1,3}(?:${BEAT_VERBS})\\s[^.]{1,60}?\\sfor\\s(?:the\\s)?[A-Z]`, 'u');
// an outlet's possessive before the role ("the ledger's"), and what may end a bio after its role ("for the Ledger.")
const POSSESSIVE = /['’]s?$/;
const BIO_ENDS_AT_ROLE = /^(?:\s(?:for|at|with)\s[^,;]{1,60}?)?\s?\.?\s*$/;
// or ends at where the author is based ("..., based in Paris."): boilerplate.json bioRolesAfterStory.placeWords
const BIO_ENDS_AT_PLACE = new RegExp(`^(?:\\s(?:for|at|with)\\s[^,;]{1,60}?)?,\\s(?:${VOCAB.bioPlaceWords.join('|')})\\sin\\s[^,;]{1,40}?\\s?\\.?\\s*$`);
const AUTHOR_BIO_GENERIC = /^The (?:writer|author|columnist|reviewer)s? (?:is|are|was|were) /;
// "You can follow BBC Monitoring on Twitter and Facebook": an outlet asking to be followed, in the second person
const YOU_CAN_FOLLOW = /^You can (?:also )?follow (?:us|(?:the\s)?[A-Z][\p{L}'’.-]{1,30}(?:\s[A-Z][\p{L}'’.-]{1,30}){0,3}) on /u;
// ('Follow the Daily Courier on Instagram and TikTok for ...': an outlet, named with its article, asking to be followed)
const FOLLOW = /^Follow (us|him|her|them|me|@\w{1,30}|(?:the\s)?[A-Z][\p{L}'’.-]{1,30}(?:\s[A-Z][\p{L}'’.-]{1,30}){0,2}) on ([\p{L}\s,]{0,60}|@?\w{1,30})/u;
const TIMESTAMP = new RegExp(`^${DATE_LABEL_SOURCE}(?:\\s(?:on|at))?\\s?:?\\s?\\S`);
const DIGIT = /\d/;
const READING_TIME = /^(?:\d{1,3}[\s-]?min(?:ute)?s?\.?\s(?:read|listen|watch)|(?:estimated )?(?:reading|read|listening) time\s?:?\s?\d{1,3}\s?min(?:ute)?s?)$/;
const TAGS = /^(?:Tags|TAGS|Topics|TOPICS|Filed under|FILED UNDER|Categories|Keywords|Related topics)\s?:\s?\S/;
// BBC-style caption blocks: "Image source, Reuters" / "Image caption," followed by the caption
const CAPTION_HEADER = /^(?:Image|Media|Video|Photo) caption\s?,?$/;
const CONTACT_HEADER = /^To contact the (?:reporters?|editors?|authors?|writers?)\b[^:]{0,60}:?$/i;
const ASSISTANCE = /^[-–—]{0,2}\s?With (?:additional )?assistance (?:from|by)\s[A-Z]/;
const AGENCY_SIGNOFF = /^[-–—]{1,2}\s?([A-Z][\p{L}&.-]{1,20}(?:\s[A-Z][\p{L}&.-]{1,20}){0,2})\.?$/u;
// "Editor's note: This article was updated ...", "Correction, 19 November 2026: An earlier version of this
// article said ...": the outlet speaking about its own article, not the story
const EDITOR_NOTE = /^(?:Editor['’]?s['’]? note|Correction|Clarification)(?:,\s[^:]{1,40})?\s?:\s/i;
const ABOUT_THE_ARTICLE = /\b(?:this|the) (?:article|story|report|piece|headline|caption)\b|\ban earlier version\b/i;
// a wire story's closing exchange rate: "($1 = 0.7921 pounds)", "(1 euro = $1.0840)"
const CURRENCY_NOTE = /^\((?:[$€£¥]|\p{L}{1,12}\s)?1(?:\s\p{L}{1,12})? = [$€£¥]?[\d.,]{1,12}(?:\s\p{L}{1,12}){0,3}\)$/u;
// words that point at the outlet itself, which an imperative story sentence rarely has
const STORE_WORDS = /\b(?:iphone|android|ios|app store|google play|newsletter|inbox)\b/;
// one or two words and a colon before a call to action: a label only when boilerplate.json ctaLabels lists it
const CTA_LABEL = /^([\p{L}'’]+(?: [\p{L}'’]+)?): /u;
const OUTLET_WORDS = /\b(?:our|us|here|now|today|free|this|website|site|app|page|newsletter|podcast)\b|[!?]/;

/** Verdict for a whole line, from its shape and exact-line vocabularies. */
export function classifyLine(text: string): Verdict | null {
  if (text.length > 200) return null;
  const key = lineKey(text);
  const exact = EXACT_LINES.get(key);
  if (exact) return { reason: exact, strong: true };
  const furniture = classifyFurnitureLine(text);
  if (furniture) return furniture;
  if (VOCAB.commentLine.test(key)) return { reason: 'comments-closed', strong: true };
  if (READING_TIME.test(key)) return { reason: 'reading-time', strong: true };
  if (isReadingTimeRow(text)) return { reason: 'reading-time', strong: true };
  if (TAGS.test(text) && isKeywordList(text)) return { reason: 'tags', strong: true };
  if (CAPTION_HEADER.test(text)) return { reason: 'photo-caption', strong: true, header: true };
  if (isPhotoCreditLine(text)) return { reason: 'photo-caption', strong: true };
  if (CONTACT_HEADER.test(text)) return { reason: 'credits', strong: true, header: true };
  // a note on its own line goes whole, its second sentence with it ("... It was first declared in the 1970s.")
  if (EDITOR_NOTE.test(text) && ABOUT_THE_ARTICLE.test(text)) return { reason: 'editor-note', strong: true };
  if (VOCAB.shareListHeaders.has(key)) return { reason: 'share', strong: true, header: true };
  if (isShareBar(text)) return { reason: 'share', strong: true };
  const separators = text.match(NAV_SEPARATOR)?.length ?? 0;
  if (separators >= 2 && isMenu(text)) return { reason: 'navigation', strong: true };
  // a short breadcrumb: "Home > World", "News > Local"
  if (separators === 1 && isMenu(text, 2)) {
    const first = lineKey(text.split(/\s[|>›»/]\s/)[0]!);
    if (EXACT_LINES.get(first) === 'navigation' || VOCAB.sectionWords.has(first)) return { reason: 'navigation', strong: true };
  }
  // "Accept all cookies   Manage preferences", "Accept all | Reject all": a consent banner's buttons copied onto one line
  if (isButtonRow(text, 'cookie-notice')) return { reason: 'cookie-notice', strong: true };
  const spaced = spacedItems(text);
  // "Share this article  Facebook  X  Email": the bar's label may open the run
  if (spaced && spaced.every((item, i) => isShareItem(item) || (i === 0 && VOCAB.shareListHeaders.has(lineKey(item))))) {
    return { reason: 'share', strong: true };
  }
  if (spaced && spaced.filter((item) => VOCAB.sectionWords.has(item.toLowerCase())).length >= 2) return { reason: 'navigation', strong: true };
  if (VOCAB.relatedHeaders.has(key)) return { reason: 'related-links', strong: true, header: true };
  // "More in Athletics", "More from Business": a section's other headlines listed under it (weak: a story's sub-head
  // stays, and the lines after it go only outside the story)
  if (MORE_IN_SECTION.test(text)) return { reason: 'related-links', strong: false, header: true };
  return null;
}

const MORE_IN_SECTION = /^(?:More|MORE) (?:in|from|IN|FROM) \p{Lu}[\p{L}'’.-]{0,30}(?: (?:&|and|\p{Lu}[\p{L}'’.-]{0,30})){0,3}$/u;

// "Nov 19, 2026 · 7 min read", "Sunday Magazine | 12 min read": a reading time beside the page's date or section
const ROW_SEPARATOR = /\s[|·•]\s/;
// what sets a row's buttons apart once copied as text: a run of spaces, a tab, or a bar between spaces
const BUTTON_GAP = /\S(?: {2,}|\t| \| )\S/;
const BUTTON_GAPS = / {2,}|\t+| \| /;
const DURATION = /^\d{1,3}(?::\d{2})?\s?(?:min|mins|minutes?)\.?$/;
const SHORT_LABEL = /^[A-Z][\p{L}'’&.-]{0,30}(?:\s[A-Z][\p{L}'’&.-]{0,30}){0,2}$/u;

/** A line of two or three items, one a reading time and the others dates or a short capitalized label. */
function isReadingTimeRow(text: string): boolean {
  const items = text.split(ROW_SEPARATOR).map((item) => item.trim());
  if (items.length < 2 || items.length > 3) return false;
  // "Listen to this article · 4 min": a player's label and the length of the recording
  if (items.length === 2 && EXACT_LINES.get(lineKey(items[0]!)) === 'promo' && DURATION.test(items[1]!)) return true;
  const reading = items.filter((item) => READING_TIME.test(lineKey(item))).length;
  return reading === 1 && items.every((item) => READING_TIME.test(lineKey(item)) || isDateLine(item) || SHORT_LABEL.test(item));
}

/** Items separated by | > › » / with at most four words each: a menu or breadcrumb trail. */
function isMenu(text: string, minItems = 3): boolean {
  const items = text.split(/\s[|>›»/]\s/);
  return items.length >= minItems && items.every((item) => item.trim() !== '' && wordCount(item) <= 4 && !/[.!?]$/.test(item.trim()));
}

/**
 * The items of a line copied from a page's menu or share bar, where the links
 * were set apart by two or more spaces or a tab ("Home  News  Sport  What's On"):
 * three or more, each of at most three words opening with a capital and closing
 * without a sentence stop. Null for any other line.
 */
function spacedItems(text: string): string[] | null {
  if (!/\S(?: {2,}|\t)\S/.test(text)) return null;
  const items = text.split(/ {2,}|\t+/).map((item) => item.trim());
  if (items.length < 3) return null;
  return items.every((item) => /^[A-Z]/.test(item) && wordCount(item) <= 3 && !/[.!?,;]$/.test(item)) ? items : null;
}

/**
 * Two or more items set apart by two or more spaces, a tab or a bar ("Accept all cookies | Manage preferences"),
 * each an exact line of vocabulary `reason`.
 */
function isButtonRow(text: string, reason: string): boolean {
  if (!BUTTON_GAP.test(text)) return false;
  const items = text.split(BUTTON_GAPS).map((item) => item.trim()).filter((item) => item !== '');
  return items.length >= 2 && items.every((item) => EXACT_LINES.get(lineKey(item)) === reason);
}

/**
 * "Share this: Facebook Twitter Email Print", "Share: Facebook, Twitter, Email": a share bar's label and its
 * buttons run together on one line (the buttons' own separators lost when the page was copied or converted).
 */
function isShareBar(text: string): boolean {
  const colon = text.indexOf(':');
  if (colon < 0 || colon > 30 || !VOCAB.shareListHeaders.has(lineKey(text.slice(0, colon + 1)))) return false;
  const items = text.slice(colon + 1).split(/[\s|,·•/]+/).filter((item) => item !== '');
  return items.length >= 2 && items.length <= 12 && items.every(isShareItem);
}

/** "Share on Facebook", "Share on X", "Email", "WhatsApp": one button of a share bar. */
function isShareItem(item: string): boolean {
  const key = item.toLowerCase();
  if (key === 'email' || key === 'e-mail' || key === 'print' || key === 'copy link' || VOCAB.socialNetworks.has(key)) return true;
  const m = /^(?:share|post|tweet)(?: (?:on|via|to))? (.+)$/.exec(key);
  return m !== null && (VOCAB.socialNetworks.has(m[1]!) || m[1] === 'email');
}

/** Verdict for one sentence-like segment. */
export function classifySegment(text: string, wholeLine = false): Verdict | null {
  if (text.length > MAX_SEGMENT) return null;
  const lower = text.toLowerCase();
  const words = wordCount(text);
  const quoted = QUOTE_MARK.test(text);

  if (VOCAB.endMarkersInline.has(text.trim())) return { reason: 'end-marker', strong: true };
  if (!quoted && words <= 60 && isCopyright(text, words)) return { reason: 'copyright', strong: true };
  // the word-count limits are tested before the patterns: a story's paragraph is longer, and skips the scan
  if (words <= 50 && CREDIT_LINE.test(text)) return { reason: 'credits', strong: true };
  if (words <= 40 && CONTRIBUTED.test(text)) return { reason: 'credits', strong: true };
  if (words <= 40 && ASSISTANCE.test(text)) return { reason: 'credits', strong: true };
  const signoff = AGENCY_SIGNOFF.exec(text);
  if (signoff && isAgency(signoff[1]!)) return { reason: 'credits', strong: true };
  const phrases = ANY_PHRASE.test(lower);
  if (phrases && includesAny(lower, VOCAB.disclaimerTerms) && words <= 60 && !quoted) return { reason: 'disclaimer', strong: true };
  if (words <= 40 && !quoted && isAffiliateNote(lower)) return { reason: 'disclaimer', strong: true };
  if (words <= 40 && !quoted && isReaderPrompt(lower)) return { reason: 'contact-prompt', strong: true };
  if (phrases && includesAny(lower, VOCAB.syndicationTerms) && !quoted && words <= 60) {
    return { reason: 'syndication-note', strong: text.startsWith('(') || /syndicat|auto-generated|automatically generated/.test(lower) };
  }
  if (phrases && includesAny(lower, VOCAB.publisherBlurbTerms) && !quoted && words <= 60) return { reason: 'publisher-blurb', strong: false };
  // "This article appears in the May issue of ...": the outlet's note, short and unattributed; "This article appeared in
  // the Daily Mail ..., a spokesman said" reports what another paper did
  if (phrases && words <= 25 && !quoted && includesAny(lower, VOCAB.publicationNoteTerms) && !ATTRIBUTED.test(text) && !hasReportingClause(text)) {
    return { reason: 'publisher-blurb', strong: false };
  }
  if (words <= 60 && EDITOR_NOTE.test(text) && ABOUT_THE_ARTICLE.test(text)) return { reason: 'editor-note', strong: true };
  if (CURRENCY_NOTE.test(text.trim())) return { reason: 'currency-note', strong: true };

  const related = relatedVerdict(text, lower, words, phrases);
  if (related) return related;

  // (both readings of a follow line need 25 words or fewer)
  const follow = words <= 25 ? FOLLOW.exec(text) : null;
  if (follow && !follow[1]!.startsWith('the ')) {
    return { reason: follow[1] === 'us' ? 'share' : 'author-bio', strong: follow[1] === 'us' };
  }
  // an outlet's own 'Follow the X on' only when social networks alone follow 'on' ('Follow the Leader on Saturday' is a
  // story's event, and so is 'Follow the Met Office on X for warnings, police said')
  if (follow && isOutletFollowTail(text.slice(`Follow ${follow[1]} on `.length))) return { reason: 'share', strong: true };
  const youCanFollow = words <= 25 ? YOU_CAN_FOLLOW.exec(text) : null;
  if (youCanFollow && isOutletFollowTail(text.slice(youCanFollow[0].length))) return { reason: 'share', strong: true };

  const cta = phrases ? callToAction(text, lower, words, quoted && !onlyQuotesButtons(text)) : null;
  if (cta) return cta;

  if (words <= 14 && isByline(text)) return { reason: 'byline', strong: false };
  if (words <= 14 && TIMESTAMP.test(text) && DIGIT.test(text)) return { reason: 'timestamp', strong: false };
  const bio = !quoted && words <= 45 ? authorBioKind(text, wholeLine) : null;
  if (bio) return bio === 'bio' ? { reason: 'author-bio', strong: false } : { reason: 'author-bio', strong: false, tailOnly: true };
  // (a beat sentence before it is read in reporter-beat.ts, with its neighbours)
  if (!quoted && words <= 20 && REACH_THE_AUTHOR.test(text)) return { reason: 'author-bio', strong: false, tailOnly: true };
  return null;
}

function relatedVerdict(text: string, lower: string, words: number, phrases: boolean): Verdict | null {
  if (words > 30) return null;
  for (const prefix of VOCAB.relatedPrefixes) {
    if (!lower.startsWith(prefix)) continue;
    const rest = lower.slice(prefix.length);
    // "Related:" or "Read more: ..." - a bare "Related issues ..." is prose
    if (prefix.endsWith(':') || /^\s?[:|–—-]/.test(rest) || rest.trim() === '') return { reason: 'related-links', strong: true };
  }
  if (phrases && includesAny(lower, VOCAB.relatedPhrases) && !QUOTE_MARK.test(text) && words <= 25) return { reason: 'related-links', strong: true };
  return null;
}

/**
 * 'By clicking "Accept all" you agree ...': the marks quote a consent button's label, not anyone's speech, so they do
 * not shield the sentence. Other boilerplate words keep the shield: 'Fans were asked to "Subscribe" ..., the coach
 * said' is a story's sentence.
 */
function onlyQuotesButtons(text: string): boolean {
  const labels = [...text.matchAll(QUOTED_LABEL)];
  if (labels.length === 0) return false;
  const isButton = (label: string) => VOCAB.buttonLabelReasons.has(EXACT_LINES.get(lineKey(label)) ?? '');
  return labels.every((m) => isButton(m[1]!)) && !QUOTE_MARK.test(text.replace(QUOTED_LABEL, ''));
}

/**
 * Calls to action: addressed to the reader ("you", an imperative first word,
 * "I agree") and about the outlet's products (newsletter, app, subscription,
 * cookies). Quoted speech is never one: a source may well say "sign up today".
 */
function callToAction(text: string, lower: string, words: number, quoted: boolean): Verdict | null {
  // an embedded social post (handles, links) is content the story quotes
  if (quoted || words > 50 || /(?:^|\s)@\w|https?:\/\/|pic\.twitter/.test(text)) return null;
  // "Sign up for emergency alerts ..., Chief Anthony Marrone said": a reported appeal is the story's (review rev26-c F2)
  if (hasReportingClause(lower)) return null;
  // the first word, or the first after an opening "For more stories," / "To read more," or a listed label ("Newsletter: Get ...")
  const label = CTA_LABEL.exec(lower);
  const order = label && VOCAB.ctaLabels.has(label[1]!) ? lower.slice(label[0].length) : lower;
  const first = order.match(/^(?:(?:for|to) [^,]{1,40}, )?(?:please )?([\p{L}']+)/u)?.[1] ?? '';
  // a question ("Download speeds ... ?") is not an order to the reader
  const imperative = VOCAB.ctaVerbs.has(first) && OUTLET_WORDS.test(lower) && !/\?["”’]?$/.test(text);
  const toReader = SECOND_PERSON.test(text) || FIRST_PERSON_CONSENT.test(text);
  if (!toReader && !imperative) return null;
  // the outlet speaking of itself ("our app", "email us") or naming a store
  const forOutlet = /\b(?:our|us)\b/.test(lower) || STORE_WORDS.test(lower);
  // an imperative first word alone ("Contact tracing apps ... today") may be a noun; "you" alone may be an interview
  const strong = (imperative && forOutlet) || (toReader && (forOutlet || imperative));
  const product = toReader || (imperative && forOutlet);
  if (includesAny(lower, VOCAB.cookieTerms)) return { reason: 'cookie-notice', strong: product };
  if (includesAny(lower, VOCAB.contactTerms)) return { reason: 'contact-prompt', strong: product };
  if (includesAny(lower, VOCAB.paywallTerms)) return { reason: 'paywall', strong: product };
  if (includesAny(lower, VOCAB.newsletterTerms)) return { reason: 'newsletter-prompt', strong: product };
  if (includesAnyTerm(lower, VOCAB.promoTerms)) return { reason: 'promo', strong };
  return null;
}

/**
 * 'bio' for an author's bio line; 'after-story' for one that reads as a bio only after the story (a critic, or the
 * outlet's possessive before the role: "Lydia Cole is the paper's dance critic" mid-story is about the story's
 * subject), and only when nothing follows the role but "for/at X" (review rev25-f F3); null otherwise. Where the
 * author is based may follow ("..., based in Paris.") only on a line of its own (`wholeLine`) that names the
 * outlet's job: "Anne Vidal is the newspaper's fashion critic, based in Paris." after another sentence of the
 * paragraph is about the story's subject (review rev26-c F4).
 */
function authorBioKind(raw: string, wholeLine: boolean): 'bio' | 'after-story' | null {
  // "— Jane Doe is a columnist ...", "*Jane Doe is ...": a bio set off by a dash or an asterisk
  const text = raw.replace(/^[—–*_-]{1,2}\s?/, '');
  if (AUTHOR_BIO_GENERIC.test(text)) return 'bio';
  const match = AUTHOR_BIO.exec(text);
  if (!match) return null;
  // "Ana Ruiz covers transportation for The Seattle Times."
  if (COVERS_FOR.test(text)) return 'bio';
  const described = match[1] ?? '';
  const head = described.toLowerCase().split(/[\s,]+/).slice(0, 6);
  const roleAt = head.findIndex((word) => VOCAB.bioRoles.has(word));
  if (roleAt < 0) return null;
  const narrow = head.some((word) => VOCAB.bioRolesAfterStory.has(word) || POSSESSIVE.test(word));
  if (!narrow) return 'bio';
  // the text after the first role word: a period, or "for/at/with X" and a period ("... critic and she praised" is a story)
  const role = head[roleAt]!;
  const afterVerb = text.slice(match.index + match[0].length - described.length);
  const rolePos = afterVerb.toLowerCase().search(new RegExp(`\\b${role}\\b`));
  if (rolePos < 0) return null;
  const rest = afterVerb.slice(rolePos + role.length);
  if (BIO_ENDS_AT_ROLE.test(rest)) return 'after-story';
  const outletsJob = head.slice(0, roleAt).some((word) => POSSESSIVE.test(word));
  return wholeLine && outletsJob && BIO_ENDS_AT_PLACE.test(rest) ? 'after-story' : null;
}

/** A short question to the reader, or a name-only line: joins the boilerplate next to it. */
export function isAbsorbable(text: string, direction: 'after' | 'before'): boolean {
  const words = wordCount(text);
  if (direction === 'before') return words <= 15 && /\?["”]?$/.test(text) && !QUOTE_MARK.test(text);
  if (words > 8 || /[?!]$/.test(text)) return false;
  return text.split(/\s+/).every((w) => /^[A-Z0-9©(&]/.test(w) || /^(?:of|and|the|&)$/.test(w));
}

/** "— AFP", "- Reuters", "— Agencies": a wire agency signing off the story. */
function isAgency(name: string): boolean {
  const key = name.toLowerCase();
  return VOCAB.agencies.has(key) || key === 'agencies' || key === 'wires';
}

/** The agency in a sign-off line, or null. */
export function agencyOfSignoff(text: string): string | null {
  const m = AGENCY_SIGNOFF.exec(text.trim());
  return m && isAgency(m[1]!) ? m[1]! : null;
}

function isCopyright(text: string, words: number): boolean {
  if (COPYRIGHT_START.test(text) || COPYRIGHT_YEAR.test(text)) return true;
  if (RIGHTS_RESERVED.test(text)) return words <= 12;
  return REDISTRIBUTION.test(text);
}

// "..., ME 04011.", "... Kirkwall KW15 1LE.": a US ZIP code (after a state's two letters) or a UK postcode closing the line
const POSTCODE_END = /(?:\s[A-Z]{2}\s\d{5}(?:-\d{4})?|\s[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2})\.?$/;
const STREET_NUMBER = /(?:^|,\s)\d{1,5}\s\p{Lu}/u;
// every word of an address is a name, a number or a joining word: a story sentence about an address has its verb
const ADDRESS_WORD = /^(?:\p{Lu}[\p{L}'’.&-]*|\p{Lu}{1,2}\d[\dA-Z]?|\d[\dA-Z-]*|of|and|the|&),?\.?$/u;

/**
 * "Harbor Town Gazette, 22 Wharf Street, Harbor Town, ME 04011.": a postal address of its own, no sentence around it.
 * Whose address it is the line alone does not say (a story ends with where to send donations, where the funeral is,
 * a review's info box), so index.ts takes it as the publisher's only beside the page's copyright or blurb.
 */
export function isPostalAddress(text: string): boolean {
  const trimmed = text.trim();
  if (wordCount(trimmed) > 20) return false;
  if (!POSTCODE_END.test(trimmed) || !STREET_NUMBER.test(trimmed)) return false;
  return trimmed.split(/\s+/).every((word) => ADDRESS_WORD.test(word));
}

/** "Tags: Ghana, Cocoa, Commodities": short items after the label, no sentence. */
function isKeywordList(text: string): boolean {
  if (wordCount(text) > 25 || /[.!?]$/.test(text)) return false;
  const items = text.slice(text.indexOf(':') + 1).split(/[,|;·•]/);
  return items.length >= 2 && items.every((item) => wordCount(item) <= 4);
}
