// the zod schemas as their own CommonJS module, dist/schemas.cjs, loaded by the library on first use (src/schema-loader.ts)
export * from './schema';
export * from './story/schema';
