import type { Credit } from '../../schema';
import type { Span } from '../../document';
import furniture from '../../data/clean/furniture.json';
import { findStatedDate } from './dates';
import { LABEL_AFTER_NAMES } from './date-labels';
import { VOCAB } from './vocabulary';
import { isGivenName } from '../../nlp/given-names';
import { placeKind } from '../entities/gazetteer';

// bounded word lengths keep every pattern built from NAME linear
export const NAME = "[A-Z][\\p{L}'’.-]{0,30}(?:\\s(?:[A-Z][\\p{L}'’.-]{0,30}|de|van|von|al|bin|da|del|le|la)){0,4}";
// where a reporter filed from, after their name: "By Ann Lee in Nairobi", "By Simon Burnton at the Etihad Stadium",
// "By Oliver Brandt in Brussels and Sunita Kaur in London" (a place after each name). The place opens on a lower-case
// "at" or "in", which no NAME word matches, so the split is one way. furniture-lines.ts's byline reads it too, so the
// line removed there and the credits read here take the same names
export const FILED_FROM = `(?:\\s(?:at|in)(?:\\sthe)?(?:\\s[A-Z][\\p{L}'’.&-]{0,30}){1,4})?`;
const ROLE_BY = new RegExp(`((?:additional\\s)?[A-Za-z-]{2,20})\\sby\\s(${NAME}(?:(?:,\\s|\\sand\\s|\\s&\\s)${NAME}){0,5})`, 'gu');
/** "story|posted" -> "[Ss]tory|[Pp]osted": each word as a regex alternative, its first letter in either case. */
function eitherCaseAlternation(words: readonly string[]): string {
  return words.map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join('|');
}
// "Story by", "Posted by": the byline's opening words, capitalized or not (the names after them must be)
const BYLINE_OPENERS = eitherCaseAlternation(furniture.bylineNouns);
// "Words: Callum Reid": a label and a colon in place of "By"
export const BYLINE_LABEL_SOURCE = `(?:${eitherCaseAlternation(furniture.bylineLabels)})\\s?:`;
const BYLINE = new RegExp(`^(?:(?:(?:${BYLINE_OPENERS})\\s)?[Bb]y|${BYLINE_LABEL_SOURCE})\\s(${NAME}${FILED_FROM}(?:(?:,\\s|\\sand\\s|\\s&\\s)${NAME}${FILED_FROM}){0,5})`, 'u');
const CONTRIBUTORS = new RegExp(`(${NAME}(?:(?:,\\s|\\sand\\s)${NAME}){0,4})(?:\\sin\\s[^;.]{1,40}?)?\\scontributed`, 'u');
const CAPTION_CREDIT = /(?:^|[\s(.])((?:[Pp]hotos?|[Ii]mages?|[Pp]ictures?|[Pp]hotograph|[Cc]redit|[Ii]llustration|[Vv]ideo|[Gg]raphic)(?:\s(?:by|courtesy of|credit:?))?\s?:?\s)([^:()<>\n]{1,60}?)(?:\s?alt=|[.)>]{0,5}$|\)|>)/u;
const ASSISTANCE = new RegExp(`assistance (?:from|by)\\s(${NAME}(?:(?:,\\s|\\sand\\s|\\s&\\s)${NAME}){0,5})`, 'u');
// "Mark Burton in London at mburton@example.com", under "To contact the reporter on this story:"
const CONTACT = new RegExp(`^(${NAME})(?:\\sin\\s[^@\\n]{1,40}?)?\\sat\\s\\S{1,60}@`, 'u');
// "Jenna Morales for The Ledger": two or three capitalized words, then "for" and the outlet's capitalized name
const FOR_OUTLET = /^((?:[A-Z][\p{L}'’.-]{0,30}\s){1,2}[A-Z][\p{L}'’.-]{0,30})\sfor\s(?:[Tt]he\s)?[A-Z]/u;
const GETTY = /^(.{1,40}?)\svia Getty Images$/;
const SLASH_CREDIT = /^(?:REUTERS|Reuters|AP Photo|AP|AFP|AFP Photo|EPA|EPA-EFE|Xinhua|Bloomberg)\s?\/\s?(.{1,60})$/;
const SOURCE_CREDIT = /^(?:Image|Photo|Media|Video) (?:source|credit)\s?,?\s?(.{1,60})$/;
const BIO_NAME = /^((?:[A-Z][\p{L}'’.-]{0,30}\s){1,3}[A-Z][\p{L}'’.-]{0,30})\s(?:is|was|has been|writes|covers|reports)\s/u;
// "GRAHAM PELL IS THE SEVEN NETWORK POLITICAL EDITOR"
const CAPS_BIO_NAME = /^((?:[A-Z][A-Z'’.-]{0,30}\s){1,3}[A-Z][A-Z'’.-]{0,30})\s(?:IS|WAS|HAS BEEN|WRITES|COVERS|REPORTS)\s/;
const LOWER_JOINERS = /^(?:de|van|von|al|bin|da|del|le|la)$/;
const BYLINE_ROLES: ReadonlySet<string> = new Set(furniture.bylineRoles);

/** Credits named in a credit line: "(Writing by Elaine Lies; Editing by David Dolan and Clarence Fernandez)". */
export function parseCreditLine(source: string, span: Span, contactRole = 'reporter'): Credit[] {
  const text = source.slice(span.start, span.end);
  const out: Credit[] = [];
  // "By Jane Roe, Health Editor Monday 16 November 2026": the names end where the date begins
  const date = findStatedDate(text);
  // "by Kendra Batiste Posted: Feb 11, 2025": or where the date's label begins
  const label = LABEL_AFTER_NAMES.exec(text);
  const namesEnd = Math.min(date && date.start > 0 ? date.start : text.length, label ? label.index : text.length);
  const byline = BYLINE.exec(text.slice(0, namesEnd));
  if (byline) {
    pushNames(source, span.start + byline.index + byline[0].length - byline[1]!.length, byline[1]!, 'author', out);
    return out;
  }
  for (const m of text.matchAll(ROLE_BY)) {
    const role = VOCAB.creditRoles.get(m[1]!.toLowerCase()) ?? VOCAB.creditRoles.get(m[1]!.toLowerCase().replace(/^additional\s/, ''));
    if (!role) continue;
    const namesStart = m.index + m[0].length - m[2]!.length;
    pushNames(source, span.start + namesStart, m[2]!, role, out);
  }
  const assistance = ASSISTANCE.exec(text);
  if (assistance) pushNames(source, span.start + assistance.index + assistance[0].length - assistance[1]!.length, assistance[1]!, 'contributor', out);
  const contact = CONTACT.exec(text);
  if (contact && out.length === 0) pushNames(source, span.start, contact[1]!, contactRole, out);
  const contributed = CONTRIBUTORS.exec(text);
  if (contributed && out.length === 0) pushNames(source, span.start + contributed.index, contributed[1]!, 'contributor', out);
  return out;
}

/** The outlet a byline ends with: "By Hiroshi Tanaka, Bloomberg" -> "Bloomberg"; null when the last name is no known agency. */
export function agencyOfByline(text: string): string | null {
  const byline = BYLINE.exec(text);
  if (!byline) return null;
  const parts = byline[1]!.split(/,\s/);
  const last = trimPlace(parts[parts.length - 1]!.trim()).replace(/[.,;]+$/, '');
  return parts.length > 1 ? (VOCAB.agencies.get(last.toLowerCase()) ?? null) : null;
}

/** The photo credit at the end of a caption: "Photo: AFP", "(Photo by Pierre Martin/Getty Images)". */
export function parseCaptionCredit(source: string, span: Span): Credit[] {
  const text = source.slice(span.start, span.end);
  // a credit line of its own: the last line of the caption
  const rawLast = text.slice(text.lastIndexOf('\n') + 1);
  const lastLine = rawLast.trim();
  const lineStart = span.start + text.length - rawLast.length + (rawLast.length - rawLast.trimStart().length);
  for (const pattern of [GETTY, SLASH_CREDIT, SOURCE_CREDIT]) {
    const line = pattern.exec(lastLine);
    if (!line) continue;
    const name = line[1]!.trim().replace(/[.\s]+$/, '');
    const at = lastLine.indexOf(name, pattern === GETTY ? 0 : lastLine.length - line[1]!.length);
    if (name && at >= 0 && /^[A-Z0-9]/.test(name)) return [{ role: 'photo', name, span: { start: lineStart + at, end: lineStart + at + name.length } }];
  }
  const m = CAPTION_CREDIT.exec(text);
  if (!m) return [];
  let name = m[2]!.trim().replace(/[.\s]+$/, '');
  const slash = name.indexOf('/');
  if (slash > 0) name = name.slice(0, slash).trim();
  // "Photograph: Jenna Morales for The Ledger": a photographer's name, then the outlet she shot it for
  const forOutlet = FOR_OUTLET.exec(name);
  if (forOutlet && isGivenName(forOutlet[1]!.split(' ')[0]!.toLowerCase())) name = forOutlet[1]!;
  const words = name.split(/\s+/);
  if (words.length > 6 || !words.every((w) => /^[A-Z0-9(]/.test(w) || /^(?:of|de|for|the|and|&)$/.test(w))) return [];
  const start = span.start + m.index + m[0].indexOf(m[2]!, m[1]!.length);
  return [{ role: 'photo', name, span: { start, end: start + name.length } }];
}

/** The person an author bio is about: "Maria Lopez is a senior correspondent ...". */
export function parseBioCredit(source: string, span: Span): Credit[] {
  const text = source.slice(span.start, span.end);
  // "— Ruth Adeyemi is a columnist ...": the name starts after the dash
  const lead = /^[—–*_-]{1,2}\s?/.exec(text)?.[0].length ?? 0;
  const m = BIO_NAME.exec(text.slice(lead)) ?? CAPS_BIO_NAME.exec(text.slice(lead));
  if (!m || /^The\s/.test(m[1]!)) return [];
  const start = span.start + lead;
  return [{ role: 'author', name: m[1]!, span: { start, end: start + m[1]!.length } }];
}

function pushNames(source: string, offset: number, names: string, role: string, out: Credit[]): void {
  const roleFrom = roleAfterNames(names);
  let cursor = 0;
  let afterPlace = false;
  for (const part of names.split(/,\s|\sand\s|\s&\s/)) {
    const at = names.indexOf(part, cursor);
    cursor = at + part.length;
    // "By Tomasz Wierzbicki, Health and Science Editor": the words of the role after the names are no names
    if (at >= roleFrom) break;
    let name = trimPlace(part.trim());
    // "By Jane Roe in New York and Washington": one word after a place goes on the place's list, no second reporter
    const followsPlace = afterPlace;
    afterPlace = name.length < part.trim().length;
    name = name.replace(/[.,;]+$/, '');
    // "By Court Reporter Dan Pryce": a job title before the name; "By GRACE MUTUA-ODHIAMBO Associated Press": the
    // agency after it with no comma, as AP prints its bylines. Neither belongs to the name
    const lead = role === 'author' ? leadingRoleLength(name) : 0;
    name = withoutTrailingAgency(name.slice(lead));
    const words = name.split(/\s+/);
    if (words.length === 0 || !/^[A-Z]/.test(name)) continue;
    if (followsPlace && words.length === 1) continue;
    if (words.length === 1 && out.length === 0 && role !== 'author' && !VOCAB.agencies.has(name.toLowerCase()) && name.length < 3) continue;
    if (LOWER_JOINERS.test(words[words.length - 1]!)) continue;
    // "By Hiroshi Tanaka, Bloomberg": the outlet after the names publishes, it did not write (see agencyOfByline)
    if (role === 'author' && out.length > 0 && VOCAB.agencies.has(name.toLowerCase())) continue;
    // "By Hiroshi Tanaka, Chief Correspondent, Reuters": a role before a last part that is no role, not a second author
    if (out.length > 0 && endsInRole(name)) continue;
    const start = offset + at + lead;
    if (source.slice(start, start + name.length) !== name) continue;
    out.push({ role, name, span: { start, end: start + name.length } });
  }
}

/**
 * Where a role set off by a comma after the names begins ("Tomasz Wierzbicki, Health and Science Editor": at
 * "Health"), or the end of `names`: the last comma-separated part ends in a role word (furniture's bio roles), and
 * its words joined by "and" or "&" all belong to the role.
 */
function roleAfterNames(names: string): number {
  // the same separator the names are split on (pushNames), so a no-break space after the comma counts too
  let last: RegExpExecArray | null = null;
  let before: RegExpExecArray | null = null;
  for (const m of names.matchAll(/,\s/g)) [before, last] = [last, m];
  if (!last) return names.length;
  const from = last.index + last[0].length;
  if (endsInRole(names.slice(from))) return from;
  // "By Jessica Lin, Technology Reporter, San Francisco": a last part after the role, with no "and" before it, is
  // where the reporter is based, no second name; unless it has a person's name's shape ("By Sarah Jones, Environment
  // Correspondent, Tom Black": review rev27-hunt F6)
  const roleFrom = before ? before.index + before[0].length : -1;
  const lastPart = names.slice(from);
  if (roleFrom >= 0 && endsInRole(names.slice(roleFrom, last.index)) && !/^and\s/.test(lastPart) && !personShaped(lastPart)) return roleFrom;
  return names.length;
}

/**
 * "Tom Black", "John Smith and Ann Lee": the first name of a byline's part is two capitalized words or more opened by a
 * given name, and no place the gazetteer knows ("San Francisco", "Hong Kong"); one word ("Sydney") is a place.
 */
function personShaped(part: string): boolean {
  const name = part.split(/\s(?:and|&)\s/)[0]!.trim().replace(/[.,;]+$/, '');
  const words = name.split(/\s+/);
  if (words.length < 2 || !words.every((w) => /^\p{Lu}/u.test(w)) || !isGivenName(words[0]!.toLowerCase())) return false;
  return placeKind(name) === null;
}

/** "Health and Science Editor", "Chief Correspondent.": the last word is a role word (furniture's bio roles) */
function endsInRole(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return VOCAB.bioRoles.has(words[words.length - 1]!.replace(/[.,;]+$/, '').toLowerCase());
}

/**
 * The length of a job title opening a byline's name, with the space after it ("Court Reporter Dan Pryce" -> 15), or
 * 0: the title ends in a reporter's role word (furniture.json bylineRoles) and two or more words follow it.
 */
function leadingRoleLength(name: string): number {
  const words = name.split(' ');
  let cut = -1;
  for (let i = 0; i < words.length - 2; i++) if (BYLINE_ROLES.has(words[i]!.toLowerCase())) cut = i;
  return cut < 0 ? 0 : words.slice(0, cut + 1).join(' ').length + 1;
}

/** "GRACE MUTUA-ODHIAMBO Associated Press" -> "GRACE MUTUA-ODHIAMBO": a known agency's name (one to three words) ending the name, two words or more left before it. */
function withoutTrailingAgency(name: string): string {
  const words = name.split(' ');
  for (let n = 3; n >= 1; n--) {
    if (words.length - n < 2) continue;
    const tail = words.slice(-n).join(' ');
    // a one-word agency only as its wire writes it ("AP", "Reuters"), not a short family name ("Efe", "Sana")
    if (n === 1 && !/^\p{Lu}{2,}$/u.test(tail) && tail.length < 6) continue;
    if (VOCAB.agencies.has(tail.toLowerCase())) return words.slice(0, -n).join(' ');
  }
  return name;
}

/** "Tom Hals in Wilmington", "Simon Burnton at the Etihad Stadium" -> the name (FILED_FROM's place; "In" guarded too). */
function trimPlace(name: string): string {
  const cut = name.search(/\s(?:[Ii]n|at)\s/);
  return cut > 0 ? name.slice(0, cut) : name;
}
