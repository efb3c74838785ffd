import { lazySchema } from './lazy-schema';
import type { BriefingSchema as Briefing } from './schema';
import { loadSchemas } from './schema-loader';
import type { StorySchema as Story } from './story/schema';

/** The Briefing contract as a zod schema (src/schema.ts), built on first use: see src/lazy-schema.ts. */
export const BriefingSchema: typeof Briefing = lazySchema(() => loadSchemas().BriefingSchema);

/** The Story contract as a zod schema (src/story/schema.ts), built on first use. */
export const StorySchema: typeof Story = lazySchema(() => loadSchemas().StorySchema);
