import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BriefingSchema, extractBriefing } from '../src/index';
import { allSpans, spanMismatches } from './helpers/spans';

const root = join(__dirname, '..', 'fixtures');

/** Every article in fixtures/, at any depth: seeds, cleaning corpus, HTML pages. */
function articles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return articles(path);
    return /\.(txt|html)$/.test(name) ? [path] : [];
  });
}

describe.each(articles(root).map((path) => [relative(root, path), path]))('%s', (_name, path) => {
  const input = readFileSync(path, 'utf8');
  const briefing = extractBriefing(input, { publishedAt: '2022-11-13' });
  const source = briefing.body.text ?? input;

  it('parses with BriefingSchema', () => {
    expect(BriefingSchema.safeParse(briefing).success).toBe(true);
  });

  it('every span slices back to its text', () => {
    expect(spanMismatches(briefing, source)).toEqual([]);
  });

  it('every span lies inside the source', () => {
    const bad = allSpans(briefing).filter((s) => s.start < 0 || s.end > source.length || s.start > s.end);
    expect(bad).toEqual([]);
  });

  it('quotes, events and time expressions are in text order with sequential ids', () => {
    const ordered = <T extends { id: string }>(items: T[], start: (t: T) => number, prefix: string) => {
      items.forEach((item, i) => expect(item.id).toBe(`${prefix}${i + 1}`));
      for (let i = 1; i < items.length; i++) expect(start(items[i]!)).toBeGreaterThanOrEqual(start(items[i - 1]!));
    };
    ordered(briefing.quotes, (q) => q.span.start, 'q');
    ordered(briefing.timeExpressions, (t) => t.span.start, 't');
    ordered(briefing.events, (v) => v.sentence.start, 'v');
  });

  it('references point at existing entities', () => {
    const ids = new Set(briefing.entities.map((e) => e.id));
    const refs = [
      ...briefing.quotes.map((q) => q.speaker.entityId),
      ...briefing.events.flatMap((v) => [...v.participants.map((p) => p.entityId), v.location]),
      ...briefing.entities.flatMap((e) => e.affiliations),
    ].filter((id): id is string => id !== null);
    expect(refs.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('no story sentence overlaps removed boilerplate', () => {
    const overlapping = briefing.body.sentences.filter((s) =>
      briefing.body.removed.some((r) => s.start < r.end && r.start < s.end),
    );
    expect(overlapping).toEqual([]);
  });
});
