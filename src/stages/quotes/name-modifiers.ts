import type { Token } from '../../document';
import titles from '../../data/resolve/titles.json';

/* Words beside a name that are no speaker themselves: a role's title before it, an age after it. */

/** Role words of titles ('secretary', 'minister'; src/data/resolve/titles.json). */
const ROLE_WORDS: ReadonlySet<string> = new Set(titles.heads);

/**
 * Whether the phrase `p` starting at `k` follows a role word and "of" ('Secretary of', 'Minister of') and ends in a
 * full name of two proper nouns after the role's object ('State Brad Raffensperger', 'Health Ana Silva'): the
 * person speaks, not the role's first word. A name of one word ('Secretary of State Kerry') is not told apart from
 * an office's name ('Secretary of Homeland Security') here and steps back as before.
 */
export function roleOfBeforeFullName(tokens: readonly Token[], k: number, p: { readonly tokenStart: number; readonly tokenEnd: number }): boolean {
  if (tokens[k - 1]?.lower !== 'of' || !ROLE_WORDS.has(tokens[k - 2]?.lower ?? '')) return false;
  const n = p.tokenEnd - p.tokenStart;
  return n >= 3 && tokens[p.tokenStart]!.pos === 'PROPN' && tokens[p.tokenEnd - 1]!.pos === 'PROPN' && tokens[p.tokenEnd - 2]!.pos === 'PROPN';
}

/**
 * 'Santos, 52, who lost her sister, said': the comma before an age set off by commas right before the comma at
 * `comma`, where the name it belongs to ends; else `comma`. An age names no one, the name before it speaks.
 */
export function pastAge(tokens: readonly Token[], comma: number, floor: number): number {
  const age = tokens[comma - 1];
  const open = comma - 2;
  return open > floor && age?.pos === 'NUM' && /^\d{1,3}$/.test(age.text) && tokens[open]!.text === ',' ? open : comma;
}
