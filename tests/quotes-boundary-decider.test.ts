import { describe, expect, it } from 'vitest';
import { createDoc, type Token } from '../src/document';
import { runUntil } from '../src/pipeline';
import { contentBoundary } from '../src/stages/quotes/boundaries';
import { breakFeatures } from '../src/stages/quotes/boundary-model';
import type { Frame } from '../src/stages/quotes/lexicon';

/**
 * contentBoundary asks its decider only at the break candidates the boundary model decides at run time, so the
 * training script (scripts/train-quotes.ts collectBreaks), which passes a recording decider, learns from exactly
 * those: not a comma inside a relative aside of the reported subject, nor a candidate after a firm end.
 */
const tokensOf = (text: string): Token[] => runUntil(createDoc(text), 'tokens').tokens!.tokens;

/** The words the decider is asked at, when it never ends the content, and where the content ends. */
function asked(text: string, afterWord: string, frame: Frame): { at: string[]; end: string } {
  const tokens = tokensOf(text);
  const from = tokens.findIndex((t) => t.lower === afterWord) + 1;
  const stop = tokens.length - 1;
  const at: string[] = [];
  const end = contentBoundary(tokens, from, stop, frame, (k) => {
    at.push(`${tokens[k]!.text} ${tokens[k + 1]?.lower ?? ''}`);
    return false;
  });
  return { at, end: tokens[end - 1]!.text };
}

describe('the break candidates the boundary model decides (boundaries.ts contentBoundary)', () => {
  const cases: Array<{ name: string; text: string; after: string; frame: Frame; at: string[]; end: string }> = [
    {
      name: 'passes over a relative aside inside the reported subject',
      text: 'The mayor said that Smith, who ran the trust until 2023, used the money for his house, and the council agreed.',
      after: 'that',
      frame: 'clause',
      // the comma and the 'and' after the subject's verb; none inside ', who ran the trust until 2023,'
      at: [', and', 'and the'],
      end: 'agreed',
    },
    {
      name: 'asks nothing after a firm end of the rules after an object',
      text: 'The minister urged nations to raise spending; but critics called the plan weak, and voters agreed.',
      after: 'urged',
      frame: 'objectTo',
      at: [],
      end: 'spending',
    },
    {
      name: 'asks at a participle of extent after a clause cue, where the model decides',
      text: 'The company said profits rose, bringing its total to $9 million.',
      after: 'said',
      frame: 'clause',
      at: [', bringing'],
      end: 'million',
    },
  ];
  it.each(cases)('$name', ({ text, after, frame, at, end }) => {
    const got = asked(text, after, frame);
    expect(got.at).toEqual(at);
    expect(got.end).toBe(end);
  });

  it('ends the content where the decider says', () => {
    const tokens = tokensOf('The company said profits rose, bringing its total to $9 million.');
    const from = tokens.findIndex((t) => t.lower === 'said') + 1;
    const end = contentBoundary(tokens, from, tokens.length - 1, 'clause', () => true);
    expect(tokens[end - 1]!.text).toBe('rose');
  });
});

describe('the boundary model reads the clause around a break (boundary-model.ts breakFeatures)', () => {
  const featuresAt = (text: string, afterWord: string, breakText: string, nth = 0): string[] => {
    const tokens = tokensOf(text);
    const from = tokens.findIndex((t) => t.lower === afterWord) + 1;
    const k = tokens.map((t, i) => (t.text === breakText && i > from ? i : -1)).filter((i) => i >= 0)[nth]!;
    return breakFeatures(tokens, from, k, tokens.length - 1, 'clause', false);
  };
  const cases: Array<{ name: string; text: string; after: string; at: string; has: string }> = [
    { name: 'a new subject and verb after ", and"', text: 'She said the plan failed, and Democrats accused the board of lying.', after: 'said', at: ',', has: 'kind=,|clause=true|ahead=ed' },
    { name: 'a break before the content has a verb of its own', text: 'She said that Smith, the treasurer, used the money.', after: 'that', at: ',', has: 'verb=false|frame=clause' },
    { name: 'a speech participle after the comma', text: 'She said the plan failed, adding that the board lied.', after: 'said', at: ',', has: 'kind=,|nextlemma=add' },
    { name: 'a phrase with no verb after the comma', text: 'She said the plan failed, despite the warnings of the board.', after: 'said', at: ',', has: 'kind=,|clause=false|ahead=none' },
  ];
  it.each(cases)('$name', ({ text, after, at, has }) => {
    expect(featuresAt(text, after, at)).toContain(has);
  });
});
