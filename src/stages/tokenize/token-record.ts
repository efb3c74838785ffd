import type { Token } from '../../document';

/** What a token takes from its word's facts (word-facts.ts). */
export interface WordFactsOfToken {
  readonly lower: string;
  readonly lemma: string;
  readonly lemmas: readonly string[];
  readonly shape: string;
}

/**
 * A token as the tokens stage makes it. A class rather than an object
 * literal for memory: V8 tracks where object literals are allocated and,
 * seeing that tokens outlive young-generation collections (they live as long
 * as their document), allocates them straight into old space ("allocation
 * site pretenuring"). There each document's tokens stay as garbage until a
 * full collection, which V8 puts off until old space is about 4x what is
 * live. Objects a constructor makes carry no allocation site, so tokens are
 * born young and most die young. Fields in the order of `Token`.
 *
 * Measured with `npx tsx scripts/cold-start.ts`'s 2 MB (403 articles): RSS
 * 268 -> 220 MB.
 */
export class TokenRecord implements Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  lemma: string;
  lemmas: readonly string[];
  pos: string;
  tag: string;
  negated: boolean;
  inQuote: boolean;
  sentence: number;
  paragraph: number;
  lineStart: boolean;
  shape: string;

  constructor(start: number, end: number, text: string, facts: WordFactsOfToken, tag: string, negated: boolean, sentence: number, paragraph: number, lineStart: boolean) {
    this.start = start;
    this.end = end;
    this.text = text;
    this.lower = facts.lower;
    this.lemma = facts.lemma;
    this.lemmas = facts.lemmas;
    this.pos = tag;
    this.tag = tag;
    this.negated = negated;
    this.inQuote = false;
    this.sentence = sentence;
    this.paragraph = paragraph;
    this.lineStart = lineStart;
    this.shape = facts.shape;
  }
}

/**
 * A copy of `token` read as another part of speech ("meeting" as a noun), made through the class like every
 * token: a `{ ...token, pos }` copy is a plain object with a hidden class of its own (V8, Node 20), and each one
 * that reaches a function reading tokens makes that function's property loads polymorphic, then megamorphic.
 */
export function tokenAsPos(token: Token, pos: string): TokenRecord {
  const copy = new TokenRecord(token.start, token.end, token.text, token, token.tag, token.negated, token.sentence, token.paragraph, token.lineStart);
  copy.pos = pos;
  copy.inQuote = token.inQuote;
  return copy;
}
