import type { Token } from '../../../document';
import { bracketedTokenAt, capitalCount, capitalInitials } from '../acronyms';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';

/** "Chinese Communist Party (CCP)": the acronym is a mention of the same type. */
export const addAcronyms: EntityPass = { name: 'add-acronyms', run };

function run({ tokens }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const out = [...spans];
  const covered = new Set<number>();
  for (const s of spans) for (let t = s.tokenStart; t < s.tokenEnd; t++) covered.add(t);
  for (const s of spans) {
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

/** "CCP", "U.N.", "H&M", "FedEx": a capital, then up to nine letters, "&", dots or hyphens, two capitals at least. */
const acronymShape = /^[A-Z][A-Za-z&.\-]{1,9}$/;
const isAcronym = (text: string): boolean => acronymShape.test(text) && capitalCount(text) >= 2;

/** Do the acronym's capitals spell the capitalized words of the name ("APEC", "Asia-Pacific Economic Cooperation")? */
const initialsMatch = (acronym: string, words: readonly Token[]): boolean => capitalInitials(words) === acronym.replace(/[^A-Z]/g, '');
