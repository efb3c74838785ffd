import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { briefingJsonSchema } from './json-schema';

const target = join(import.meta.dirname, '..', 'docs', 'briefing.schema.json');
writeFileSync(target, briefingJsonSchema());
console.log(`wrote ${target}`);
