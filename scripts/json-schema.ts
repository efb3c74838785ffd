import { z } from 'zod';
import { BriefingSchema } from '../src/schema';

/** The Briefing contract as JSON Schema, generated from the zod schema (never edited by hand). */
export function briefingJsonSchema(): string {
  const schema = z.toJSONSchema(BriefingSchema, { target: 'draft-2020-12', io: 'output' });
  return `${JSON.stringify({ title: 'Briefing', ...schema }, null, 2)}\n`;
}
