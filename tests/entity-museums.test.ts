import { describe, expect, it } from 'vitest';
import { extractBriefing } from '../src/index';

/* A museum is an organization (docs/briefing.md: no subtype fits, so none), whatever the words around one mention say. */
const typed = (text: string): string[] => extractBriefing(text, { publishedAt: '2024-01-02' }).entities.map((e) => `${e.name}/${e.type}/${e.subtype ?? ''}`);

describe('museums are organizations', () => {
  it.each([
    ['Visitors flocked to the Metropolitan Museum of Art on Monday.', 'Metropolitan Museum of Art'],
    ['The Louvre Museum closed on Tuesday.', 'Louvre Museum'],
    ['Crowds filled the Natural History Museum in London.', 'Natural History Museum'],
    ['Tourists visited the British Museum. The British Museum said it would return the bronzes.', 'British Museum'],
  ])('%s', (text, name) => {
    expect(typed(text)).toContain(`${name}/organization/`);
  });
});
