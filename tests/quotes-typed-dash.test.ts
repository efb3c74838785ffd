import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';
import { isAsideDash } from '../src/nlp/hyphens';
import { quoteRows } from './helpers/quotes';

/**
 * A dash typed as a hyphen with a space on both sides (The Washington Post's and the Times' texts:
 * "Reynolds - his girlfriend - told ...") sets off an aside as an em dash does (src/nlp/hyphens.ts
 * isAsideDash, read by phrases.ts dashAppositionSubject and reported-steps/inverted-subject.ts).
 */
describe('a spaced hyphen sets off an aside like a dash', () => {
  const rows: Array<[string, string, string]> = [
    ['Deborah Okafor - his partner and co-host on the show - told The Herald that the station had changed.', 'the station had changed', 'Deborah Okafor'],
    ['In an interview at her hotel, Deborah Okafor - his partner - told The Herald that the station had changed.', 'the station had changed', 'Deborah Okafor'],
    ['Many dock workers at the meeting - including welders, crane drivers and pilots - said the levy was unfair.', 'the levy was unfair', 'dock workers'],
    // a spaced hyphen between two numbers is a range, not the aside's opening dash
    ['Tunde Okafor — who scored 10 - 12 times last season — said the levy was unfair.', 'the levy was unfair', 'Tunde Okafor'],
  ];
  it.each(rows)('%s', (text, content, speaker) => {
    expect(quoteRows(text)).toContainEqual(['indirect', content, expect.stringContaining(speaker)]);
  });
});

describe('isAsideDash', () => {
  const tokensOf = (text: string) => runUntil(createDoc(text, '2016-01-01'), 'tokens').tokens!.tokens;
  const table: Array<[string, string, boolean]> = [
    ['Okafor - his partner - told them.', '-', true],
    ['Okafor — his partner — told them.', '—', true],
    ['Okafor -- his partner -- told them.', '--', true],
    // the horizontal bar U+2015 is one of the shared DASH_MARKS (src/nlp/hyphens.ts)
    ['Okafor ― his partner ― told them.', '―', true],
    ['Okafor – his partner – told them.', '–', true],
    ['Okafor -his partner said so.', '-', false],
    ['The Chicago Sun-Times said so.', '-', false],
    ['The plan:\n- cut the levy\n- pay the pilots', '-', false],
    ['Scores ran 10 - 12 all day.', '-', false],
  ];
  it.each(table)('%s', (text, mark, expected) => {
    const tokens = tokensOf(text);
    const k = tokens.findIndex((t) => t.text === mark);
    expect(k).toBeGreaterThanOrEqual(0);
    expect(isAsideDash(tokens, k)).toBe(expected);
  });
});

/**
 * After a closing mark the cue may follow a comma or any dash of the shared list (isAsideDash): the typed
 * double hyphen and the horizontal bar as well as the em dash (direct.ts, unread-cue.ts, lexicon.ts).
 */
describe('a cue after a closing mark and a dash of any kind', () => {
  const rows: Array<[string, string, string]> = [
    ['"We will win this race," -- said Maria Lopez, the state senator.', 'We will win this race,', 'Maria Lopez'],
    ['"We will win this race," ― said Maria Lopez, the state senator.', 'We will win this race,', 'Maria Lopez'],
    ['"We will win this race" -- Maria Lopez said.', 'We will win this race', 'Maria Lopez'],
    ['"Out!" -- beamed Hartley, the coach of the team.', 'Out!', 'Hartley'],
  ];
  it.each(rows)('%s', (text, content, speaker) => {
    expect(quoteRows(text)).toContainEqual(['direct', content, expect.stringContaining(speaker)]);
  });
});
