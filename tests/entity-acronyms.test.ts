import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';
import { bracketedTokenAt, capitalCount, capitalInitials, capitalsAcronymShape, notNameAcronyms } from '../src/stages/entities/acronyms';

const tokensOf = (text: string) => runUntil(createDoc(text), 'tokens').tokens!.tokens;

describe('acronyms: what the entity passes 10, 21, 31 and 32 share', () => {
  it.each([
    ['NATO', 4],
    ['McD', 2],
    ['U.N.', 2],
    ['Nato', 1],
  ])('%s has %i capitals', (text, n) => {
    expect(capitalCount(text)).toBe(n);
  });

  it.each([
    ['CCP', true],
    ['M23', true],
    ['UNESCO', true],
    ['Ccp', false],
    ['ABCDEFG', false],
  ])('%s has the shape of an acronym in capitals: %s', (text, expected) => {
    expect(capitalsAcronymShape.test(text)).toBe(expected);
  });

  it('finds the token in brackets after a name, and nothing where no bracket pair stands', () => {
    const tokens = tokensOf('The Chinese Communist Party (CCP) met in Beijing (on Monday).');
    const open = tokens.findIndex((t) => t.text === '(');
    expect(bracketedTokenAt(tokens, open)?.text).toBe('CCP');
    expect(bracketedTokenAt(tokens, open - 1)).toBeUndefined();
    expect(bracketedTokenAt(tokens, tokens.length - 1)).toBeUndefined();
    const second = tokens.findIndex((t, i) => i > open && t.text === '(');
    expect(bracketedTokenAt(tokens, second)).toBeUndefined();
  });

  it('spells the initials of the capitalized words only', () => {
    const tokens = tokensOf('Organization for Economic Cooperation and Development');
    expect(capitalInitials(tokens)).toBe('OECD');
  });

  it('knows common abbreviations that are no names', () => {
    expect(notNameAcronyms.has('CEO')).toBe(true);
    expect(notNameAcronyms.has('NATO')).toBe(false);
  });
});
