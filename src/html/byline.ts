import boilerplate from '../data/clean/boilerplate.json';
import furniture from '../data/clean/furniture.json';
import { GENERIC_AUTHORS, boundedText, cueWords, reasonFromCues, textPieces, wordsIn } from './cues';

// a person's name as a byline writes it: capitalised words, a few particles, no digits
const NAME = /^\p{Lu}[\p{L}'’.-]{0,30}(?:\s(?:\p{Lu}[\p{L}'’.-]{0,30}|de|van|von|der|al|bin|da|del|le|la|dos)){0,4}$/u;
const ROLE_WORDS: ReadonlySet<string> = new Set(boilerplate.bioRoles);
const SCAN_LIMIT = 3000;
// "By", "Words by", "Posted by": what opens a byline before the names
const BY_OPENER = new RegExp(`^(?:(?:${furniture.bylineNouns.join('|')})\\s)?by\\s+`, 'i');

/** The byline's names without the words that open it: "Posted by Jane Roe" -> "Jane Roe". */
export function withoutByOpener(text: string): string {
  return text.replace(BY_OPENER, '');
}
const OUTSIDE_ARTICLE = 'aside,nav,footer,header nav,form,[class*="comment"],[id*="comment"]';
const NAME_ELEMENTS = 'a[rel~="author"],[itemprop~="name"],[class*="name"],[class*="author"],.fn';

/** The article's own byline: who wrote it, by the page's byline element. */
export interface DomByline {
  /** "By Jane Doe and John Roe": the line newsbrief puts under the headline */
  line: string;
  names: string[];
}

/**
 * The byline the article shows its reader: the first byline element after the
 * headline (rel=author, itemprop=author, a class naming a byline or author),
 * outside asides, navigation, footers and comments. Its names come from its
 * name elements when it has them, else from its first piece of text that
 * reads as names; the outlet's own name is never one.
 */
export function findDomByline(document: Document, siteName: string | null): DomByline | null {
  const all = Array.from(document.querySelectorAll('body *'));
  const h1 = document.querySelector('h1');
  // elements before the headline are site chrome (linkedom's compareDocumentPosition cannot be trusted for this)
  const from = h1 ? all.indexOf(h1) + 1 : 0;
  let tried = 0;
  // the byline sits near the headline: a bounded look keeps a page of thousands of "author" elements cheap
  for (const el of all.slice(from, from + SCAN_LIMIT)) {
    if (!isBylineElement(el) || el.closest(OUTSIDE_ARTICLE)) continue;
    if (++tried > 40) break;
    const holder = (el.textContent ?? '').replace(/\s+/g, ' ').trim().replace(/^by$/i, '') === '' ? el.parentElement : el;
    if (!holder) continue;
    const found = namesIn(holder, siteName);
    if (found) return found;
  }
  return plainByline(all.slice(from, from + SCAN_LIMIT), siteName);
}

/**
 * A byline in plain markup ("<b>By Margaret Olsen, Herald Staff</b>" on a
 * table-laid page): the innermost short element between the headline and the
 * first long paragraph whose text is "By" and names.
 */
function plainByline(after: readonly Element[], siteName: string | null): DomByline | null {
  for (const el of after) {
    const text = (boundedText(el, 200) ?? '').replace(/\s+/g, ' ').trim();
    if (el.tagName === 'P' && wordsIn(text) >= 30) return null;
    if (!/^By\s\p{Lu}/u.test(text) || wordsIn(text) > 14 || /[.!?]$/.test(text) || el.closest(OUTSIDE_ARTICLE)) continue;
    if (Array.from(el.children).some((child) => (child.textContent ?? '').replace(/\s+/g, ' ').trim() === text)) continue;
    const found = namesIn(el, siteName);
    if (found) return found;
  }
  return null;
}

function isBylineElement(el: Element): boolean {
  if (/^(?:html|body|main|article|script|style)$/i.test(el.tagName)) return false;
  const rel = (el.getAttribute('rel') ?? '').split(/\s+/);
  const prop = (el.getAttribute('itemprop') ?? '').split(/\s+/);
  // the names first: they are cheap, the text is not
  if (!rel.includes('author') && !prop.includes('author') && reasonFromCues(cueWords(el)) !== 'byline') return false;
  const text = boundedText(el, 300);
  return text !== null && wordsIn(text) <= 30 && !el.querySelector('h1,p p');
}

function namesIn(holder: Element, siteName: string | null): DomByline | null {
  const site = siteWords(siteName);
  const fromElements = Array.from(holder.querySelectorAll(NAME_ELEMENTS))
    .filter((el) => !el.querySelector(NAME_ELEMENTS))
    .map((el) => textPieces(el).map((piece) => cleanName(piece, site)).find((n) => n !== null && isPersonName(n, siteName)) ?? null);
  const named = unique(fromElements.filter((n): n is string => n !== null));
  if (named.length > 0) return { line: `By ${joinNames(named)}`, names: named };
  const pieces = textPieces(holder);
  for (let k = 0; k < pieces.length; k++) {
    const piece = pieces[k]!;
    const own = splitNames(piece, site).filter((n) => isPersonName(n, siteName));
    const joined = namesJoinedAfter(pieces, k, site, siteName);
    const names = unique([...own, ...joined]);
    if (names.length === 0) continue;
    // "By Jane Doe and John Roe, Reuters": the agency after the names stays on the line; after names in elements of
    // their own ("<b>Jane Doe</b> and <b>John Roe</b>, Reuters") it is the piece after the last joined name
    const rest = joined.length > 0
      ? (pieces[k + 2 * joined.length + 1] ?? '')
      : piece.replace(BY_OPENER, '').slice(joinNames(own).length);
    const agency = /^,\s(\p{Lu}[\p{L}.&]*(?:\s\p{Lu}[\p{L}.&]*){0,2})$/u.exec(rest);
    const keep = agency && !isGenericAuthor(agency[1]!) && !agency[1]!.toLowerCase().split(' ').some((w) => ROLE_WORDS.has(w));
    return { line: `By ${joinNames(names)}${keep ? `, ${agency[1]}` : ''}`, names };
  }
  return null;
}

/**
 * "Live coverage by <strong>Mere Tawhiri</strong> and <strong>Josh Whitcombe</strong>": names in elements of their
 * own, joined by "and", "&" or a comma in the text between them; the names after piece `k`, each one piece that is
 * a person's name and nothing more.
 */
// "and", "&", "," or the Oxford comma's ", and" between two names in elements of their own
const NAME_JOINER = /^(?:,\s?)?(?:and|&)$|^,$/;

function namesJoinedAfter(pieces: readonly string[], k: number, site: ReadonlySet<string>, siteName: string | null): string[] {
  const out: string[] = [];
  for (let j = k + 1; j + 1 < pieces.length && NAME_JOINER.test(pieces[j]!); j += 2) {
    const name = cleanName(pieces[j + 1]!, site);
    if (!name || name !== pieces[j + 1]!.trim() || !isPersonName(name, siteName)) break;
    out.push(name);
  }
  return out;
}

/** "By Ana Ruiz Seattle Times staff reporter" -> the names before the role or the outlet. */
function splitNames(piece: string, site: ReadonlySet<string>): string[] {
  const body = piece.replace(BY_OPENER, '').split(/\s[|/•·]\s|\s[–—-]\s|,\s(?=\p{Lu}[\p{L}]+$)/u)[0] ?? '';
  const out: string[] = [];
  for (const part of body.split(/,\s|\sand\s|\s&\s/)) {
    const name = cleanName(part, site);
    if (name) out.push(name);
  }
  return out;
}

/** Leading "By", trailing role words and the outlet's name taken off one name. */
function cleanName(raw: string, site: ReadonlySet<string>): string | null {
  const words = raw.replace(BY_OPENER, '').replace(/[,;:]+$/, '').trim().split(/\s+/);
  // the capitalised run: "Kyle Barnes Gazette sports writer" -> Kyle Barnes Gazette
  let end = 0;
  // an upper-case connector ends the name: "PETER DUNN FOR MAILONLINE"
  while (end < words.length && /^(?:\p{Lu}|de$|van$|von$|der$|al$|bin$|da$|del$|le$|la$|dos$)/u.test(words[end]!) && !/^(?:FOR|IN|AT|OF|AND)$/.test(words[end]!)) end++;
  let run = words.slice(0, end);
  // ... then the outlet's words at its end: Kyle Barnes
  while (run.length > 2 && site.has(run[run.length - 1]!.toLowerCase())) run = run.slice(0, -1);
  const name = run.join(' ');
  return name || null;
}

function isPersonName(name: string, siteName: string | null): boolean {
  const lower = name.toLowerCase();
  if (!NAME.test(name) || wordsIn(name) < 2 || wordsIn(name) > 5) return false;
  if (siteName && (lower === siteName.toLowerCase() || siteName.toLowerCase().includes(lower))) return false;
  // "Senior Contributor", "Political Editor": a role, not a name; "Arts Correspondent. Published Wednesday":
  // a sentence stop after a whole word ends the byline's names, so the run past it is no name
  if (lower.split(/[\s.,]+/).some((word) => ROLE_WORDS.has(word))) return false;
  if (/\p{L}{3}\.\s/u.test(name)) return false;
  return !isGenericAuthor(lower);
}

/** "Yahoo News Staff", "TOI News Desk", "Newsroom": an outlet signing, not a person. */
export function isGenericAuthor(name: string): boolean {
  const lower = name.toLowerCase().trim();
  for (const generic of GENERIC_AUTHORS) if (lower === generic || lower.endsWith(` ${generic}`)) return true;
  return false;
}

/** Metadata authors worth a credit when the article shows no byline: people, not the outlet or its desk. */
export function personAuthors(authors: readonly string[], siteName: string | null): string[] {
  return unique(authors.map((a) => a.replace(BY_OPENER, '').trim()).filter((a) => isPersonName(a, siteName)));
}

export function joinNames(names: readonly string[]): string {
  if (names.length <= 2) return names.join(' and ');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function siteWords(siteName: string | null): Set<string> {
  return new Set((siteName ?? '').toLowerCase().split(/\s+/).filter((w) => w.length > 2 && w !== 'the'));
}

function unique(list: readonly string[]): string[] {
  return [...new Set(list)];
}
