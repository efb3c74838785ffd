import { describe, expect, it } from 'vitest';
import { extractBriefing } from '../src/index';

/** What a user sees: the briefing's entities as "name/type". */
const entities = (text: string): string[] => extractBriefing(text).entities.map((e) => `${e.name}/${e.type}`);

describe('entity precision: names that are not what their words suggest', () => {
  it('a title word inside an organization name splits off no person ("... of Major American Jewish Organizations")', () => {
    const names = entities(
      'Leaders of the Conference of Presidents of Major American Jewish Organizations met the prime minister on Tuesday. The group said it was pleased.',
    );
    expect(names).toContain('Conference of Presidents of Major American Jewish Organizations/organization');
    expect(names.filter((n) => n.endsWith('/person'))).toEqual([]);
    // a title before a person's name still splits: the person, not the organization, follows it
    expect(entities('Charges were brought against Boeing Chief Financial Officer Michael Sears on Monday.')).toContain('Michael Sears/person');
  });
});
