import type { EntityType } from '../../schema';
import { placeKind } from '../entities/gazetteer';
import { organizationHeads } from './lexicon';
import { isOrganizationHeadOrSuffix } from '../entities/passes/words';
import type { NameDraft } from './types';

/**
 * Before names are grouped, each draft's type is settled against the article's other names: the majority type of
 * one name, a lone surname of a person the article names in full, a full name whose surname the article calls a
 * person again and again (cluster.ts steps 1-2). Split from cluster.ts, which groups; this file only retypes.
 */
export function retypeDrafts(drafts: readonly NameDraft[]): void {
  retypeByMajority(drafts);
  retypeSurnames(drafts);
  retypeFullNames(drafts);
}

function retypeByMajority(drafts: readonly NameDraft[]): void {
  const votes = new Map<string, Map<EntityType, number>>();
  for (const d of drafts) {
    if (d.country) continue;
    let v = votes.get(d.key);
    if (!v) votes.set(d.key, (v = new Map()));
    v.set(d.type, (v.get(d.type) ?? 0) + 1);
  }
  for (const d of drafts) {
    const v = votes.get(d.key);
    if (!v || v.size < 2) continue;
    let best: EntityType | null = null;
    let bestCount = 0;
    let tie = false;
    for (const [type, count] of v) {
      if (count > bestCount) {
        best = type;
        bestCount = count;
        tie = false;
      } else if (count === bestCount) tie = true;
    }
    if (best && !tie && d.type !== best) {
      d.type = best;
      d.subtype = null;
    }
  }
}

/**
 * A lone "Sato" or "Biden" that the recognizer typed as an organization, in
 * an article that names "Yoichiro Sato" or "Joe Biden", is that person.
 * Acronyms keep their type.
 */
function retypeSurnames(drafts: readonly NameDraft[]): void {
  /** each word that opens or ends a person's full name, with where the text first writes such a name */
  const nameWords = new Map<string, number>();
  for (const d of drafts) {
    if (d.type !== 'person') continue;
    const w = d.keyWords;
    if (w.length < 2) continue;
    for (const word of [w[0]!, w[w.length - 1]!]) if (!nameWords.has(word)) nameWords.set(word, d.start);
  }
  // "Halvern Systems ... Halvern said ... founder Geoffrey Halvern": a word that opens an organization's own name is
  // that organization's short name too, but only while the person's full name has not been written yet: once the
  // text has named the person, a lone surname is the person's ("The Trump Organization ... Donald Trump said ...
  // Trump said", "Kishida Cabinet ... Fumio Kishida ... Kishida told reporters")
  const organizationFirstWords = new Map<string, number>();
  for (const d of drafts) {
    if (d.type === 'organization' && d.keyWords.length >= 2 && !organizationFirstWords.has(d.keyWords[0]!)) organizationFirstWords.set(d.keyWords[0]!, d.start);
  }
  for (const d of drafts) {
    // places keep their type: "Asia" after a misread "Nikkei Asia" is still a continent
    const personAt = nameWords.get(d.key);
    if (d.type !== 'organization' || personAt === undefined || d.keyWords.length !== 1) continue;
    if ((organizationFirstWords.get(d.key) ?? Infinity) < personAt && d.start < personAt) continue;
    if (d.text === d.text.toUpperCase()) continue;
    d.type = 'person';
    d.subtype = null;
  }
}

/**
 * "Fumio Kishida" typed as an organization in an article that calls
 * "Kishida" a person again and again: a two- or three-word name whose
 * surname (or family name first) is a person's, with no organization word
 * in it ("Kishida Foundation" keeps its type), is that person.
 */
function retypeFullNames(drafts: readonly NameDraft[]): void {
  const personCount = new Map<string, number>();
  for (const d of drafts) {
    if (d.type === 'person' && !d.key.includes(' ')) personCount.set(d.key, (personCount.get(d.key) ?? 0) + 1);
  }
  for (const d of drafts) {
    if (d.type === 'person' || d.country) continue;
    const w = d.keyWords;
    // the entity rules' organization test (heads and suffixes: 'Trump Media', 'Murdoch Times'), as prepare.ts reads it
    if (w.length < 2 || w.length > 3 || w.some((x, k) => organizationHeads.has(x) || isOrganizationHeadOrSuffix(x, w[k + 1]))) continue;
    if (!/^(?:\p{Lu}\S*\s+){1,2}\p{Lu}\S*$/u.test(d.text) || placeKind(d.text)) continue;
    const votes = Math.max(personCount.get(w[w.length - 1]!) ?? 0, personCount.get(w[0]!) ?? 0);
    if (votes >= 2) {
      d.type = 'person';
      d.subtype = null;
    }
  }
}
