import { describe, expect, it } from 'vitest';
import { extractBriefing, MAX_INPUT_LENGTH, NewsbriefError, NewsbriefInputError, safeExtractBriefing } from '../src/index';

describe('misuse gets a typed error with a stable code', () => {
  it.each([
    ['a number', 42, 'INPUT_NOT_STRING'],
    ['null', null, 'INPUT_NOT_STRING'],
    ['undefined', undefined, 'INPUT_NOT_STRING'],
    ['an object', { text: 'hi' }, 'INPUT_NOT_STRING'],
    ['an empty string', '', 'INPUT_EMPTY'],
    ['only whitespace', ' \n\t\n ', 'INPUT_EMPTY'],
    ['binary junk', '\u0000\u0001\u0002\u0003PNG\u0000\u0000\u0007\u0008'.repeat(50), 'INPUT_BINARY'],
    ['text over the size limit', 'a '.repeat(MAX_INPUT_LENGTH / 2 + 1), 'INPUT_TOO_LARGE'],
    // the DOM parser recursed for minutes, then overflowed the stack, on 20,000 unclosed tags
    ['HTML nested 20,000 deep', '<html><body>' + '<p><b><i>text '.repeat(20_000), 'INPUT_HTML_TOO_DEEP'],
    ['HTML nested 20,000 divs deep', '<html><body>' + '<div>'.repeat(20_000) + 'Kishida met Xi.' + '</div>'.repeat(20_000), 'INPUT_HTML_TOO_DEEP'],
  ])('%s', (_label, input, code) => {
    let thrown: unknown;
    try {
      extractBriefing(input as string);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(NewsbriefInputError);
    expect((thrown as NewsbriefError).code).toBe(code);
    expect((thrown as Error).message).toMatch(/^newsbrief \[/);
  });

  it.each([
    ['an unknown option', { colour: 'red' }],
    ['a publishedAt that is not a date', { publishedAt: 'yesterday-ish' }],
    ['an unknown format', { format: 'pdf' }],
  ])('rejects %s', (_label, options) => {
    expect(() => extractBriefing('Kishida met Xi in Bangkok.', options as never)).toThrowError(
      expect.objectContaining({ code: 'OPTIONS_INVALID' }),
    );
  });

  it('safeExtractBriefing returns the error instead of throwing', () => {
    const result = safeExtractBriefing(7 as unknown as string);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.code).toBe('INPUT_NOT_STRING');
  });

  it('safeExtractBriefing returns data on success', () => {
    const result = safeExtractBriefing('Kishida met Xi in Bangkok on Monday.', { publishedAt: '2022-11-13' });
    expect(result.success).toBe(true);
  });

  it('accepts a Date for publishedAt', () => {
    const briefing = extractBriefing('Kishida met Xi in Bangkok.', { publishedAt: new Date(Date.UTC(2022, 10, 13)) });
    expect(briefing.publishedAt).toBe('2022-11-13');
  });
});

describe('odd but valid content never crashes', () => {
  it.each([
    ['one word', 'Hello'],
    ['only punctuation', '!!! ??? ...'],
    ['unbalanced quotes', '"He said it\n\n"and then\n\n" nothing'],
    ['emoji and astral characters', '🚀 Tokyo 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 said "hi" 👍🏽.'],
    ['a lone surrogate', 'Kishida \ud800 said hello.'],
    ['very long line', 'word '.repeat(20000)],
    ['many quote marks', '"'.repeat(5000)],
    ['deep brackets', '('.repeat(3000) + 'x' + ')'.repeat(3000)],
    ['CRLF line endings', 'Headline here\r\n\r\nTokyo said on Monday it would act.\r\n\r\n"We will," he said.'],
    ['numbers only', '1 2 3 4 5 6 7 8 9 0 '.repeat(500)],
  ])('%s', (_label, input) => {
    const briefing = extractBriefing(input, { publishedAt: '2022-11-13' });
    expect(briefing.schemaVersion).toBe(1);
  });
});
