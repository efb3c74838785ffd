import type { Token } from '../../../document';
import { isCapitalized } from '../features';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { tokenAtIndex } from '../../../nlp/token-at-index';

/** "Chinese Communist Party (CCP)": the acronym is a mention of the same type. */
export const addAcronyms: EntityPass = { name: 'add-acronyms', run };

function run({ tokens }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const out = [...spans];
  const covered = new Set<number>();
  for (const s of spans) for (let t = s.tokenStart; t < s.tokenEnd; t++) covered.add(t);
  for (const s of spans) {
    const open = tokenAtIndex(tokens, s.tokenEnd);
    const acr = tokens[s.tokenEnd + 1];
    const close = tokens[s.tokenEnd + 2];
    if (open?.text !== '(' || !acr || close?.text !== ')' || covered.has(s.tokenEnd + 1)) continue;
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

const acronymShape = /^[A-Z][A-Za-z&.\-]{1,9}$/;
function isAcronym(text: string): boolean {
  if (!acronymShape.test(text)) return false;
  let upper = 0;
  for (const ch of text) if (ch >= 'A' && ch <= 'Z') upper++;
  return upper >= 2;
}

/** Do the acronym's capitals spell the capitalized words of the name ("APEC", "Asia-Pacific Economic Cooperation")? */
function initialsMatch(acronym: string, words: readonly Token[]): boolean {
  const initials = words.filter((w) => isCapitalized(w.text)).map((w) => w.text[0]).join('');
  return initials === acronym.replace(/[^A-Z]/g, '');
}
