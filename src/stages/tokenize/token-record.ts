import type { Token } from '../../document';
import { WordFacts } from './word-facts';

// the token's yes/no facts, as bits of one small integer (see TokenRecord)
const NEGATED = 1;
const IN_QUOTE = 2;
const LINE_START = 4;

/**
 * A token as the tokens stage makes it. A class rather than an object
 * literal for memory: V8 tracks where object literals are allocated and,
 * seeing that tokens outlive young-generation collections (they live as long
 * as their document), allocates them straight into old space ("allocation
 * site pretenuring"). There each document's tokens stay as garbage until a
 * full collection, which V8 puts off until old space is about 4x what is
 * live. Objects a constructor makes carry no allocation site, so tokens are
 * born young and most die young.
 *
 * Measured with `npx tsx scripts/cold-start.ts`'s 2 MB (403 articles): RSS
 * 268 -> 220 MB.
 *
 * Small for the same reason (every token of an article long enough to span two young collections is promoted):
 * the word's lower case, lemma, lemmas and shape are read through one pointer to its word's shared WordFacts (word-facts.ts), and the
 * three yes/no facts are bits of one small integer, so a record is 9 fields (96 bytes in Node 20's heap) instead of 14
 * (136). Getters on one class, which V8 inlines where a token is read; the setters are for the layer's own repairs
 * (quotation marking, the contraction lemma).
 */
export class TokenRecord implements Token {
  start: number;
  end: number;
  text: string;
  facts: WordFacts;
  pos: string;
  tag: string;
  sentence: number;
  paragraph: number;
  flags: number;

  constructor(start: number, end: number, text: string, facts: WordFacts, tag: string, negated: boolean, sentence: number, paragraph: number, lineStart: boolean) {
    this.start = start;
    this.end = end;
    // the facts' string where it reads the same (always, as the stage builds tokens): internalized, like the other
    // strings of the facts, where `text` may be a slice wink made (src/nlp/interned-string.ts says why)
    this.text = text === facts.text ? facts.text : text;
    this.facts = facts;
    this.pos = tag;
    this.tag = tag;
    this.sentence = sentence;
    this.paragraph = paragraph;
    this.flags = (negated ? NEGATED : 0) | (lineStart ? LINE_START : 0);
  }

  get lower(): string {
    return this.facts.lower;
  }

  get shape(): string {
    return this.facts.shape;
  }

  get lemma(): string {
    return this.facts.lemma;
  }

  /** this token's own facts with another lemma (the shared ones stay as they are) */
  set lemma(lemma: string) {
    const f = this.facts;
    this.facts = new WordFacts(f.text, f.lower, f.shape, lemma, f.lemmas);
  }

  get lemmas(): readonly string[] {
    return this.facts.lemmas;
  }

  set lemmas(lemmas: readonly string[]) {
    const f = this.facts;
    this.facts = new WordFacts(f.text, f.lower, f.shape, f.lemma, lemmas);
  }

  get negated(): boolean {
    return (this.flags & NEGATED) !== 0;
  }

  set negated(negated: boolean) {
    this.flags = negated ? this.flags | NEGATED : this.flags & ~NEGATED;
  }

  get inQuote(): boolean {
    return (this.flags & IN_QUOTE) !== 0;
  }

  set inQuote(inQuote: boolean) {
    this.flags = inQuote ? this.flags | IN_QUOTE : this.flags & ~IN_QUOTE;
  }

  get lineStart(): boolean {
    return (this.flags & LINE_START) !== 0;
  }

  set lineStart(lineStart: boolean) {
    this.flags = lineStart ? this.flags | LINE_START : this.flags & ~LINE_START;
  }
}

/**
 * A copy of `token` read as another part of speech ("meeting" as a noun), made through the class like every
 * token: a `{ ...token, pos }` copy is a plain object with a hidden class of its own (V8, Node 20), and each one
 * that reaches a function reading tokens makes that function's property loads polymorphic, then megamorphic.
 */
export function tokenAsPos(token: Token, pos: string): TokenRecord {
  const facts = token instanceof TokenRecord ? token.facts : new WordFacts(token.text, token.lower, token.shape, token.lemma, token.lemmas);
  const copy = new TokenRecord(token.start, token.end, token.text, facts, token.tag, token.negated, token.sentence, token.paragraph, token.lineStart);
  copy.pos = pos;
  copy.inQuote = token.inQuote;
  return copy;
}
