import furniture from '../../data/clean/furniture.json';
import { ATTRIBUTED } from './attribution';
import { BYLINE_LABEL_SOURCE, FILED_FROM, NAME } from './credits';
import { findStatedDate, isDateLine } from './dates';
import { wordCount } from './layout';
import { BYLINE_DATE_LABEL_SOURCE, BYLINE_TAIL_DATE_LABEL_SOURCE, LABEL_AFTER_NAMES } from './date-labels';
import type { Verdict } from './verdict';
import { VOCAB } from './vocabulary';

/**
 * Page furniture that plain text keeps on lines of its own: a byline, a
 * gallery counter, a "Photo" label, a link line ("Read the full ...",
 * "[Read: ...]"), a columnist's bio in capitals, a live blog's post time
 * ("22:40"): structure of the page, not story text. Each rule looks at one
 * whole line; the rules run in this order and the first verdict wins.
 */
// names (credits.ts NAME and FILED_FROM, so the byline credits read and the line removed here cannot drift) joined by
// commas, "and" and "&": "By Hiroshi Tanaka, Ann Lee and Bob Stone", "By Jane Roe, Staff Writer", each with where
// they wrote it: "By Ann Lee in Nairobi", "By Oliver Brandt in Brussels and Sunita Kaur in London"; the first name is
// group 1
const BYLINE = new RegExp(`^(?:By\\s+|${BYLINE_LABEL_SOURCE}\\s+)(${NAME})${FILED_FROM}(?:(?:,\\s|\\sand\\s|,\\sand\\s|\\s&\\s)${NAME}${FILED_FROM}){0,5}$`, 'u');

/**
 * A line that is a byline alone: its first name has two words or more, or is a known agency or written in capitals
 * ("By Reuters", "By AFP"). A subhead of one capitalized word after "By" is no byline: "By Land, Sea and Air",
 * "By Sunday in Manchester".
 */
export function isByline(text: string): boolean {
  const m = BYLINE.exec(text);
  if (!m) return false;
  const first = m[1]!;
  return /\s/.test(first) || /^[A-Z][A-Z'’.&-]+$/.test(first) || VOCAB.agencies.has(first.toLowerCase());
}

const GALLERY_COUNTER = /^(?:(?:photo|image|picture|slide)s?\s)?\d{1,3}\s?(?:\/|of)\s?\d{1,3}(?:\s(?:photos?|images?|pictures?))?$/i;
const PHOTO_LABELS = new Set(furniture.photoLabels);
const LINK_PREFIXES = furniture.linkLinePrefixes;
const BRACKET_LINK = new RegExp(`^\\[\\s?(?:${furniture.bracketLinkWords.join('|')})\\b[^\\[\\]]{1,200}\\]$`, 'i');
const BYLINE_NOUN = new RegExp(`^(?:${furniture.bylineNouns.join('|')})\\s(?=by\\s)`, 'i');
const LIST_LINK = new RegExp(`^(?:${furniture.linkListOpeners.join('|')})\\b[^:]{0,40}:\\s\\S`, 'i');
// "By Jane Roe | March 13, 2015", "By Jane Roe, Staff Writer — Updated 4:00 p.m."
const BYLINE_TAIL = /\s(?:[|•·]|[–—-]{1,2})\s/;
// "By Amina Qureshi | Islamabad", "By Jane Roe — Washington, D.C.", "By Ann Lee | Staff Writer": where the reporter
// filed from, or a role, in one to four capitalized words after the separator
const BYLINE_PLACE_TAIL = /^[A-Z][\p{L}'’.-]{0,30}(?:,?\s[A-Z][\p{L}'’.-]{0,30}){0,3}$/u;
// "By Alicia Romero | aromero@example.com": the reporter's address after the separator, as local papers print it
const BYLINE_EMAIL_TAIL = /^[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}$/;
// "LAURIE OAKES IS THE NINE NETWORK POLITICAL EDITOR"
const CAPS_BIO = /^(?:[A-Z][A-Z'’.-]{0,30}\s){1,3}(?:IS|WAS|HAS BEEN|WRITES|COVERS|REPORTS)\s[A-Z0-9'’,. -]{3,150}$/;

// "Write to Hannah Lowe at hannah.lowe@example.com": how to reach the reporters
const CONTACT_LINE = /^(?:Write to|Contact|Email)\s[A-Z][\p{L}'’.-]{0,30}(?:\s[A-Z][\p{L}'’.-]{0,30}){0,3}\sat\s[^\s@]{1,60}@/u;

// "22:40", "9.05pm", "10:15 GMT": a live blog's post time on a line of its own, before the post it dates
const POST_TIME = /^(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s?[ap]\.?m\.?)?(?:\s(?:GMT|UTC|ET|IST|[A-Z]{1,3}T))?$/i;

// "___", "* * *": a rule drawn across the page, where a wire story's own text ends before its links and notices
const RULE_LINE = /^(?:_{3,}|\*(?:\s?\*){2,}|={3,}|~{3,})$/;
// "AP sports: https://apnews.com/sports", "More coverage: www.example.com/elections": a label and a bare address
const LABELLED_ADDRESS = /^[^.!?:]{1,60}:\s(?:https?:\/\/|www\.)\S{3,200}$/;
// "bur-lm/jh", "mm/bp": an agency's desk and editor initials signing off its story
const DESK_SIGNOFF = /^[a-z]{2,5}(?:-[a-z]{2,5}){0,3}\/[a-z]{2,5}(?:[-/][a-z]{2,5}){0,3}$/;
// "This article was updated to include comment from ...", "This post has been updated with comment from ...": the
// outlet on its own article, written without a label.
// Without a label only "This" + an outlet noun and a note's tail (what was changed, or since when) tell the note from a
// story sentence about some other report or post ("The post was edited hours later to remove the slur.").
// "This story was updated at 9:41 p.m. with comment from ...", "This article was amended on 22 June 2026. An earlier
// version said ...": when the change was made may stand before the tail
const UPDATE_NOTE = /^This (?:article|story|report|piece|post) (?:was|has been|had been) (?:updated|amended|corrected|changed|edited)(?: (?:on|at) [\w:., ]{1,30}?)?(?:\.$|\. (?:An|The) (?:earlier|previous|original) version\b| to (?:include|correct|reflect|add|clarify|remove)\b| with (?:additional|new|more|further|comment|a statement)\b| since (?:publication|it was (?:first )?published)\b)/;

// "Health Reporter 08:47, 20 NOV 2026 Updated 10:12, 20 NOV 2026": a reporter's job title (furniture.json bylineRoles)
// in one to four capitalized words, then the page's dates, left when the byline element took the name out
const ROLE_BEFORE_DATES = new RegExp(`^((?:\\p{Lu}[\\p{L}'’.&-]{0,30}\\s){0,3}(?:${furniture.bylineRoles.join('|')}))\\b[,|•·–—-]?\\s?(\\S.*)$`, 'iu');
const DATE_LABEL = new RegExp(`\\b${BYLINE_DATE_LABEL_SOURCE}\\b:?`, 'g');

// "Published 20 November 2026, 07:30 GMT": a page's date under its label, on a line of its own
const LABELLED_DATE = new RegExp(`^${BYLINE_DATE_LABEL_SOURCE}(?:\\s(?:on|at))?\\s?:?\\s`);
// "By Jane Roe — Updated ...": a date's label right after a byline's names
const BYLINE_TAIL_LABEL = new RegExp(`^${BYLINE_TAIL_DATE_LABEL_SOURCE}\\b`);

type Rule = (text: string, lower: string) => Verdict | null;

const RULES: readonly Rule[] = [
  (text) => (GALLERY_COUNTER.test(text) ? { reason: 'gallery-counter', strong: true } : null),
  (text) => (POST_TIME.test(text) ? { reason: 'post-time', strong: true } : null),
  (_text, lower) => (PHOTO_LABELS.has(lower.replace(/[:.]$/, '')) ? { reason: 'photo-caption', strong: true } : null),
  (text) => (isBylineLine(text) ? { reason: 'byline', strong: !hasPlaceBeforeAnotherName(text) } : null),
  (text) => (BRACKET_LINK.test(text) ? { reason: 'related-links', strong: true } : null),
  (text, lower) => (isLinkLine(text, lower) ? { reason: 'related-links', strong: true } : null),
  (text) => (CONTACT_LINE.test(text) ? { reason: 'credits', strong: true } : null),
  (text) => (isCapsBio(text) ? { reason: 'author-bio', strong: false, tailOnly: true } : null),
  (text) => (RULE_LINE.test(text) ? { reason: 'end-marker', strong: true } : null),
  (text) => (LABELLED_ADDRESS.test(text) && wordCount(text) <= 10 ? { reason: 'related-links', strong: true } : null),
  (text) => (DESK_SIGNOFF.test(text) ? { reason: 'credits', strong: true } : null),
  (text) => (isUpdateNote(text) ? { reason: 'editor-note', strong: true } : null),
  (text) => (LABELLED_DATE.test(text) && isDateLine(text.replace(LABELLED_DATE, '')) ? { reason: 'timestamp', strong: true } : null),
  (text) => (isRoleAndDatesLine(text) ? { reason: 'byline', strong: true } : null),
];

// "An earlier version of this article said ...": the note quoting the article it corrects, no attribution of its own
const VERSION_SAID = /\bversion(?: of this (?:article|story|report|piece|post))? (?:said|stated|misstated)\b/g;

/**
 * The outlet's note on its own article. A sentence with its own attribution ("This post was edited ... before it was
 * deleted, screenshots show", "This report was amended on Friday. The earlier version counted deaths twice, the
 * agency said") reports on someone else's post or report, and stays.
 */
function isUpdateNote(text: string): boolean {
  return UPDATE_NOTE.test(text) && wordCount(text) <= 40 && !ATTRIBUTED.test(text.replace(VERSION_SAID, ''));
}

export function classifyFurnitureLine(text: string): Verdict | null {
  if (text.length > 250) return null;
  const lower = text.toLowerCase().trim();
  for (const rule of RULES) {
    const verdict = rule(text, lower);
    if (verdict) return verdict;
  }
  return null;
}

// a place in a byline opens on a lower-case "in" or "at" (no NAME word does); a name's separator after it
const PLACE_OPENER = /\s(?:in|at)\s/;
const NAME_SEPARATOR = /,\s|\sand\s|\s&\s/;

/**
 * "By Oliver Brandt in Brussels and Sunita Kaur in London": a place after a name that another name follows. Wire copy
 * signs so at the head of a story, but a subhead has the same shape ("By Sleeper Train in Vienna and Fast Ferry in
 * Split" between two paragraphs), so such a line is weak evidence: removed before or after the story, kept inside it
 * (review rev19-a finding 6). The one-place form ("By Jane Roe and John Doe in London") stays strong, as before.
 */
function hasPlaceBeforeAnotherName(text: string): boolean {
  const place = PLACE_OPENER.exec(text);
  return place !== null && NAME_SEPARATOR.test(text.slice(place.index + place[0].length));
}

/** A line that is only a byline, optionally followed by a date, a time or a role after a separator. */
function isBylineLine(raw: string): boolean {
  if (wordCount(raw) > 24) return false;
  // "Story by Owen Hart", "Words by ...": a byline with a noun before it
  const text = raw.replace(BYLINE_NOUN, '').replace(/^by\s/, 'By ');
  if (isByline(text) && wordCount(text) <= 10 && !/[.!?]$/.test(text)) return true;
  // "By Jane Roe, Health Editor Monday 16 November 2026 08:15 GMT": the date and time run on without a separator
  const date = findStatedDate(text);
  if (date && date.start > 0 && isDateLine(text.slice(date.start))) {
    const names = text.slice(0, date.start).replace(/[\s,]+$/, '');
    if (isByline(names) && wordCount(names) <= 10) return true;
  }
  if (isBylineAndLabelledDates(text)) return true;
  const cut = BYLINE_TAIL.exec(text);
  if (!cut) return false;
  const names = text.slice(0, cut.index).replace(/,$/, '');
  const tail = text.slice(cut.index + cut[0].length);
  return isByline(names) && wordCount(names) <= 10 &&
    (findStatedDate(tail) !== null || BYLINE_TAIL_LABEL.test(tail) || BYLINE_PLACE_TAIL.test(tail) || BYLINE_EMAIL_TAIL.test(tail));
}

/**
 * "by Kendra Batiste Posted: Feb 11, 2025 / 06:15 AM CST Updated: Feb 11, 2025 / 09:02 AM CST": a CMS's meta line,
 * the names and then the page's dates, each under its label, with no separator between. Read as one sentence it
 * would make "Posted" a speech verb and the dates something the reporter said.
 */
function isBylineAndLabelledDates(text: string): boolean {
  const cut = LABEL_AFTER_NAMES.exec(text);
  if (!cut) return false;
  const names = text.slice(0, cut.index).replace(/,$/, '');
  if (!isByline(names) || wordCount(names) > 10) return false;
  const dates = text.slice(cut.index).split(DATE_LABEL).map((part) => part.trim()).filter((part) => part !== '');
  return dates.length > 0 && dates.every((part) => isDateLine(part));
}

/** "Read the full transcript of his interview": an invitation to another page, short and without a full stop. */
function isLinkLine(text: string, lower: string): boolean {
  if (wordCount(text) > 20 || /[.!?]["”’]?$/.test(text) && !lower.includes(':')) return false;
  // "Read more from our culture desk: The long road home"
  return LINK_PREFIXES.some((prefix) => lower.startsWith(prefix)) || LIST_LINK.test(text);
}

function isCapsBio(text: string): boolean {
  if (!CAPS_BIO.test(text)) return false;
  return text.toLowerCase().split(/[\s,.]+/).some((word) => VOCAB.bioRoles.has(word));
}

/** A reporter's job title followed only by the page's dates, each an optional label and a date line. */
function isRoleAndDatesLine(text: string): boolean {
  const m = ROLE_BEFORE_DATES.exec(text);
  if (!m || !/^\p{Lu}/u.test(m[1]!)) return false;
  const dates = m[2]!.split(DATE_LABEL).map((part) => part.trim()).filter((part) => part !== '');
  return dates.length > 0 && dates.every((part) => isDateLine(part));
}
