/**
 * Converter step (CoNLL conventions): the place that opens a person's title
 * is a location name of its own. "U.S. President Donald Trump", "Iowa
 * Senator Chuck Grassley", "New York Mayor Bill de Blasio": CoNLL-2003 tags
 * "U.S." / "Iowa" / "New York" as a location, while GUM puts the whole
 * phrase in one person mention (the trainer cuts the title, so "U.S." was
 * taught as no name) and UNER-EWT leaves it unmarked. Without this the
 * tagger learns to skip exactly the places newswire writes most often.
 *
 * Only a gazetteer place (country, region, major city) directly followed by
 * a title word counts; a demonym ("Chinese President Hu") is no place.
 */
import { placeKind } from '../../src/stages/entities/gazetteer';
import type { GoldName } from './gum';
import { PERSON_TITLE_WORDS } from '../../src/stages/entities/person-titles';

const titles = PERSON_TITLE_WORDS;
/** the longest run of words looked at before a person's name (place words + title words) */
const MAX_WORDS = 8;

interface Word {
  text: string;
  start: number;
  end: number;
}

/** The capitalized words (and "of") written just before `end`, each separated by one space, nearest last. */
function wordsBefore(text: string, end: number): Word[] {
  const out: Word[] = [];
  let e = end;
  while (out.length < MAX_WORDS && text[e - 1] === ' ') {
    let s = e - 1;
    while (s > 0 && !/\s/.test(text[s - 1]!)) s--;
    const w = text.slice(s, e - 1);
    if (!/^[A-Z]/.test(w) && w !== 'of') break;
    out.unshift({ text: w, start: s, end: e - 1 });
    e = s;
  }
  return out;
}

/** The words of text[start, end), split on single spaces. */
function wordsIn(text: string, start: number, end: number): Word[] {
  return [...text.slice(start, end).matchAll(/\S+/g)].map((m) => ({ text: m[0], start: start + m.index, end: start + m.index + m[0].length }));
}

const isTitle = (w: Word): boolean => titles.has(w.text.toLowerCase());

/** Location names for the places that open a person's title, not overlapping any gold name but that person's own span. */
export function placesBeforeTitles(text: string, names: readonly GoldName[]): GoldName[] {
  const added: GoldName[] = [];
  const overlapsOther = (s: number, e: number, own: GoldName): boolean => names.some((n) => n !== own && n.start < e && s < n.end);
  for (const n of names) {
    if (n.type !== 'person') continue;
    const words = [...wordsBefore(text, n.start), ...wordsIn(text, n.start, n.end)];
    const firstTitle = words.findIndex(isTitle);
    if (firstTitle <= 0) continue;
    // the longest place right before the first title: "New York" of "New York Mayor"
    for (let j = 0; j < firstTitle; j++) {
      const place = words.slice(j, firstTitle);
      const start = place[0]!.start;
      const end = place[place.length - 1]!.end;
      const phrase = text.slice(start, end);
      const kind = placeKind(phrase);
      if (kind === null || kind === 'city' || overlapsOther(start, end, n)) continue;
      if (!added.some((a) => a.start === start)) added.push({ start, end, type: 'location' });
      break;
    }
  }
  return added;
}
