import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { briefingJsonSchema, runtimeSchemaFacts } from './json-schema';

const root = join(import.meta.dirname, '..');
for (const [target, text] of [
  [join(root, 'docs', 'briefing.schema.json'), briefingJsonSchema()],
  [join(root, 'src', 'data', 'schema', 'runtime.json'), runtimeSchemaFacts()],
] as const) {
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
  console.log(`wrote ${target}`);
}
