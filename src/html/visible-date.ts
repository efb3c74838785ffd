import { findStatedDate, isDateLine } from '../stages/clean/dates';
import { classifyFurnitureLine } from '../stages/clean/furniture-lines';
import { PAGE_ELEMENT_DATE_LABEL_SOURCE } from '../stages/clean/date-labels';
import { DATE_WORDS, boundedText, cueWords, wordsIn } from './cues';

const OUTSIDE_ARTICLE = 'aside,nav,footer,form,[data-nb-furniture="related-links"]';
const DATE_LABEL = new RegExp(`^${PAGE_ELEMENT_DATE_LABEL_SOURCE}(?:\\s(?:on|at))?\\s?:?\\s`, 'i');
const UPDATED = /\b(?:updated|modified|last edited)\b/i;
const STORY_WORDS = 30;
// a paragraph too long to measure cheaply is story
const STORY_TEXT = 'x '.repeat(STORY_WORDS);
// the date sits near the headline: elements looked at after it, at most
const SCAN_LIMIT = 1500;

/**
 * The date the page shows its reader near the headline ("March 13, 2015",
 * "Posted Fri 13 Mar 2020"), for pages whose metadata gives none: the first
 * date in a short element between the headline and the first long paragraph
 * that is a <time>, is named as a date (class "date", "timestamp",
 * "published" ...) or sits in the byline. A masthead's "today" before the
 * headline and dates in related lists after it are never read. A "Published"
 * date wins over an "Updated" one.
 */
export function findVisibleDate(document: Document): string | null {
  const h1 = document.querySelector('h1');
  if (!h1) return null;
  let updated: string | null = null;
  let after = false;
  let seen = 0;
  for (const el of Array.from(document.querySelectorAll('body *'))) {
    if (el === h1) {
      after = true;
      continue;
    }
    if (!after || h1.contains(el)) continue;
    if (++seen > SCAN_LIMIT) break;
    if (el.tagName === 'P' && wordsIn(boundedText(el, 1000) ?? STORY_TEXT) >= STORY_WORDS) break;
    const text = (boundedText(el, 100) ?? '').replace(/\s+/g, ' ').trim();
    // named as a date, or plain markup whose whole text is one: "<i>Posted Tuesday, October 10, 2017</i>"
    // or a byline line with its date, whatever its class: "Words: Callum Reid, News Editor | 20 November 2026"
    if (!text || !(isDateElement(el) || isDateLine(text.replace(DATE_LABEL, '')) || isBylineLine(el, text)) || el.closest(OUTSIDE_ARTICLE)) continue;
    const found = findStatedDate(text);
    if (!found) continue;
    if (!UPDATED.test(text)) return found.value;
    updated ??= found.value;
  }
  return updated;
}

/** A short element, not a container, whose whole text reads as a byline line (clean/furniture-lines.ts); the caller looks for its date. */
function isBylineLine(el: Element, text: string): boolean {
  return el.children.length <= 3 && wordsIn(text) <= 24 && classifyFurnitureLine(text)?.reason === 'byline';
}

function isDateElement(el: Element): boolean {
  if (el.tagName === 'TIME') return true;
  const words = cueWords(el);
  for (const word of words) if (DATE_WORDS.has(word) || word === 'byline' || word === 'dt' || word === 'meta') return true;
  return false;
}
