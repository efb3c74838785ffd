import type { Token } from '../../document';
import words from '../../data/quotes/words.json';

/** Articles opening the narrator's nominal comment after a comma (words.json `clauseCommentAfterComma`). */
const COMMENT_ARTICLES: ReadonlySet<string> = new Set(words.clauseCommentAfterComma.words);

/** Conjunctions that, right after the article's noun phrase, make it one item of a list ('new roads, a bridge and two schools'). */
const LIST_JOINERS: ReadonlySet<string> = new Set(words.clauseCommentListJoiners.words);

/** Tags of a bare noun phrase's words ('a former police officer'): a comment says something past them. */
const NOUN_PHRASE_TAGS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'NUM', 'PUNCT']);

/** Tokens after the article searched for a list mark or the comment's tail: a constant, so a caller's loop stays linear. */
const COMMENT_LOOKAHEAD = 30;

/**
 * A comma at `k` opening the narrator's nominal comment on what came before it ('said she should face no charges,
 * | a recommendation Lynch adopted', 'would "not get beat up" at his rally, | a swipe at ...'): an article before a
 * noun or adjective, and the noun phrase goes on with something of its own ('a swipe at', 'a layoff larger than').
 * Not one item of a list (a comma or semicolon after it, or 'and'/'or' right after its noun phrase: 'roads, a
 * bridge and two schools'), nor an apposition whose bare noun phrase runs to the sentence's end ('belonged to her
 * husband, a former police officer.'), which the content keeps. Searched before `stop` within its sentence.
 */
export function narratorCommentAt(tokens: readonly Token[], k: number, stop = tokens.length): boolean {
  const comma = tokens[k];
  if (comma?.text !== ',' || !COMMENT_ARTICLES.has(tokens[k + 1]?.lower ?? '')) return false;
  const head = tokens[k + 2];
  if (head === undefined || (head.pos !== 'NOUN' && head.pos !== 'ADJ')) return false;
  let tail = false;
  for (let j = k + 2; j < stop && j - k <= COMMENT_LOOKAHEAD; j++) {
    const t = tokens[j]!;
    if (t.sentence !== comma.sentence) break;
    // 'held two firearms licenses, a security officer license, and was employed': a comma after it makes it a list item
    if (t.text === ',' || t.text === ';') return false;
    if (tail) continue;
    if (LIST_JOINERS.has(t.lower)) return false;
    if (!NOUN_PHRASE_TAGS.has(t.pos)) tail = true;
  }
  return tail;
}
