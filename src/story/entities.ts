import { compare, refKey, type Article } from './articles';
import { entityRecords, matchNames, pruneLocalKeys, sharedContext, sharesKey, type EntityRecord } from './entity-evidence';
import type { StoryEntity } from './schema';
import { Clusters, forEachPairSharingAKey } from './clusters';
import { nameKey } from './words';

/** The story's entities and, for every article entity ("article\0e2"), the story entity id it became. */
export interface MergedEntities {
  entities: StoryEntity[];
  storyIdOf: Map<string, string>;
  records: EntityRecord[];
}

/**
 * One story entity per real-world referent across the articles. Article
 * entities are linked when their names match (see linkScore for when the
 * articles' context must agree too). Links are taken strongest first, and a
 * link that would put two people with different full names, a country and
 * a region, or two differently named entities of one article into one story
 * entity is refused,
 * so a bare "Smith" joins at most one of the Smiths.
 */
export function mergeEntities(articles: readonly Article[]): MergedEntities {
  const records = articles.flatMap(entityRecords);
  pruneLocalKeys(records);
  const links = candidateLinks(records);
  const clusters = new Clusters(records.length);
  for (const link of links) {
    clusters.union(link.a, link.b, (left, right) => compatibleGroups(records, left, right));
  }
  return buildStoryEntities(records, clusters.groups());
}

interface Link {
  a: number;
  b: number;
  score: number;
}

function candidateLinks(records: readonly EntityRecord[]): Link[] {
  // candidates share a look-up word: a key, a person's name word or an acronym
  const links: Link[] = [];
  forEachPairSharingAKey(
    records.length,
    (i) => {
      const r = records[i]!;
      const words = [...r.keys, ...r.shortKeys, ...r.localKeys, ...r.singleNames, ...r.fullNames.flat()];
      return r.acronym ? [...words, r.acronym] : words;
    },
    (a, b) => {
      const score = linkScore(records[a]!, records[b]!);
      if (score > 0) links.push({ a, b, score });
    },
  );
  return links.sort((p, q) => q.score - p.score || p.a - q.a || p.b - q.b);
}

/**
 * 0: no link; otherwise higher is surer. An exact name links on its own,
 * unless it is a place name that stands for several places ("Georgia"),
 * which needs a shared neighbour (or an article with almost no other
 * names). A partial match needs shared context: two neighbours for a bare
 * surname, one for an acronym.
 */
function linkScore(a: EntityRecord, b: EntityRecord): number {
  if (a.article === b.article) return 0;
  const match = matchNames(a, b);
  if (match === 'none' || match === 'conflict') return 0;
  const shared = sharedContext(a, b);
  const sparse = Math.min(a.context.size, b.context.size) < 3;
  if (match === 'exact') return (a.ambiguous || b.ambiguous) && shared === 0 && !sparse ? 0 : 1000 + shared;
  const needed = a.entity.type === 'person' ? 2 : 1;
  return shared >= needed ? 500 + shared : 0;
}

/**
 * Can two clusters become one? Members are compared by their distinct
 * signatures (type, subtype, names), so a name repeated by fifty articles is
 * compared once, and two members of one article only when they share no name.
 */
function compatibleGroups(records: readonly EntityRecord[], left: readonly number[], right: readonly number[]): boolean {
  const byArticle = new Map<Article, EntityRecord[]>();
  for (const i of left) {
    const r = records[i]!;
    const list = byArticle.get(r.article);
    if (list) list.push(r);
    else byArticle.set(r.article, [r]);
  }
  for (const j of right) {
    const b = records[j]!;
    // two entities of one article stay apart, unless the article split one name in two
    // ("Air Force" beside "United States Air Force"); two people it kept apart stay apart
    for (const a of byArticle.get(b.article) ?? []) if (!sharesKey(a, b) && (a.entity.type === 'person' || matchNames(a, b) !== 'partial')) return false;
  }
  const distinct = (members: readonly number[]): EntityRecord[] => {
    const seen = new Map<string, EntityRecord>();
    for (const i of members) if (!seen.has(records[i]!.signature)) seen.set(records[i]!.signature, records[i]!);
    return [...seen.values()];
  };
  const l = distinct(left);
  const r = distinct(right);
  for (const a of l) for (const b of r) if (matchNames(a, b) === 'conflict') return false;
  return true;
}

function buildStoryEntities(records: readonly EntityRecord[], groups: number[][]): MergedEntities {
  const articleCount = new Set(records.map((r) => r.article.id)).size || 1;
  const drafts = groups.map((group) => draftEntity(group.map((i) => records[i]!), articleCount));
  drafts.sort((x, y) => y.entity.salience - x.entity.salience || compare(x.entity.name, y.entity.name) || compare(x.firstRef, y.firstRef));
  const storyIdOf = new Map<string, string>();
  drafts.forEach((d, i) => {
    d.entity.id = `e${i + 1}`;
    for (const s of d.entity.sources) storyIdOf.set(refKey(s.article, s.entityId), d.entity.id);
  });
  for (const d of drafts) {
    const ids = new Set<string>();
    for (const m of d.members) {
      for (const aff of m.entity.affiliations) {
        const id = storyIdOf.get(refKey(m.article.id, aff));
        if (id && id !== d.entity.id) ids.add(id);
      }
    }
    d.entity.affiliations = [...ids].sort((x, y) => Number(x.slice(1)) - Number(y.slice(1)));
  }
  return { entities: drafts.map((d) => d.entity), storyIdOf, records: [...records] };
}

interface Draft {
  entity: StoryEntity;
  members: EntityRecord[];
  /** a content key to break ties between entities of equal salience and name */
  firstRef: string;
}

function draftEntity(members: EntityRecord[], articleCount: number): Draft {
  members.sort((x, y) => x.article.index - y.article.index || compare(x.entity.id, y.entity.id));
  const name = bestName(members);
  const nameK = nameKey(name);
  const aliases = new Map<string, string>();
  for (const m of members) {
    for (const form of [m.entity.name, ...m.entity.aliases]) {
      const k = nameKey(form);
      if (k !== nameK && !aliases.has(k)) aliases.set(k, form);
    }
  }
  const titles = new Map<string, { text: string; count: number }>();
  for (const m of members) {
    for (const t of m.entity.titles) {
      const k = t.toLowerCase();
      const seen = titles.get(k);
      // the capitalized spelling names the office best ("Prime Minister" over "prime minister")
      if (seen && /^[A-Z]/.test(t) && !/^[A-Z]/.test(seen.text)) seen.text = t;
      if (seen) seen.count++;
      else titles.set(k, { text: t, count: 1 });
    }
  }
  const salienceSum = members.reduce((sum, m) => sum + m.entity.salience, 0);
  const entity: StoryEntity = {
    id: '',
    type: mostCommon(members.map((m) => m.entity.type))!,
    subtype: mostCommon(members.map((m) => m.entity.subtype).filter((s): s is string => s !== null)) ?? null,
    name,
    aliases: [...aliases.values()].sort(compare),
    titles: [...titles.values()].sort((x, y) => y.count - x.count || compare(x.text, y.text)).map((t) => t.text),
    affiliations: [],
    // a story's central entity is central in every article
    salience: Math.round(Math.min(1, salienceSum / articleCount) * 1000) / 1000,
    sources: members.map((m) => ({ article: m.article.id, entityId: m.entity.id })),
  };
  return { entity, members, firstRef: `${members[0]!.article.index}:${members[0]!.entity.name}` };
}

/** the longest name seen (most words, then most characters), then the most frequent, then code-unit order */
function bestName(members: readonly EntityRecord[]): string {
  const counts = new Map<string, number>();
  for (const m of members) counts.set(m.entity.name, (counts.get(m.entity.name) ?? 0) + 1);
  const words = (s: string): number => s.split(/\s+/).length;
  return [...counts.keys()].sort((x, y) => words(y) - words(x) || y.length - x.length || counts.get(y)! - counts.get(x)! || compare(x, y))[0]!;
}

function mostCommon<T extends string>(values: readonly T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((x, y) => y[1] - x[1] || compare(x[0], y[0]))[0]?.[0];
}
