/**
 * Writes src/data/entities/place-index.json, the place gazetteer as the entity stage reads it (sorted names, their
 * kinds, first words, longest name), from countries.json, lexicon.json's country aliases and places.json; see
 * src/stages/entities/place-index.ts. Run after changing any of them (tests/place-index.test.ts says when):
 *
 *   npx tsx scripts/build-place-index.ts
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildPlaceIndex } from '../src/stages/entities/place-index';

const out = resolve(import.meta.dirname, '../src/data/entities/place-index.json');
const index = buildPlaceIndex();
writeFileSync(out, `${JSON.stringify(index)}\n`);
console.log(`wrote ${out}: ${index.kinds.length} places, max ${index.maxPlaceWords} words`);
