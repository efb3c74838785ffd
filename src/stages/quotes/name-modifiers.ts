import type { Token } from '../../document';
import { ageAfterComma } from '../../nlp/apposition-age';
import { TITLE_HEADS } from '../../nlp/title-words';

/* Words beside a name that are no speaker themselves: a role's title before it, an age after it. */

/** A phrase's token range (phrases.ts `Phrase` has it; not imported, phrases.ts imports this file). */
interface TokenRange {
  readonly tokenStart: number;
  readonly tokenEnd: number;
}

/**
 * Whether the phrase `p` starting at `k` follows an "of" that sits inside a proper name ('Port of', 'University of')
 * and itself opens with a proper noun and ends in a full name of two or more proper nouns after a role
 * ('Rotterdam chief executive Boudewijn Siemons', 'England Governor Andrew Bailey').
 */
export function ofInsideNameBeforePerson(tokens: readonly Token[], k: number, p: TokenRange): boolean {
  if (tokens[k - 1]?.lower !== 'of' || tokens[k - 2]?.pos !== 'PROPN') return false;
  const n = p.tokenEnd - p.tokenStart;
  if (n < 3 || tokens[p.tokenStart]!.pos !== 'PROPN' || tokens[p.tokenEnd - 1]!.pos !== 'PROPN' || tokens[p.tokenEnd - 2]!.pos !== 'PROPN') return false;
  // a role between the names ('chief executive', 'Governor', 'economist'), not one longer name ('Bank of America Merrill Lynch')
  for (let k = p.tokenStart + 1; k < p.tokenEnd - 2; k++) if (tokens[k]!.pos === 'NOUN' || TITLE_HEADS.has(tokens[k]!.lower)) return true;
  return false;
}

/** 'Human Services Secretary Robert Kennedy': a role word, then a full name of two or more proper nouns, ends the phrase. */
export function endsInRoleAndFullName(tokens: readonly Token[], p: TokenRange): boolean {
  const n = p.tokenEnd - p.tokenStart;
  if (n < 3 || tokens[p.tokenEnd - 1]!.pos !== 'PROPN' || tokens[p.tokenEnd - 2]!.pos !== 'PROPN') return false;
  return TITLE_HEADS.has(tokens[p.tokenEnd - 3]!.lower);
}

/** Tokens between a title's role word and the name after its office ('Governor of the Bank of England'). */
const MAX_OFFICE = 6;

/**
 * Whether the phrase `p` starting at `k` ends in a full name after a title whose role word, capitalized, takes an
 * office with "of" or "for" ('Secretary of State Brad Raffensperger', 'Minister for Health Stephen Donnelly',
 * 'Chancellor of the Exchequer Rachel Reeves', 'Head of the agency Jane Doe'): the person speaks, not the role word.
 * The office holds no role word of its own ('a spokesman for Governor Andrew Cuomo' is the spokesman's; 'Supporters
 * of President Trump' are no title). A name of one word ('Secretary of State Kerry') is not told apart from an
 * office's name ('Secretary of Homeland Security') and steps back as before.
 */
export function roleOfBeforeFullName(tokens: readonly Token[], k: number, p: TokenRange): boolean {
  const n = p.tokenEnd - p.tokenStart;
  if (n < 2 || tokens[p.tokenEnd - 1]!.pos !== 'PROPN' || tokens[p.tokenEnd - 2]!.pos !== 'PROPN') return false;
  // 'State Brad Raffensperger' holds the office's last word; 'Jane Doe' alone must follow a common noun ('the agency')
  if (n === 2 && tokens[k - 1]?.pos !== 'NOUN') return false;
  for (let i = p.tokenStart; i < p.tokenEnd; i++) if (TITLE_HEADS.has(tokens[i]!.lower)) return false;
  let preposition = false;
  for (let i = k - 1; i >= 0 && k - i <= MAX_OFFICE; i--) {
    const t = tokens[i]!;
    // the role word takes the office right after it ('Secretary of', 'Minister for'): in 'Inspector Laura Bright of
    // North Yorkshire Police' a name stands between them, and the name before "of" speaks, not the office after it
    if (TITLE_HEADS.has(t.lower)) return preposition && /^\p{Lu}/u.test(t.text) && (tokens[i + 1]?.lower === 'of' || tokens[i + 1]?.lower === 'for');
    if (t.lower === 'of' || t.lower === 'for') preposition = true;
    else if (!(t.lower === 'the' || t.pos === 'PROPN' || t.pos === 'NOUN')) return false;
  }
  return false;
}

/**
 * 'Santos, 52, who lost her sister, said': the comma before an age set off by commas right before the comma at
 * `comma`, where the name it belongs to ends; else `comma`. An age names no one, the name before it speaks.
 */
export function pastAge(tokens: readonly Token[], comma: number, floor: number): number {
  const open = comma - 2;
  return open > floor && ageAfterComma(tokens, comma - 1, 'numeral') ? open : comma;
}
