/**
 * A tsup plugin (used by tsup.config.ts) that writes the library bundle as
 * pure ASCII: every character beyond ASCII becomes a `\uXXXX` escape.
 *
 * Why: V8 keeps every script's source for lazy compilation, and a source
 * with even one character beyond Latin-1 is stored two bytes per character.
 * esbuild escapes strings but leaves regular-expression literals as written
 * ("’", "–", "•" in the cleaning and quote patterns), so the 2.9 MB bundle
 * was held as 5.6 MB of heap for the life of the process, and V8 sizes the
 * next heap limit as a multiple of what is live (about 4x): measured with
 * `scripts/cold-start.ts` (RSS after 2 MB of articles).
 *
 * A `\uXXXX` escape means the same character in a string, a template, a
 * regular expression (with or without the `u` flag, inside a class or not; a
 * character beyond the BMP becomes its two surrogate escapes, which a `u`
 * pattern reads as one code point), an identifier and a comment. It does not
 * in `String.raw` and after a backslash, so the plugin refuses to build when
 * either appears next to such a character.
 */
export const asciiOutputPlugin = {
  name: 'ascii-output',
  renderChunk(code: string, info: { path: string }): { code: string } | undefined {
    if (!/\.(?:c|m)?js$/.test(info.path) || !/[^\x00-\x7f]/.test(code)) return undefined;
    if (/\\[^\x00-\x7f]/.test(code) || (/String\.raw/.test(code) && /String\.raw`[^`]*[^\x00-\x7f]/.test(code))) {
      throw new Error(`ascii-output: ${info.path} has a character beyond ASCII after a backslash or in String.raw; escape it in the source`);
    }
    return { code: code.replace(/[^\x00-\x7f]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0')) };
  },
};
