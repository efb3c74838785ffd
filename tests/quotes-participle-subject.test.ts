import { describe, expect, it } from 'vitest';
import { quoteMentions } from './helpers/quotes';

/** every quote the rules find (none dropped under the model's thresholds): [content, speaker mention] */
const found = (body: string): Array<[string, string]> => quoteMentions(body, { title: 'Levy row' });

describe('a participle cue set off by a comma speaks for the main clause (participle-subject.ts)', () => {
  it('takes the main clause subject, not the subject of an opening subordinate clause', () => {
    expect(found('Once she was mayor, Ms. Okafor made the levy a priority, announcing a review of the county budget.')).toContainEqual([
      'a review of the county budget',
      'Ms. Okafor',
    ]);
  });

  it('takes the subject after a place between commas', () => {
    expect(found('As the council met in Dunmore, Ms. Okafor was 300 miles away in Salem, promising to repeal the levy within a year.')).toContainEqual([
      'to repeal the levy within a year',
      'Ms. Okafor',
    ]);
  });

  it('gives a quotation after the participle the same speaker', () => {
    expect(found('Once she was mayor, Ms. Okafor made the levy a priority, vowing to "end this tax for good."')).toContainEqual([
      expect.stringContaining('end this tax for good'),
      'Ms. Okafor',
    ]);
  });
});
