import type { Token } from '../../document';
import type { Phrase } from './phrase';

/** At most this many capitalized common nouns stand as a title before a name ('Co-author Dr Fiona Achterberg'). */
const MAX_TITLE_NOUNS = 2;

/**
 * Where the name starts in a phrase that opens with a title written as
 * capitalized common nouns before proper nouns: 'Analyst Fiona Achterberg',
 * 'Co-author Dr Fiona Achterberg' (the tagger reads 'Analyst' and 'Co-author'
 * as nouns, 'Dr' as a proper noun). Without it such a phrase was no name, and
 * a place in a later apposition chunk spoke instead ('Co-author Fiona
 * Achterberg, of the GEOMAR Centre in Kiel, Germany, said' gave 'Germany').
 * Returns the phrase's own start when no proper noun follows such nouns.
 */
export function nameStartAfterTitle(tokens: readonly Token[], p: Phrase): number {
  let k = p.tokenStart;
  while (k < p.tokenEnd - 1 && k - p.tokenStart < MAX_TITLE_NOUNS && tokens[k]!.pos === 'NOUN' && /^\p{Lu}/u.test(tokens[k]!.text)) k++;
  return tokens[k]!.pos === 'PROPN' ? k : p.tokenStart;
}
