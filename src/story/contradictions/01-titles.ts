import type { Claim, Contradiction } from '../schema';
import { NOT_CURRENT, OFFICES, wordsOf } from '../words';
import { claim, valuesByArticle, type Check } from './check';

/** Longest office first, so "prime minister" is found before a shorter one. */
const OFFICE_WORDS = [...OFFICES].sort((a, b) => b.length - a.length).map((o) => o.split(' '));

/**
 * The office a title or a nominal names, as written ("Prime Minister" from
 * "Japanese Prime Minister"); null for other roles and for offices held at
 * another time or by a deputy ("former prime minister", "Vice President").
 */
export function officeOf(title: string): string | null {
  const words = wordsOf(title);
  if (words.some((w) => NOT_CURRENT.has(w))) return null;
  for (const office of OFFICE_WORDS) {
    const tail = words.slice(-office.length);
    if (tail.length === office.length && tail.every((w, i) => w === office[i])) {
      // the value as the title spells it, capitalized the usual way
      return office.map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ');
    }
  }
  return null;
}

/**
 * A person called by two different offices ("President" in one article,
 * "Prime Minister" in others). Claims come from the titles stated next to
 * the name (`titleMentions`) and from nominal mentions ("the Japanese
 * president"). Only reported when an article uses one office and never the
 * other, so a person every article calls "President and Prime Minister" is
 * no contradiction.
 */
export const titleCheck: Check = {
  name: 'titles',
  run(ctx) {
    const out: Contradiction[] = [];
    for (const entity of ctx.entities.entities) {
      if (entity.type !== 'person' || entity.sources.length < 1) continue;
      const claims: Claim[] = [];
      for (const source of entity.sources) {
        const article = ctx.articles.find((a) => a.id === source.article)!;
        const member = article.briefing.entities.find((e) => e.id === source.entityId)!;
        const items = [...(member.titleMentions ?? []), ...member.mentions.filter((m) => m.kind === 'nominal')].sort((a, b) => a.start - b.start);
        const seen = new Set<string>();
        for (const item of items) {
          const office = officeOf(item.text);
          if (!office || seen.has(office)) continue;
          seen.add(office);
          claims.push(claim(article, item, office));
        }
      }
      const offices = new Set(claims.map((c) => c.value));
      if (offices.size < 2 || !someArticleDisagrees(claims)) continue;
      out.push({ kind: 'title', subject: { entityId: entity.id }, claims, note: `${entity.name} is called ${valuesByArticle(claims)}` });
    }
    return out;
  },
};

/** some article states an office that another article, stating an office too, never uses */
function someArticleDisagrees(claims: readonly Claim[]): boolean {
  const byArticle = new Map<string, Set<string>>();
  for (const c of claims) {
    const set = byArticle.get(c.article) ?? new Set<string>();
    set.add(c.value);
    byArticle.set(c.article, set);
  }
  const sets = [...byArticle.values()];
  return sets.some((a) => sets.some((b) => [...a].some((office) => !b.has(office))));
}
