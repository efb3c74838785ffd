import * as briefing from './schema';
import * as story from './story/schema';

/** Every zod schema of the library: the Briefing's (src/schema.ts) and the Story's (src/story/schema.ts). */
export type Schemas = typeof briefing & typeof story;

let schemas: Schemas | undefined;

/**
 * The zod schemas, for the code that needs them at run time (the exported schemas, mergeBriefings, renderStoryHtml).
 *
 * Here, in the source (tests, tsx), they are imported with this module. The build replaces this module with one
 * that loads them on the first call, from dist/schemas.cjs through dist/schemas-hub.cjs
 * (scripts/lib/lazy-schemas-plugin.ts): zod and the schemas built with it are about 50 ms of a cold start, and
 * extractBriefing needs neither (its options are checked by src/options-check.ts).
 */
export function loadSchemas(): Schemas {
  schemas ??= { ...briefing, ...story };
  return schemas;
}
