import type { Quote } from '../schema';
import { compare, refKey, type Article } from './articles';
import type { MergedEntities } from './entities';
import type { StoryQuote } from './schema';
import { Clusters } from './clusters';
import { contentKeys, nameKey, overlap } from './words';
import { quoteWords } from '../quote-words';

export interface QuoteRecord {
  article: Article;
  quote: Quote;
  /** the story entity of the speaker, or null */
  speaker: string | null;
  /** when the speaker is no entity, a story entity its description names ("Kishida's entourage") */
  speakerRelated: string | null;
  keys: Set<string>;
}

export interface MergedQuotes {
  quotes: StoryQuote[];
  /** story quote id -> its records, in source order */
  members: Map<string, QuoteRecord[]>;
}

const KIND_RANK = { direct: 0, partial: 1, indirect: 2 } as const;

/**
 * One story quote per statement, with every outlet that reported it. Two
 * reports are one statement when their content words (lemmas, synonyms,
 * stems; see words.ts) overlap enough for the speakers they give: little for
 * the same speaker ("a meeting with Xi was still being coordinated" / "a
 * meeting between the two was being coordinated"), more when one names the
 * speaker's people ("Kishida's entourage"), much more when the speakers
 * differ, which the attribution check then reports.
 */
export function mergeQuotes(articles: readonly Article[], entities: MergedEntities): MergedQuotes {
  const records = articles.flatMap((article) => quoteRecords(article, entities));
  const clusters = new Clusters(records.length);
  const links: Array<{ a: number; b: number; score: number }> = [];
  for (const [a, b] of pairsSharingTwoKeys(records)) {
    const score = linkScore(records[a]!, records[b]!);
    if (score > 0) links.push({ a, b, score });
  }
  links.sort((p, q) => q.score - p.score || p.a - q.a || p.b - q.b);
  for (const l of links) clusters.union(l.a, l.b);
  const groups = clusters.groups().map((g) => g.map((i) => records[i]!));
  const quotes: StoryQuote[] = [];
  const members = new Map<string, QuoteRecord[]>();
  groups.forEach((group, i) => {
    const id = `q${i + 1}`;
    quotes.push(storyQuote(id, group, entities));
    members.set(id, group);
  });
  return sortQuotes({ quotes, members });
}

/** pairs of quotes (a < b) with at least two content keys in common, found through an index of the keys */
function pairsSharingTwoKeys(records: readonly QuoteRecord[]): Array<[number, number]> {
  const postings = new Map<string, number[]>();
  records.forEach((r, i) => {
    for (const k of r.keys) {
      const list = postings.get(k);
      if (list) list.push(i);
      else postings.set(k, [i]);
    }
  });
  const pairs: Array<[number, number]> = [];
  const counts = new Map<number, number>();
  records.forEach((r, a) => {
    counts.clear();
    for (const k of r.keys) for (const b of postings.get(k)!) if (b > a) counts.set(b, (counts.get(b) ?? 0) + 1);
    for (const [b, n] of counts) if (n >= 2) pairs.push([a, b]);
  });
  return pairs;
}

function quoteRecords(article: Article, entities: MergedEntities): QuoteRecord[] {
  const aliasesInArticle = article.briefing.entities.map((e) => ({
    id: entities.storyIdOf.get(refKey(article.id, e.id)) ?? null,
    keys: namesOf(e).filter((k) => k.length > 1),
  }));
  return article.briefing.quotes.map((quote) => {
    const speaker = quote.speaker.entityId ? entities.storyIdOf.get(refKey(article.id, quote.speaker.entityId)) ?? null : null;
    let speakerRelated: string | null = null;
    if (!speaker && quote.speaker.name) {
      const described = ` ${nameKey(quote.speaker.name.replace(/['’]s\b/g, ''))} `;
      speakerRelated = aliasesInArticle.find((e) => e.id && e.keys.some((k) => described.includes(` ${k} `)))?.id ?? null;
    }
    return { article, quote, speaker, speakerRelated, keys: contentKeys(quoteWords(quote)) };
  });
}

/** a speaker description can name an entity by any of its names, a person by either end of the full name ("Lee's aides") */
function namesOf(e: { type: string; name: string; aliases: string[] }): string[] {
  const keys = [e.name, ...e.aliases].map(nameKey);
  if (e.type !== 'person') return keys;
  const words = nameKey(e.name).split(' ');
  return words.length > 1 ? [...keys, words[0]!, words[words.length - 1]!] : keys;
}

/** 0: not the same statement; else higher is surer */
function linkScore(a: QuoteRecord, b: QuoteRecord): number {
  // 'Jones never said he would raise taxes' and 'Jones said he would raise taxes' are opposite statements
  if (Boolean(a.quote.negated) !== Boolean(b.quote.negated)) return 0;
  const { shared, dice } = overlap(a.keys, b.keys);
  if (shared < 2) return 0;
  const sameArticle = a.article === b.article;
  if (a.speaker !== null && a.speaker === b.speaker) return dice >= (sameArticle ? 0.5 : 0.3) ? 3 + dice : 0;
  const related = (x: QuoteRecord, y: QuoteRecord): boolean => x.speaker !== null && x.speaker === y.speakerRelated;
  if (related(a, b) || related(b, a)) return dice >= 0.5 ? 2 + dice : 0;
  // different or unknown speakers: only a near-identical wording is the same statement
  return shared >= 3 && dice >= 0.6 ? 1 + dice : 0;
}

function storyQuote(id: string, group: QuoteRecord[], entities: MergedEntities): StoryQuote {
  // the representative: a report with a named speaker, the most direct, the earliest article
  const rep = [...group].sort(
    (x, y) =>
      Number(y.speaker !== null) - Number(x.speaker !== null) ||
      KIND_RANK[x.quote.kind] - KIND_RANK[y.quote.kind] ||
      x.article.index - y.article.index ||
      x.quote.span.start - y.quote.span.start,
  )[0]!;
  const speakerId = rep.speaker;
  const speakerName = speakerId ? entities.entities.find((e) => e.id === speakerId)?.name ?? rep.quote.speaker.name : rep.quote.speaker.name;
  return {
    id,
    kind: rep.quote.kind,
    text: quoteWords(rep.quote),
    speaker: { entityId: speakerId, name: speakerName },
    // links never join a negated report with a said one, so the representative's mark is the whole group's
    ...(rep.quote.negated ? { negated: true as const } : {}),
    sources: group.map((r) => ({ article: r.article.id, quoteId: r.quote.id })),
  };
}

/** Story quotes in a stable order: reported by most outlets first, then by speaker name and text. */
function sortQuotes(merged: MergedQuotes): MergedQuotes {
  const outlets = (q: StoryQuote): number => new Set(q.sources.map((s) => s.article)).size;
  const order = [...merged.quotes].sort(
    (x, y) => outlets(y) - outlets(x) || y.sources.length - x.sources.length || compare(x.speaker.name ?? '\uffff', y.speaker.name ?? '\uffff') || compare(x.text, y.text),
  );
  const quotes: StoryQuote[] = [];
  const members = new Map<string, QuoteRecord[]>();
  order.forEach((q, i) => {
    const id = `q${i + 1}`;
    members.set(id, merged.members.get(q.id)!);
    quotes.push({ ...q, id });
  });
  return { quotes, members };
}
