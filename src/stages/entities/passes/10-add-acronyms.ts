import type { Token } from '../../../document';
import { bracketedTokenAt, capitalCount, capitalInitials } from '../acronyms';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';

/** "Chinese Communist Party (CCP)": the acronym is a mention of the same type. */
export const addAcronyms: EntityPass = { name: 'add-acronyms', run };

function run({ tokens }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const out = joinSpelledOrganizations(tokens, spans);
  const covered = new Set<number>();
  for (const s of out) for (let t = s.tokenStart; t < s.tokenEnd; t++) covered.add(t);
  for (const s of [...out]) {
    const acr = bracketedTokenAt(tokens, s.tokenEnd);
    if (!acr || covered.has(s.tokenEnd + 1)) continue;
    if (!isAcronym(acr.text) || s.type === 'PER') continue;
    out.push({ tokenStart: s.tokenEnd + 1, tokenEnd: s.tokenEnd + 2, type: s.type });
    covered.add(s.tokenEnd + 1);
  }
  // "APEC (Asia-Pacific Economic Cooperation)": the acronym first, its expansion in brackets
  for (const s of spans) {
    const open = tokens[s.tokenStart - 1];
    const close = tokens[s.tokenEnd];
    const acr = tokens[s.tokenStart - 2];
    if (open?.text !== '(' || close?.text !== ')' || !acr || covered.has(s.tokenStart - 2) || s.type === 'PER') continue;
    if (!isAcronym(acr.text) || !initialsMatch(acr.text, tokens.slice(s.tokenStart, s.tokenEnd))) continue;
    out.push({ tokenStart: s.tokenStart - 2, tokenEnd: s.tokenStart - 1, type: s.type });
    covered.add(s.tokenStart - 2);
  }
  return out.sort((a, b) => a.tokenStart - b.tokenStart);
}

/**
 * "the Board of Control for Cricket in India (BCCI)": an organization, "in",
 * "of" or "for", then a place whose bracketed acronym spells all of them is
 * one organization (the tagger cut it before the place, and the acronym had
 * taken the place's type).
 */
function joinSpelledOrganizations(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (const s of spans) {
    const p = out[out.length - 1];
    const acr = bracketedTokenAt(tokens, s.tokenEnd);
    const link = tokens[s.tokenStart - 1]?.text ?? '';
    if (p && p.type === 'ORG' && s.type === 'LOC' && acr && isAcronym(acr.text) && p.tokenEnd + 1 === s.tokenStart && spelledLinks.has(link) &&
      initialsMatch(acr.text, tokens.slice(p.tokenStart, s.tokenEnd)) && !initialsMatch(acr.text, tokens.slice(s.tokenStart, s.tokenEnd))) {
      out[out.length - 1] = { tokenStart: p.tokenStart, tokenEnd: s.tokenEnd, type: 'ORG' };
    } else out.push(s);
  }
  return out;
}

const spelledLinks = new Set(['in', 'of', 'for']);

/** "CCP", "U.N.", "H&M", "FedEx": a capital, then up to nine letters, "&", dots or hyphens, two capitals at least. */
const acronymShape = /^[A-Z][A-Za-z&.\-]{1,9}$/;
const isAcronym = (text: string): boolean => acronymShape.test(text) && capitalCount(text) >= 2;

/** Do the acronym's capitals spell the capitalized words of the name ("APEC", "Asia-Pacific Economic Cooperation")? */
const initialsMatch = (acronym: string, words: readonly Token[]): boolean => capitalInitials(words) === acronym.replace(/[^A-Z]/g, '');
