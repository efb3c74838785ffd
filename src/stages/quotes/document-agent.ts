import type { Token } from '../../document';
import type { Speaker } from '../../schema';
import { isPublishedHead } from './documents';
import type { Phrase } from './phrases';
import words from '../../data/quotes/words.json';
import { headNoun, lexiconActorHeadAt, timeOnly } from './speaker-heads';

/** The words that name who made a document right after it: 'estimates by the ministry', 'figures from the office' (words.json `documentAgentLinks`). */
const AGENT_LINKS: ReadonlySet<string> = new Set(words.documentAgentLinks.words);

/** Word classes the agent's noun phrase is made of ('the national health ministry'). */
const NOMINAL_TAGS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'NUM']);

/**
 * 'according to estimates by the health ministry', 'according to figures from the statistics office': a document
 * made by a group nominal that is no entity speaks for that group, which becomes the speaker as a name without an
 * entity ("the health ministry"), as issue 12 asks of group nominals. The phrase must open with the document
 * (after a determiner or adjectives), 'by' or 'from' right after it, and end in the group's noun phrase, whose head
 * names an actor by the lexicon (speaker-heads.ts lexiconActorHeadAt: 'ministry', 'office', 'officials'; not by the
 * loose suffix that passed 'the first quarter', 'the border', 'the center') and is no time; null otherwise. A named entity there is
 * read by publishers.ts first.
 */
export function documentAgent(source: string, tokens: readonly Token[], phrase: Phrase | null): Speaker | null {
  if (!phrase || phrase.kind !== 'nominal') return null;
  let k = phrase.tokenStart;
  while (k < phrase.tokenEnd && !isPublishedHead(tokens[k]!) && NOMINAL_TAGS.has(tokens[k]!.pos)) k++;
  if (k >= phrase.tokenEnd || !isPublishedHead(tokens[k]!) || !AGENT_LINKS.has(tokens[k + 1]?.lower ?? '')) return null;
  const from = k + 2;
  if (from >= phrase.tokenEnd) return null;
  for (let j = from; j < phrase.tokenEnd; j++) if (!NOMINAL_TAGS.has(tokens[j]!.pos)) return null;
  const head = headNoun(tokens, from, phrase.tokenEnd);
  if (head !== phrase.tokenEnd - 1 || timeOnly(tokens, from, phrase.tokenEnd) || !lexiconActorHeadAt(tokens, head)) return null;
  const start = tokens[from]!.start;
  const end = tokens[phrase.tokenEnd - 1]!.end;
  return { entityId: null, name: source.slice(start, end), mention: { start, end } };
}
