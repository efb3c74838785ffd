import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document';
import { extractBriefing } from '../src/index';
import { LEXICON_LIMIT, noteLexemeId, replaceWink, wink } from '../src/nlp/wink';
import { runUntil } from '../src/pipeline';

const TEXT =
  'Zorvath Industries said on Tuesday that its chief, Qelmira Dunstable, would visit Ulan-Vetrovsk. "We will act," she told reporters, adding that 4,312 workers were affected.';

function tokenFacts(text: string): string[] {
  const doc = runUntil(createDoc(text), 'tokens');
  return doc.tokens!.tokens.map((t) => [t.start, t.end, t.text, t.lower, t.lemma, t.lemmas.join('|'), t.tag, t.pos, t.shape, t.sentence].join(' '));
}

describe("wink's lexicon is bounded", () => {
  it('replaces the instance before the next text once a lexeme id reaches the limit', () => {
    const before = wink();
    expect(wink()).toBe(before);
    noteLexemeId(LEXICON_LIMIT - 1);
    expect(wink()).toBe(before);
    noteLexemeId(LEXICON_LIMIT);
    expect(wink()).not.toBe(before);
  });

  it('reads a text as a fresh process does with a fresh instance, whose ids name other words (the memo by id is dropped with it)', () => {
    const first = tokenFacts(TEXT);
    const briefing = JSON.stringify(extractBriefing(TEXT, { publishedAt: '2024-01-02' }));
    replaceWink();
    // another text first, so that the fresh instance gives the words of TEXT other ids than the old one did
    tokenFacts('Quarterly figures from Brightwater Holdings surprised analysts in Oslo.');
    expect(tokenFacts(TEXT)).toEqual(first);
    expect(JSON.stringify(extractBriefing(TEXT, { publishedAt: '2024-01-02' }))).toBe(briefing);
  });
});

describe('a text is read the same whatever the process read before it', () => {
  // "Trump's." at a sentence end goes through wink's processWordRP, which learned "Trump's" whole
  const TEACHER = 'The rally was a success for Trump\u2019s. Voters cheered Trump\u2019s.';
  const READER = 'Yesterday Trump\u2019s campaign manager said the polls were wrong about Trump\u2019s chances in Ohio.';

  it('splits a possessive the same before and after a text that ended a sentence with it', () => {
    replaceWink();
    const fresh = tokenFacts(READER);
    expect(fresh.some((t) => t.includes(' \u2019s '))).toBe(true);
    tokenFacts(TEACHER);
    expect(tokenFacts(READER)).toEqual(fresh);
  });

  it('gives the same briefing as a fresh instance after other texts', () => {
    replaceWink();
    const fresh = JSON.stringify(extractBriefing(READER, { publishedAt: '2024-01-02' }));
    extractBriefing(TEACHER, { publishedAt: '2024-01-02' });
    extractBriefing(TEXT, { publishedAt: '2024-01-02' });
    expect(JSON.stringify(extractBriefing(READER, { publishedAt: '2024-01-02' }))).toBe(fresh);
  });
});
