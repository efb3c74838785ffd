import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSilver } from '../scripts/lib/news-silver';
import { isHeldBack } from '../scripts/lib/polnear';

// Silver labels for the tagger's self-training trial (scripts/build-news-silver.ts, SILVER= in train-entities.ts).
const polnearTrain = resolve(import.meta.dirname, '../../shared/eval/polnear-train.jsonl');
const dir = mkdtempSync(join(tmpdir(), 'newsbrief-silver-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('loadSilver', () => {
  it('adds nothing when SILVER is unset or its file is missing', () => {
    expect(loadSilver(undefined)).toEqual([]);
    expect(loadSilver(join(dir, 'none.json'))).toEqual([]);
  });
});

describe.skipIf(!existsSync(polnearTrain))('loadSilver on PolNeAR train (skipped without ../shared/eval)', () => {
  // read in beforeAll, not in the describe body: vitest collects a skipped describe's body too, and the data may be absent
  const file = join(dir, 'silver.json');
  let heldBack = '';
  let trainable: string[] = [];
  beforeAll(() => {
    const ids = readFileSync(polnearTrain, 'utf8')
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { id: string }).id);
    heldBack = ids.find((id) => isHeldBack({ id }))!;
    trainable = ids.filter((id) => !isHeldBack({ id }));
    writeFileSync(
      file,
      JSON.stringify({
        docs: [heldBack, ...trainable].map((id) => ({ id, names: [[0, 5, 'organization']], unsure: [[10, 12]] })),
      }),
    );
  });

  it('never adds a document of PolNeAR held-back tenth, and maps offsets to names', () => {
    const docs = loadSilver(file);
    expect(docs.length).toBe(trainable.length);
    expect(docs.some((d) => d.id === 'silver:' + heldBack)).toBe(false);
    expect(docs[0]!.names).toEqual([{ start: 0, end: 5, type: 'organization' }]);
    expect(docs[0]!.unsure).toEqual([[10, 12]]);
    expect(docs[0]!.text.length).toBeGreaterThan(0);
  });

  it('keeps a share of the documents by a hash of the id, the same share on every run', () => {
    const half = loadSilver(file, 0.5).map((d) => d.id);
    expect(half.length).toBeGreaterThan(trainable.length * 0.35);
    expect(half.length).toBeLessThan(trainable.length * 0.65);
    expect(loadSilver(file, 0.5).map((d) => d.id)).toEqual(half);
    expect(loadSilver(file, 0)).toEqual([]);
  });
});
