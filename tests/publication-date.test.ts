import { describe, expect, it } from 'vitest';
import { createDoc, type Doc } from '../src/document';
import { extractBriefing } from '../src/extract';
import { runUntil } from '../src/pipeline';
import { decidePublicationDate } from '../src/stages/time/publication';

const TEXT = 'Talks resume\n\nOfficials met on Tuesday and will meet again next week.';
const STATED = { value: '2022-11-12', span: { start: 0, end: 5 } };

/** a cleaned document with the date sources a test sets */
function docWith(given: string | null, page: string | null, stated: typeof STATED | null): Doc {
  const doc = runUntil(createDoc(TEXT, given), 'clean');
  return {
    ...doc,
    options: { ...doc.options, page: page ? { siteName: null, publishedAt: page } : null },
    clean: { ...doc.clean!, statedDate: stated },
  };
}

describe('time: the publication date is decided once', () => {
  it.each<[string, string | null, string | null, typeof STATED | null, string | null, string[]]>([
    ['given wins over everything', '2022-01-20', '2022-02-02', STATED, '2022-01-20', []],
    ['page metadata counts as given for relative dates', null, '2022-02-02', STATED, '2022-02-02', ['published-at-inferred']],
    ['the date stated in the text is flagged twice', null, null, STATED, '2022-11-12', ['reference-date-inferred', 'published-at-inferred']],
    ['no date at all', null, null, null, null, []],
  ])('%s', (_name, given, page, stated, expected, codes) => {
    const decided = decidePublicationDate(docWith(given, page, stated));
    expect(decided.publishedAt).toBe(expected);
    expect(decided.referenceDate).toBe(expected);
    expect([decided.referenceWarning, decided.publishedAtWarning].flatMap((w) => (w ? [w.code] : []))).toEqual(codes);
  });

  it('the Briefing reports the time layer\'s decision, its warning after every stage\'s', () => {
    const text = 'Talks resume\n\nNovember 12, 2022\n\nOfficials met on Tuesday and will meet again next week. They said little.';
    const time = runUntil(createDoc(text, null), 'time').time!;
    const b = extractBriefing(text);
    expect([b.publishedAt, b.referenceDate]).toEqual(['2022-11-12', '2022-11-12']);
    expect(b.timeExpressions.find((t) => t.text === 'Tuesday')?.value).toBe('2022-11-08');
    expect(b.warnings.map((w) => w.code)).toContain('reference-date-inferred');
    expect(b.warnings[b.warnings.length - 1]).toEqual(time.publishedAtWarning);
  });
});
