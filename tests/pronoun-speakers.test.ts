import { describe, expect, it } from 'vitest';
import { entityNamed, mentionTexts, resolveMarked, type Mark } from './helpers/resolve-doc';

const P = 'person' as const;

/** five sentences without people: farther back than the resolve stage's sentence look-back reaches */
const LONG_QUOTE = '"We looked everywhere. We found nothing. We will look again. The case is open. It stays open," he said.';

describe('resolve: a pronoun attributing a quotation refers to the last named speaker', () => {
  it.each<[string, string, Mark[], Array<[string, string[]]>]>([
    ['named speaker, long quotation', `Paul Moskal said the search went on.\n\n${LONG_QUOTE}`, [['Paul Moskal', P]], [['Paul Moskal', ['he']]]],
    ['"said" before the name', `"It went on," said Paul Moskal.\n\n${LONG_QUOTE}`, [['Paul Moskal', P]], [['Paul Moskal', ['he']]]],
    ['a person named but not as a speaker', `Paul Moskal led the search.\n\n${LONG_QUOTE}`, [['Paul Moskal', P]], [['Paul Moskal', []]]],
    [
      'no quotation in the pronoun\'s sentence',
      'Paul Moskal said the search went on. We looked. We found nothing. We will look again. The case is open. Then he said it was closed.',
      [['Paul Moskal', P]],
      [['Paul Moskal', []]],
    ],
    [
      'the speaker named more than three paragraphs back',
      `Paul Moskal said the search went on.\n\nOne.\n\nTwo.\n\nThree.\n\n${LONG_QUOTE}`,
      [['Paul Moskal', P]],
      [['Paul Moskal', []]],
    ],
  ])('%s', (_name, text, marks, expected) => {
    const entities = resolveMarked(text, marks);
    for (const [name, pronouns] of expected) expect(mentionTexts(entityNamed(entities, name), 'pronoun')).toEqual(pronouns);
  });
});
