import { createDoc, type Token } from '../../src/document';
import { runUntil } from '../../src/pipeline';

/** The token layer of a text as the library builds it (clean, language, tokens), for scripts that learn from tokens. */
export function tokensOf(text: string, dct: string | null = null): Token[] {
  return runUntil(createDoc(text, dct), 'tokens').tokens?.tokens ?? [];
}
