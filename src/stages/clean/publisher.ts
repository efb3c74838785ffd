import { VOCAB } from './vocabulary';

const BLURB = /(?:originally|first)\s(?:appeared|published)\s(?:in|on|by)\s(?:the\s)?((?:[A-Z][\p{L}&'’.-]{0,40}|of|and|&)(?:\s(?:[A-Z][\p{L}&'’.-]{0,40}|of|and|&)){0,7})/u;
const REPUBLISHED = /republished\sfrom\s((?:The\s)?[A-Z][\p{L}&'’.-]{0,40}(?:\s[A-Z][\p{L}&'’.-]{0,40}){0,5})/u;
const COPYRIGHT_HOLDER = /(?:copyright|©)\s?(?:©\s?)?(?:\(c\)\s?)?(?:\d{4}(?:\s?[-–]\s?\d{4})?\.?,?\s)?(?:by\s)?([A-Z][^.\n,;]{1,80})/iu;
const EDITED_BY_TEAM = /edited by (?:the )?([A-Z][\p{L}&'’.-]{0,40}(?:\s[A-Z][\p{L}&'’.-]{0,40}){0,3}) (?:team|staff|newsroom|desk)/u;

/** The publication named in a blurb: "This article originally appeared in the South China Morning Post (SCMP)". */
export function publisherFromBlurb(text: string): string | null {
  const m = BLURB.exec(text) ?? REPUBLISHED.exec(text);
  return m ? tidy(m[1]!) : null;
}

/** The holder of a copyright line, without corporate suffixes: "South China Morning Post Publishers Ltd" -> "South China Morning Post". */
export function publisherFromCopyright(text: string): string | null {
  const m = COPYRIGHT_HOLDER.exec(text);
  if (!m) return null;
  const words = m[1]!.trim().split(/\s+/);
  while (words.length > 0 && VOCAB.corporateSuffixes.has(words[words.length - 1]!.toLowerCase())) words.pop();
  if (words.length === 0 || !/^[A-Z]/.test(words[0]!)) return null;
  return tidy(words.join(' '));
}

/** The outlet that syndicated the text: "has not been edited by the Devdiscourse team" -> "Devdiscourse". */
export function publisherFromSyndication(text: string): string | null {
  const m = EDITED_BY_TEAM.exec(text);
  return m ? tidy(m[1]!) : null;
}

function tidy(name: string): string {
  const trimmed = name.split(/\.\s/)[0]!.replace(/\s\([^)]{0,20}\)$/, '').replace(/['’]s$/, '').replace(/[\s.,]+$/, '');
  return VOCAB.agencies.get(trimmed.toLowerCase()) ?? trimmed;
}
