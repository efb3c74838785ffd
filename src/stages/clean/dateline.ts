import type { Span } from '../../document';
import { VOCAB } from './vocabulary';

// "TOKYO (Reuters) -", "NAIROBI, Kenya (AP) _", "WARSAW, February 26 (Xinhua) --",
// "AL-AIN, United Arab Emirates 1996-12-06", "INDEPENDENCE, Mo. _", two cities: "KHARTOUM/NAIROBI, Aug 8 (Reuters) -";
// letters beyond ASCII too: "MALATYA, Türkiye (AP) —", "SÃO PAULO (Reuters) -", "DOĞANŞEHİR, Türkiye (AP) —"
const CITY = "\\p{Lu}[\\p{Lu}'’.-]{1,30}(?:/\\p{Lu}[\\p{Lu}'’.-]{1,30})?(?:\\s\\p{Lu}[\\p{Lu}'’.-]{0,30}){0,4}";
const REGION = "(?:,\\s\\p{Lu}[\\p{L}'’.-]{0,30}(?:\\s\\p{Lu}[\\p{L}'’.-]{0,30}){0,3})?";
const DATE = '(?:,?\\s(?:\\d{4}-\\d{2}-\\d{2}|[A-Z][a-z]{2,8}\\.?\\s\\d{1,2}))?';
const AGENCY = '(?:\\s?\\(([A-Za-z][A-Za-z .&-]{0,30})\\))?';
// hyphen, underscore, em, en, figure dash and the horizontal bar ("WASHINGTON ―", HuffPost's house style)
const DASH_CHAR = '[-_—–‒―]';
const DASH = `(?:\\s?(?:--|${DASH_CHAR}))?`;
const ENDS_IN_DASH = new RegExp(`\\s?(?:--|${DASH_CHAR})$`);
// with and without the region, so "BEIJING, March 5" reads the month as a date, not a region
const DATELINES = [new RegExp(`^${CITY}${REGION}${DATE}${AGENCY}${DASH}`, 'u'), new RegExp(`^${CITY}${DATE}${AGENCY}${DASH}`, 'u')];

export interface Dateline {
  span: Span;
  agency: string | null;
  agencySpan: Span | null;
}

/**
 * A dateline at the start of a paragraph. It needs an all-capital place and
 * at least one of an agency in brackets, a dash, or a date, so an all-caps
 * first word of a sentence is not mistaken for one.
 */
export function findDateline(source: string, paragraph: Span): Dateline | null {
  const text = source.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + 160));
  for (const pattern of DATELINES) {
    const found = fromMatch(pattern.exec(text), text, paragraph);
    if (found) return found;
  }
  return null;
}

function fromMatch(m: RegExpExecArray | null, text: string, paragraph: Span): Dateline | null {
  if (!m) return null;
  const matched = m[0];
  const hasAgency = m[1] !== undefined;
  const hasDash = ENDS_IN_DASH.test(matched) && !/[A-Z.'’]-$/.test(matched);
  const hasDate = /\d{4}-\d{2}-\d{2}|[A-Z][a-z]{2,8}\.?\s\d{1,2}/.test(matched);
  if (!hasAgency && !hasDash && !hasDate) return null;
  const after = text.slice(matched.length, matched.length + 2);
  // a long dash may touch the story's first word ("WASHINGTON—The Senate", "BOSTON —Standing in front")
  const touchingDash = /[—–‒―]$/.test(matched) && /^[\p{Lu}"“‘']/u.test(after);
  if (after !== '' && !/^\s/.test(after) && !touchingDash) return null;
  const agency = m[1] ? normalizeAgency(m[1]) : null;
  const agencyStart = m[1] ? paragraph.start + matched.indexOf(`(${m[1]})`) + 1 : -1;
  return {
    span: { start: paragraph.start, end: paragraph.start + matched.length },
    agency,
    agencySpan: m[1] ? { start: agencyStart, end: agencyStart + m[1].length } : null,
  };
}

export function normalizeAgency(name: string): string {
  return VOCAB.agencies.get(name.trim().toLowerCase()) ?? name.trim();
}
