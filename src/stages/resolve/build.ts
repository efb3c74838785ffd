import type { Entity, Mention } from '../../schema';
import { normalizeText } from '../../nlp/characters';
import type { ResolveContext } from './context';
import { honorificPrefix, spacedWords, wordCount, words } from './keys';
import { titlesAlsoNames } from './lexicon';
import { rawSalience } from './salience';
import { entityConfidence } from './confidence';
import type { Cluster, DraftMention } from './types';
import { tokenAtIndex } from '../../nlp/token-at-index';
import { packedMap } from '../../packed';
import { placeKind } from '../entities/gazetteer';

/**
 * Public entities from the clusters. Ids follow first appearance; the
 * returned array is ordered by salience, highest first (ties in text order).
 * The name is the longest full name seen; other proper forms are aliases.
 */
export function buildEntities(ctx: ResolveContext): Entity[] {
  const clusters = ctx.clusters.filter((c) => c.names.length > 0);
  const firstStart = (c: Cluster): number => c.names[0]!.start;
  clusters.sort((a, b) => firstStart(a) - firstStart(b));
  const ids = new Map<Cluster, string>();
  clusters.forEach((c, i) => ids.set(c, `e${i + 1}`));

  // built by push, not map: the entity list is indexed by later stages (see packed.ts)
  const built = packedMap(clusters, (c) => buildEntity(ctx, c, ids));
  const top = Math.max(0, ...built.map((e) => e.salience));
  for (const e of built) e.salience = top > 0 ? Math.round((e.salience / top) * 1000) / 1000 : 0;
  // entities are ordered by salience, highest first; Array.prototype.sort is stable, so ties keep id order
  return built.sort((a, b) => b.salience - a.salience);
}

/**
 * One cluster's public entity (salience not yet scaled to the top one). A function of its own rather than
 * a closure inside buildEntities: V8 compiles and, after a deoptimization, recompiles it alone (issue 14).
 */
function buildEntity(ctx: ResolveContext, c: Cluster, ids: ReadonlyMap<Cluster, string>): Entity {
  const name = canonicalName(c);
  const drafts: DraftMention[] = [...c.names, ...c.others].sort((a, b) => a.start - b.start || a.end - b.end);
  const mentions: Mention[] = [];
  const aliases: string[] = [];
  let lastEnd = -1;
  for (const d of drafts) {
    if (d.start < lastEnd) continue; // never two mentions over the same characters
    lastEnd = d.end;
    let kind = d.kind;
    if (kind === 'name') {
      const form = bareName(normalizeText(d.text), c.type === 'person');
      // "SAN JOSE" in a dateline is the name "San Jose" written in capitals, not another name
      kind = form.toLowerCase() === name.toLowerCase() ? 'name' : 'alias';
      if (kind === 'alias' && !aliases.includes(form)) aliases.push(form);
    }
    const m: Mention = { start: d.start, end: d.end, text: ctx.source.slice(d.start, d.end), kind };
    if (d.metonymy) m.metonymy = d.metonymy;
    mentions.push(m);
  }
  const titles: string[] = [];
  const seenTitles = new Set<string>();
  // loops that push into [] rather than map/filter/sort chains: an empty mapped array and a full one have
  // different element kinds, and each new kind deoptimized this function while V8 warmed up
  const titleMentions: Array<{ start: number; end: number; text: string }> = [];
  // the title's text is the source between its first and last token, so its end follows from its length
  for (const t of c.titles) titleMentions.push({ start: t.start, end: t.start + t.text.length, text: t.text });
  titleMentions.sort((a, b) => a.start - b.start);
  for (const t of c.titles) {
    const key = t.text.toLowerCase();
    if (!seenTitles.has(key)) {
      seenTitles.add(key);
      titles.push(t.text);
    }
  }
  const affiliations: string[] = [];
  for (const a of c.affiliations) {
    const id = ids.get(a);
    if (id !== undefined) affiliations.push(id);
  }
  const entity: Entity = {
    id: ids.get(c)!,
    type: c.type,
    subtype: c.subtype,
    name,
    aliases,
    titles,
    ...(titleMentions.length > 0 ? { titleMentions } : {}),
    affiliations,
    mentions,
    salience: rawSalience(drafts, ctx.headline, ctx.source.length, (m) => c.type === 'location' && isPremodifier(ctx, m)),
    confidence: 0,
  };
  entity.confidence = entityConfidence(ctx, c, entity);
  return entity;
}

/** A mention's text as a name: honorific dropped for people ("Mr. Lee" -> "Lee"), spaces collapsed. */
function bareName(text: string, person: boolean): string {
  const t = person ? text.slice(honorificPrefix(text).length) : text;
  return spacedWords(t);
}

/**
 * The longest full name seen: most words, then most characters, then first
 * seen. A form that is another form with words in front ("Scientologist Tom
 * Cruise" beside "Tom Cruise") carries a description, not a longer name.
 * A form in capitals ("LAGOS, Nov 19 (Reuters)") gives way to the article's own
 * case of the same words, or to a known place's ordinary case.
 */
function canonicalName(c: Cluster): string {
  const best = longestName(c);
  if (!shouted(best)) return best;
  for (const n of c.names) {
    const form = bareName(normalizeText(n.text), c.type === 'person');
    if (form.toLowerCase() === best.toLowerCase() && !shouted(form)) return form;
  }
  // acronyms ("USA", "NHS") stay in capitals: only names with a word of four letters or more are shouted words
  if (c.type === 'location' && /[A-Z]{4}/.test(best) && placeKind(best) !== null) return titleCase(best);
  return best;
}

/** All in capitals, with at least two letters: "NEW YORK", "HAGUE". */
function shouted(form: string): boolean {
  return /[A-Z].*[A-Z]/.test(form) && form === form.toUpperCase();
}

/** "NEW YORK" -> "New York", "AL-AIN" -> "Al-Ain", "THE HAGUE" -> "The Hague". */
function titleCase(form: string): string {
  return form.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

function longestName(c: Cluster): string {
  const person = c.type === 'person';
  const forms = new Set(c.names.map((n) => bareName(normalizeText(n.text), person)));
  const described = (form: string): boolean => {
    const w = words(form);
    // ("Sultan Al Jaber" beside "Al Jaber": kept in the name by prepare.ts, the word is his given name)
    if (titlesAlsoNames.has(w[0]!.toLowerCase())) return false;
    for (let from = 1; from + 2 <= w.length; from++) if (forms.has(w.slice(from).join(' '))) return true;
    return false;
  };
  let best = '';
  let bestWords = 0;
  for (const form of forms) {
    if (person && described(form)) continue;
    const w = wordCount(form);
    if (w > bestWords || (w === bestWords && form.length > best.length)) {
      best = form;
      bestWords = w;
    }
  }
  return best;
}

/** "US allies", "the China market": a place name directly before a common noun modifies it. */
function isPremodifier(ctx: ResolveContext, m: DraftMention): boolean {
  const next = tokenAtIndex(ctx.tokens, m.tokenEnd);
  if (!next || ctx.nameAt[m.tokenEnd]) return false;
  if (/['’]s$/.test(ctx.tokens[m.tokenEnd - 1]?.text ?? '')) return false;
  return next.pos === 'NOUN' && next.start === m.end + 1;
}
