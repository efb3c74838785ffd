import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { damageOnGold } from '../scripts/eval-cleaning';

const evalDir = join(import.meta.dirname, '../../shared/eval');
const gum = join(evalDir, 'gum.jsonl');
const tempeval = join(evalDir, 'tempeval3-train.jsonl');

// Gold entity and time spans that cleaning removed or left outside the story.
// GUM keeps image captions and credits as paragraphs ("... Image: NASA Bill
// Ingalls.") and Wikinews category footers ("Categories: August 15, 2008 Canada
// ..."): those are removed on purpose, so only other losses count.
describe.skipIf(!existsSync(gum))('GUM gold spans survive cleaning', () => {
  it('loses no gold span outside photo captions (a handful at most)', () => {
    const result = damageOnGold(gum);
    const notCaptions = result.examples.filter((e) => !e.endsWith('(photo-caption)') && !e.endsWith('(tags)'));
    expect(notCaptions.length).toBeLessThanOrEqual(5);
    expect(result.lost / result.spans).toBeLessThan(0.03);
  });
});

describe.skipIf(!existsSync(tempeval))('TempEval gold spans survive cleaning', () => {
  it('loses none', () => {
    expect(damageOnGold(tempeval).lost).toBe(0);
  });
});
