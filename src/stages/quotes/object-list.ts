import type { Token } from '../../document';

/**
 * A comma inside a list that an object content opens: 'citing low economic
 * growth, unemployment and growing inequality', 'discussed regulating big
 * banks, immigration reform and repealing the law', 'calling himself the first
 * gentleman, first husband or even first dude'. After the comma only noun
 * phrase words and more commas come before "and"/"or" and one more item, with
 * no verb on the way (', the mayor said', ', which ...' are no list): the
 * object goes on over the comma, as PolNeAR's contents do.
 */
export function objectListAt(tokens: readonly Token[], comma: number, stop: number): boolean {
  for (let j = comma + 1; j < stop && j - comma <= MAX_LIST_TOKENS; j++) {
    const t = tokens[j]!;
    if (t.lower === 'and' || t.lower === 'or') return j > comma + 1 && itemStartAt(tokens[j + 1]);
    if (t.text === ',' || NOUN_PHRASE.has(t.pos) || t.text === "'s" || t.text === '’s') continue;
    return false;
  }
  return false;
}

/** Word classes a list item may hold: a noun phrase's. */
const NOUN_PHRASE: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
/** How far after the comma the closing "and"/"or" may stand. */
const MAX_LIST_TOKENS = 12;

/** A list's last item opens here: a noun phrase word, an adverb ('or even first dude') or an -ing form ('and repealing the law'). */
function itemStartAt(t: Token | undefined): boolean {
  return t !== undefined && (NOUN_PHRASE.has(t.pos) || t.pos === 'ADV' || (t.pos === 'VERB' && t.lower.endsWith('ing')));
}
