import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Briefing, Entity } from '../../src/schema';

/** The reviewed expectations for one seed article (fixtures/*.expected.json). */
export interface Expected {
  publishedAt: string;
  headline: string | null;
  publisher: string | null;
  credits: Array<{ role: string; name: string }>;
  removed: Array<{ contains: string; reasons: string[] }>;
  entities: Array<{ type: string; name: string; aliases?: string[]; titles?: string[]; metonymy?: boolean }>;
  notEntities: string[];
  quotes: Array<{ contains: string; kinds: string[]; speaker: string }>;
  notQuotes: string[];
  events: Array<{
    about: string;
    types: string[];
    participants?: string[];
    statuses: string[];
    single?: boolean;
    timeValue?: string;
  }>;
  timeExpressions: Array<{ text: string; value: string }>;
}

export interface Fixture {
  name: string;
  text: string;
  expected: Expected;
}

export const FIXTURES_DIR = join(import.meta.dirname, '..', '..', 'fixtures');

export function loadFixtures(): Fixture[] {
  return readdirSync(FIXTURES_DIR)
    .filter((f) => f.endsWith('.expected.json'))
    .sort()
    .map((f) => {
      const name = f.replace('.expected.json', '');
      return {
        name,
        text: readFileSync(join(FIXTURES_DIR, `${name}.txt`), 'utf8'),
        expected: JSON.parse(readFileSync(join(FIXTURES_DIR, f), 'utf8')) as Expected,
      };
    });
}

/** One fact the golden test checks: `check` returns null when it holds, else what differs. */
export interface Check {
  key: string;
  check(b: Briefing, text: string): string | null;
}

const norm = (s: string) => s.normalize('NFKC').replace(/[’‘]/g, "'").replace(/[“”]/g, '"').toLowerCase().trim();

function namesOf(e: Entity): string[] {
  return [e.name, ...e.aliases, ...e.mentions.filter((m) => m.kind === 'name' || m.kind === 'alias').map((m) => m.text)].map(norm);
}

/** Entities that carry `name` as their name or one of their aliases. */
export function entitiesNamed(b: Briefing, name: string): Entity[] {
  const wanted = norm(name);
  return b.entities.filter((e) => namesOf(e).includes(wanted));
}

function speakerOf(b: Briefing, q: Briefing['quotes'][number], text: string): string {
  const entity = q.speaker.entityId ? b.entities.find((e) => e.id === q.speaker.entityId) : undefined;
  if (entity) return [entity.name, ...entity.aliases].join(' | ');
  if (q.speaker.name) return q.speaker.name;
  return q.speaker.mention ? text.slice(q.speaker.mention.start, q.speaker.mention.end) : '(none)';
}

export function checksFor(fixture: Fixture): Check[] {
  const x = fixture.expected;
  const checks: Check[] = [];
  checks.push({
    key: 'headline',
    check: (b) => (norm(b.headline?.text ?? 'null') === norm(x.headline ?? 'null') ? null : `headline is ${JSON.stringify(b.headline?.text ?? null)}`),
  });
  checks.push({
    key: 'publisher',
    check: (b) => (norm(b.source.publisher ?? 'null') === norm(x.publisher ?? 'null') ? null : `publisher is ${JSON.stringify(b.source.publisher)}`),
  });
  for (const credit of x.credits) {
    checks.push({
      key: `credit:${credit.role}:${credit.name}`,
      check: (b) =>
        b.source.credits.some((c) => norm(c.name) === norm(credit.name) && norm(c.role) === norm(credit.role))
          ? null
          : `credits are ${JSON.stringify(b.source.credits.map((c) => `${c.role}: ${c.name}`))}`,
    });
  }
  for (const r of x.removed) {
    checks.push({
      key: `removed:${r.contains}`,
      check: (b, text) => {
        const hit = b.body.removed.find((s) => norm(text.slice(s.start, s.end)).includes(norm(r.contains)));
        if (!hit) return 'not removed';
        return r.reasons.includes(hit.reason) ? null : `removed with reason "${hit.reason}", expected one of ${r.reasons.join(', ')}`;
      },
    });
  }
  for (const e of x.entities) {
    checks.push({
      key: `entity:${e.type}:${e.name}`,
      check: (b) => {
        const found = entitiesNamed(b, e.name);
        if (found.length === 0) return 'not found';
        if (found.length > 1) return `split over ${found.length} entities: ${found.map((f) => f.name).join(', ')}`;
        const entity = found[0]!;
        if (entity.type !== e.type) return `typed ${entity.type}`;
        const names = namesOf(entity);
        const missingAliases = (e.aliases ?? []).filter((a) => !names.includes(norm(a)));
        if (missingAliases.length) return `aliases ${JSON.stringify(entity.aliases)} lack ${missingAliases.join(', ')}`;
        const missingTitles = (e.titles ?? []).filter((t) => !entity.titles.some((have) => norm(have).includes(norm(t))));
        if (missingTitles.length) return `titles ${JSON.stringify(entity.titles)} lack ${missingTitles.join(', ')}`;
        if (e.metonymy && !entity.mentions.some((m) => m.metonymy === 'government')) return 'no mention marked as metonymy';
        return null;
      },
    });
  }
  for (const name of x.notEntities) {
    checks.push({
      key: `not-entity:${name}`,
      check: (b) => (entitiesNamed(b, name).length === 0 ? null : `"${name}" is an entity`),
    });
  }
  for (const q of x.quotes) {
    checks.push({
      key: `quote:${q.contains}`,
      check: (b, text) => {
        const found = b.quotes.filter((have) => norm(have.text).includes(norm(q.contains)));
        if (found.length === 0) return 'not found';
        const speakers = found.map((have) => speakerOf(b, have, text));
        if (!speakers.some((s) => norm(s).includes(norm(q.speaker)))) return `attributed to ${speakers.join(' / ')}`;
        const kinds = found.map((have) => have.kind);
        return kinds.some((k) => q.kinds.includes(k)) ? null : `kind ${kinds.join('/')}, expected ${q.kinds.join('/')}`;
      },
    });
  }
  for (const phrase of x.notQuotes) {
    checks.push({
      key: `not-quote:${phrase}`,
      check: (b) => (b.quotes.some((q) => norm(q.text) === norm(phrase)) ? `"${phrase}" reported as speech` : null),
    });
  }
  for (const v of x.events) {
    checks.push({
      key: `event:${v.about}`,
      check: (b) => {
        const ids = (v.participants ?? []).map((p) => entitiesNamed(b, p)[0]?.id);
        const candidates = b.events.filter(
          (e) => v.types.includes(e.type) && ids.every((id) => id !== undefined && e.participants.some((p) => p.entityId === id)),
        );
        if (candidates.length === 0) return `no ${v.types.join('/')} event with ${JSON.stringify(v.participants ?? [])}`;
        if (v.single && candidates.length > 1) return `${candidates.length} events, expected one merged event`;
        if (!candidates.some((e) => v.statuses.includes(e.status))) {
          return `status ${candidates.map((e) => e.status).join('/')}, expected ${v.statuses.join('/')}`;
        }
        if (v.timeValue && !candidates.some((e) => e.time?.value === v.timeValue)) {
          return `time ${candidates.map((e) => e.time?.value ?? 'null').join('/')}, expected ${v.timeValue}`;
        }
        return null;
      },
    });
  }
  for (const t of x.timeExpressions) {
    checks.push({
      key: `time:${t.text}`,
      check: (b) => {
        const found = b.timeExpressions.filter((have) => norm(have.text).includes(norm(t.text)));
        if (found.length === 0) return 'not found';
        return found.some((have) => have.value === t.value) ? null : `value ${found.map((f) => f.value).join('/')}`;
      },
    });
  }
  return checks;
}
