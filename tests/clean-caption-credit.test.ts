import { describe, expect, test } from 'vitest';
import { cleanText } from '../src/stages/clean';

const kept = (source: string) => cleanText(source).paragraphs.map((p) => source.slice(p.start, p.end));
const removed = (source: string) => cleanText(source).removed.map((r) => `${r.reason}: ${source.slice(r.start, r.end)}`);

const STORY = 'NASA launched the probe on Tuesday from Florida, the agency said in a statement.';
const AFTER = 'It will reach Mars in 2027 and send back pictures of the surface, officials said.';

describe('a trailing photo credit cuts only itself when the text before it is the story', () => {
  test.each([
    // the caption-shaped paragraph is the whole input: its sentence is the story
    ['a sentence and an inline credit, alone', 'The photo was released by NASA. Image: NASA', ['The photo was released by NASA.'], ['photo-caption: Image: NASA']],
    ['a sentence and a credit line, alone', 'The photo was released by NASA.\nPhoto: Daniel Reyes', ['The photo was released by NASA.'], ['photo-caption: Photo: Daniel Reyes']],
    ['a bracketed credit, alone', 'Lava flows from a fissure near the town. (Photo by Jane Doe/Getty Images)', ['Lava flows from a fissure near the town.'], ['photo-caption: (Photo by Jane Doe/Getty Images)']],
    // a story paragraph that goes on from the one before, or reports speech, is no caption
    ['a follow-on sentence in a story', `${STORY}\n\nIt was released by NASA. Image: NASA\n\n${AFTER}`, [STORY, 'It was released by NASA.', AFTER], ['photo-caption: Image: NASA']],
    ['an attribution in a story', `${STORY}\n\nThe probe is ready, officials said. Photo: AFP\n\n${AFTER}`, [STORY, 'The probe is ready, officials said.', AFTER], ['photo-caption: Photo: AFP']],
    // a caption among story paragraphs still goes whole
    ['a caption inside a story', `${STORY}\n\nThe probe on its launch pad. Image: NASA\n\n${AFTER}`, [STORY, AFTER], ['photo-caption: The probe on its launch pad. Image: NASA']],
    ['a credit alone', 'Image: NASA', [], ['photo-caption: Image: NASA']],
  ])('%s', (_name, source, paragraphs, cut) => {
    expect(kept(source)).toEqual(paragraphs);
    expect(removed(source)).toEqual(cut);
  });

  test('offsets of the cut credit point into the original input', () => {
    const source = '  The photo was released by NASA.   Image: NASA  ';
    const [credit] = cleanText(source).removed;
    expect(source.slice(credit!.start, credit!.end)).toBe('Image: NASA');
    expect(cleanText(source).credits.map((c) => source.slice(c.span.start, c.span.end))).toEqual(['NASA']);
  });
});
