import { describe, expect, it } from 'vitest';
import { extractBriefing } from '../src/index';

/*
 * A title word that also opens a body's name ("Metropolitan", a church's title) does not make the rest of the name a
 * person when the word before the name's "of" is an organization's head ("Museum of Art").
 */
const people = (text: string): string[] =>
  extractBriefing(text, { publishedAt: '2024-01-02' }).entities.filter((e) => e.type === 'person').map((e) => e.name);

describe('a name headed before "of" stays the body\'s', () => {
  it.each([
    ['Visitors flocked to the Metropolitan Museum of Art on Monday.'],
    ['The Metropolitan Museum of Art said it would return the bronzes.'],
  ])('%s', (text) => {
    expect(people(text)).not.toContain('Museum of Art');
  });
});
