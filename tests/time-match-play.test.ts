import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';

/** the texts of the time expressions the pipeline finds (entities known: the time stage runs after resolve) */
function timeTexts(text: string): string[] {
  return runUntil(createDoc(text, '2026-11-21'), 'time').time!.timeExpressions.map((t) => t.text);
}

const MATCH = 'The referee booked five players and the goalkeeper was beaten at half-time. ';

// in a match report "the first half" is the game's and "on 61 minutes" a match minute; elsewhere they stay times
describe('time: match reports', () => {
  it.each<[text: string, expression: string, found: boolean]>([
    [`${MATCH}"We were poor in the first half," the manager said.`, 'the first half', false],
    [`${MATCH}Leeds levelled on 61 minutes through Gruev.`, '61 minutes', false],
    // the calendar's half keeps its year, its "fiscal" or its "of"
    [`${MATCH}The club's revenue rose in the first half of 2026.`, 'the first half of 2026', true],
    // one cue alone does not make a match report
    ['The referee said sales rose in the first half.', 'the first half', true],
    ['Profits fell in the first half, the company said.', 'the first half', true],
    ['The system went down on 61 minutes of testing, engineers said.', '61 minutes', true],
  ])('%s: %s found %s', (text, expression, found) => {
    expect(timeTexts(text).includes(expression)).toBe(found);
  });
});

// a weekday inside a longer name the entity stages found is part of the name
describe('time: weekdays inside names', () => {
  it.each<[text: string, expression: string, found: boolean]>([
    // the tagger finds the club's name when the paragraph before gives it clubs to compare with
    [
      'Leeds move up to second in the Championship table, two points behind Burnley, who drew 0-0 at Norwich on Friday night.\n\n' +
        'Middlesbrough travel to Leeds next Saturday, while Sunderland host Sheffield Wednesday.',
      'Wednesday',
      false,
    ],
    ['Sunderland will host Middlesbrough on Wednesday.', 'Wednesday', true],
    // the tagger glued a sentence's first time word to the name after it: the time stays
    ['Yesterday New York governor George Pataki declared an emergency.', 'Yesterday', true],
  ])('%s: %s found %s', (text, expression, found) => {
    expect(timeTexts(text).includes(expression)).toBe(found);
  });
});
