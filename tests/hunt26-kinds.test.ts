import { describe, expect, it } from 'vitest';
import { extractBriefing } from '../src/index';

/**
 * Kinds found by trying eight new kinds of news page as a user would (hunt 26: a royal visit, a drug approval, an
 * earthquake wire story, fashion retail results, an EU tech-policy fine, a defence contract, a planning dispute, a
 * fact check; tests/fixtures-probe/50-57). Each row that names a wrong output failed before its fix; the rows
 * beside it show the right output nearby is kept.
 */

const brief = (text: string) => extractBriefing(text, { publishedAt: '2026-12-07' });
const STORY = 'The committee approved the plan on Tuesday after a long debate, officials said.';

describe('headlines: a section name in title case over the headline is the section, not the headline', () => {
  it.each<[first: string, second: string, headline: string]>([
    ['Retail', 'Clothing chain lifts outlook as rival cuts jobs', 'Clothing chain lifts outlook as rival cuts jobs'],
    ['Fact Check', 'Fact check: No, cash is not being banned next year', 'Fact check: No, cash is not being banned next year'],
    ['Defence', 'Ministry picks trainer jet after two-year contest', 'Ministry picks trainer jet after two-year contest'],
    ['Healthcare & Pharmaceuticals', 'Regulator approves memory drug after split vote', 'Regulator approves memory drug after split vote'],
    // kept: a name over a line (GUM's bio pages), a word that names no section
    ['Brock Holt', 'Holt with the Boston Red Sox', 'Brock Holt'],
    ['Prologue', 'Try to touch the past and deal with it', 'Prologue'],
  ])('%s / %s', (first, second, headline) => {
    const b = brief(`${first}\n\n${second}\n\n${STORY}`);
    expect(b.headline?.text).toBe(headline);
  });
});
