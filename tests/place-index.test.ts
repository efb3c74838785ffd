import { describe, expect, it } from 'vitest';
import placeIndex from '../src/data/entities/place-index.json';
import { buildPlaceIndex, PLACE_KINDS } from '../src/stages/entities/place-index';
import { maxPlaceWords, placeKind, startsPlacePhrase } from '../src/stages/entities/gazetteer';

describe('the place index built at build time', () => {
  it('is what scripts/build-place-index.ts builds from the shipped gazetteers today (run it after changing them)', () => {
    expect(placeIndex).toEqual(buildPlaceIndex());
  });

  it('holds one kind per name, names sorted and unique', () => {
    const words = placeIndex.words.split('\n');
    expect(placeIndex.kinds.length).toBe(words.length);
    expect(/^[0-3]+$/.test(placeIndex.kinds)).toBe(true);
    expect(words.findIndex((w, i) => i > 0 && !(words[i - 1]! < w))).toBe(-1);
  });

  it('answers as the gazetteer did: first kind wins, first words of multi-word names, longest name', () => {
    expect(placeKind('Japan')).toBe('country');
    expect(placeKind('the moon')).toBeNull();
    const words = placeIndex.words.split('\n');
    for (const i of [0, 1, words.length >> 1, words.length - 1]) expect(placeKind(words[i]!)).toBe(PLACE_KINDS[Number(placeIndex.kinds[i])]);
    expect(startsPlacePhrase('new')).toBe(true);
    expect(maxPlaceWords()).toBe(placeIndex.maxPlaceWords);
  });
});
