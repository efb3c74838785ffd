/**
 * Every place in a briefing where a span claims a text: objects with
 * `{ text, span }` and objects with `{ start, end, text }`. Returns the
 * mismatches as readable strings (path: expected vs sliced).
 */
export function spanMismatches(value: unknown, source: string, path = '$'): string[] {
  const out: string[] = [];
  if (Array.isArray(value)) {
    value.forEach((item, i) => out.push(...spanMismatches(item, source, `${path}[${i}]`)));
    return out;
  }
  if (value === null || typeof value !== 'object') return out;
  const o = value as Record<string, unknown>;
  const span = o.span as { start: number; end: number } | undefined;
  if (typeof o.text === 'string' && span && typeof span.start === 'number') {
    const sliced = source.slice(span.start, span.end);
    if (sliced !== o.text) out.push(`${path}: ${JSON.stringify(o.text)} != ${JSON.stringify(sliced)}`);
  }
  if (typeof o.text === 'string' && typeof o.start === 'number' && typeof o.end === 'number') {
    const sliced = source.slice(o.start, o.end);
    if (sliced !== o.text) out.push(`${path}: ${JSON.stringify(o.text)} != ${JSON.stringify(sliced)}`);
  }
  for (const [key, child] of Object.entries(o)) out.push(...spanMismatches(child, source, `${path}.${key}`));
  return out;
}

/** Every `{start, end}` in the value, for bounds checks. */
export function allSpans(value: unknown, out: Array<{ start: number; end: number }> = []): Array<{ start: number; end: number }> {
  if (Array.isArray(value)) for (const item of value) allSpans(item, out);
  else if (value !== null && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number') out.push(o as { start: number; end: number });
    for (const child of Object.values(o)) allSpans(child, out);
  }
  return out;
}
