import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';

const found = (text: string): string[] => runUntil(createDoc(text), 'entities').entities!.mentions.map((m) => `${m.text}/${m.type}`);

// pass 69 (organizations-after-based): the capitalized run right after "<Place>-based" names a company
describe('a name right after "<Place>-based"', () => {
  it.each([
    ['a foreign-language name with particles', '"The Salt Road" was produced by Paris-based Les Films du Worso and will be distributed in France in March.', 'Les Films du Worso'],
    ['a one-word company', 'Chicago-based AbbVie and Dublin-based Shire called off a $54 billion inversion deal.', 'Shire'],
    ['after "-headquartered"', 'Shares in Oslo-headquartered Korvath Marine fell 4 percent on Monday.', 'Korvath Marine'],
  ])('%s is an organization', (_kind, text, name) => {
    expect(found(text)).toContain(`${name}/organization`);
  });

  it('is no organization when it is a person, a description of one or modifies a noun, or its end is unclear', () => {
    const names = found(
      'Dublin-based Shire said it would appeal. "Carson is cratering," Texas-based Matt Mackowiak said. She hired a Denver-based IT firm. ' +
        'Rick Wilson, a Florida-based Republican strategist, agreed. He spoke to the Texas-based Meals on Wheels Plus in May.',
    );
    expect(names).toContain('Shire/organization');
    expect(names).toContain('Matt Mackowiak/person');
    expect(names.filter((n) => /^(IT|Republican|Meals)[ /]/.test(n))).toEqual([]);
  });
});
