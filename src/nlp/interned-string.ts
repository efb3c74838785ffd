/**
 * The same characters as a string V8 keeps in its table of internalized strings (as it keeps every literal).
 *
 * Why: `token.lower === 'of'` is compiled for the kind of strings a site has met. Most words wink reads are
 * internalized already (its model's short strings), so an optimized site that has met only those checks for an
 * internalized string and compares pointers; the first word made by slicing or lower-casing, or one V8 turned into
 * a forwarding "thin" string after a property look-up by it, fails that check and throws the compiled code away
 * ("wrong instance type"), to be compiled again. A word whose facts are computed once and whose strings are all
 * internalized gives every such site one kind of string. Only cache misses pay for it (about a microsecond).
 *
 * How, with no V8 natives: JSON.parse internalizes the strings it reads of up to 10 characters, which covers the
 * array-index strings ("2024") that a property key does not; a longer string is internalized as a property key.
 */
export function internedString(text: string): string {
  if (text.length <= 10) return JSON.parse(JSON.stringify(text)) as string;
  return Object.keys({ [text]: 0 })[0]!;
}
