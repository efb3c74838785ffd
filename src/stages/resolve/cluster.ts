import type { EntityType } from '../../schema';
import { canonicalCountry, isGivenName, isKnownOrganization, placeKind } from '../entities/gazetteer';
import { closesAlias, knownAs } from '../entities/known-as';
import { organizationHeads, relativeNouns } from './lexicon';
import { companyTails, corporateSuffixes } from '../entities/passes/words';
import { acronymOf, looksLikeAcronymKey, nameKey, words } from './keys';
import legalSuffixes from '../../data/entities/legal-suffixes.json';
import acronymPrefixes from '../../data/resolve/acronym-country-prefixes.json';
import type { Cluster, NameDraft } from './types';
import { retypeDrafts } from './retype-drafts';
import { newCluster } from './types';

const acronymCountryPrefixes: ReadonlySet<string> = new Set(acronymPrefixes.prefixes);


/** Mentions sharing one exact key (or one country); merged further by the rules below. */
interface Group {
  type: EntityType;
  key: string;
  /** the key's words, split once */
  words: readonly string[];
  country: string | null;
  mentions: NameDraft[];
  parent: Group | null;
}

function root(g: Group): Group {
  let r = g;
  while (r.parent) r = r.parent;
  // path compression keeps later look-ups flat
  let cur = g;
  while (cur.parent && cur.parent !== r) {
    const next: Group = cur.parent;
    cur.parent = r;
    cur = next;
  }
  return r;
}

function union(keep: Group, other: Group): void {
  const a = root(keep);
  const b = root(other);
  if (a !== b) b.parent = a;
}

/**
 * Clusters name mentions into entities:
 * 1. one key, one entity; a key the recognizer typed inconsistently takes its
 *    majority type (a tie keeps the types apart: a person and a place may
 *    share a name);
 * 2. every name of a country ("U.S.", "US", "America") is one entity;
 * 3. an acronym joins the one expansion it abbreviates ("CCP" and
 *    "Chinese Communist Party"), or the expansion it stands beside in brackets;
 * 4. a bare organization head ("the Court") joins the one organization the
 *    article names with that head ("the Supreme Court");
 * 5. a company's name without its corporate suffix ("Apple") joins the name
 *    with it ("Apple Inc");
 * 5b. a one-word organization ("Novo") joins the one two-word organization
 *    named before it that opens with that word ("Novo Nordisk");
 * 5c. an organization named without its place ("Reserve Bank") joins the one
 *    organization named "... of" that place ("Reserve Bank of New Zealand");
 * 6. a one-word person mention ("Kishida", "Xi") joins the full name whose
 *    surname or (East Asian order) family name it is, the most recently
 *    mentioned one when several match; different full names never merge.
 */
export function clusterNames(drafts: readonly NameDraft[], source: string): Cluster[] {
  retypeDrafts(drafts);
  const groups = new Map<string, Group>();
  const order: Group[] = [];
  const groupOf = new Map<NameDraft, Group>();
  for (const d of drafts) {
    const id = d.country ? `country|${d.country}` : `${d.type}|${d.key}`;
    let g = groups.get(id);
    if (!g) {
      const key = d.country ? d.country.toLowerCase() : d.key;
      g = { type: d.type, key, words: d.country ? words(key) : d.keyWords, country: d.country, mentions: [], parent: null };
      groups.set(id, g);
      order.push(g);
    }
    g.mentions.push(d);
    groupOf.set(d, g);
  }
  mergeBracketedAcronyms(drafts, groupOf, source);
  mergeKnownAs(drafts, groupOf, source);
  mergeAcronyms(order);
  mergeFullNameVariants(order);
  mergeCountryPrefixedNames(order);
  mergeBareHeads(order);
  mergeHeadsBeforeOf(order);
  mergeCorporateShortNames(order);
  mergeOrganizationFirstWords(order);
  mergeNamesWithoutTheirPlace(order);
  const reassigned = attachShortPersonNames(drafts, order, groupOf, source);
  attachLegalSuffixes(drafts, groupOf, source, reassigned);

  const clusters = new Map<Group, Cluster>();
  const out: Cluster[] = [];
  for (const d of drafts) {
    const g = root(reassigned.get(d) ?? groupOf.get(d)!);
    let c = clusters.get(g);
    if (!c) {
      c = newCluster(g.type, null, g.country);
      clusters.set(g, c);
      out.push(c);
    }
    c.names.push(d);
  }
  for (const c of out) c.subtype = c.country ? 'country' : majoritySubtype(c.names);
  return out;
}

function majoritySubtype(names: readonly NameDraft[]): string | null {
  const counts = new Map<string, number>();
  let best: string | null = null;
  let bestCount = 0;
  for (const n of names) {
    if (!n.subtype) continue;
    const c = (counts.get(n.subtype) ?? 0) + 1;
    counts.set(n.subtype, c);
    if (c > bestCount) {
      best = n.subtype;
      bestCount = c;
    }
  }
  return best;
}

const isOrgOrPlace = (t: EntityType): boolean => t === 'organization' || t === 'location';

/** "Chinese Communist Party (CCP)", "APEC (Asia-Pacific Economic Cooperation)". */
function mergeBracketedAcronyms(drafts: readonly NameDraft[], groupOf: Map<NameDraft, Group>, source: string): void {
  for (let i = 0; i + 1 < drafts.length; i++) {
    const a = drafts[i]!;
    const b = drafts[i + 1]!;
    if (!isOrgOrPlace(a.type) || !isOrgOrPlace(b.type)) continue;
    if (!/^\s{0,2}\(\s{0,2}$/.test(source.slice(a.end, b.start))) continue;
    if (!/^\s{0,2}\)/.test(source.slice(b.end, b.end + 3))) continue;
    const ab = acronymOf(a.text);
    const ba = acronymOf(b.text);
    if ((ab && ab.toLowerCase() === b.key) || (ba && ba.toLowerCase() === a.key) || definesAbbreviation(a, b)) {
      union(groupOf.get(a)!, groupOf.get(b)!);
    }
  }
}

/**
 * "Alternative for Germany (AfD)", "Pacific Gas and Electric Co (PG&E)": an
 * abbreviation in brackets right after a name of the same type names it,
 * though its letters follow another language or the company's history, when
 * it opens with the name's first letter ("Bank of Japan (BOJ)"; "Daesh
 * (ISIS)" is no abbreviation of the name before it).
 */
function definesAbbreviation(name: NameDraft, abbreviation: NameDraft): boolean {
  if (name.type !== abbreviation.type || name.keyWords.length < 2 || !abbreviationShape.test(abbreviation.text)) return false;
  return name.text[0]!.toUpperCase() === abbreviation.text[0];
}

// two to eight letters (and "&"), at least two capitals: "AfD", "PG&E", "BOJ"
const abbreviationShape = /^(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z&]{1,7}$/;

/**
 * "Mohamed Hamdan Dagalo, known as Hemedti", "Dwayne Johnson, better known
 * as The Rock", "Muqtada al-Sadr (aka Sayyid Muqtada)": the name right after
 * ", known as" or "aka" is another name of the one right before, of the same
 * type, when it closes the phrase (a comma, stop, bracket or quote, or the
 * end of the text right after it): "Kigali, dubbed the Singapore of Africa"
 * and "Lagos, dubbed Nigeria's commercial hub" describe, they give no alias.
 */
function mergeKnownAs(drafts: readonly NameDraft[], groupOf: Map<NameDraft, Group>, source: string): void {
  for (let i = 0; i + 1 < drafts.length; i++) {
    const a = drafts[i]!;
    const b = drafts[i + 1]!;
    if (a.type !== b.type || b.start - a.end > 40) continue;
    if (!closesAlias(source, b.end)) continue;
    if (knownAs.test(source.slice(a.end, b.start))) union(groupOf.get(a)!, groupOf.get(b)!);
  }
}

/**
 * Joins each short form to the one entity it can stand for: the groups
 * `fullKey` files under a key are the candidates for a group `shortKey` gives
 * that key, and when `fullKey` files none under it, the groups `fallbackKey`
 * files there; with two or more entities among the candidates, the short form
 * stays apart.
 */
function mergeWithSoleCandidate(
  order: readonly Group[],
  fullKey: (g: Group) => string | null,
  shortKey: (g: Group) => string | null,
  fallbackKey?: (g: Group) => string | null,
): void {
  const byKey = fileByKey(order, fullKey);
  const byFallback = fallbackKey ? fileByKey(order, fallbackKey) : undefined;
  for (const g of order) {
    const key = shortKey(g);
    const candidates = key === null ? undefined : (byKey.get(key) ?? byFallback?.get(key));
    if (candidates && new Set(candidates.map(root)).size === 1) union(candidates[0]!, g);
  }
}

/** The groups under each key `keyOf` gives, in text order; a null key files nothing. */
function fileByKey(order: readonly Group[], keyOf: (g: Group) => string | null): Map<string, Group[]> {
  const byKey = new Map<string, Group[]>();
  for (const g of order) {
    const key = keyOf(g);
    if (key !== null) push(byKey, key, g);
  }
  return byKey;
}

/**
 * An acronym joins the single multi-word organization or place it abbreviates. A country written before the name
 * ("the U.S. Food and Drug Administration" ... "the FDA", "the UK Financial Conduct Authority" ... "the FCA") is no
 * letter of the acronym: the initials of the rest are tried when no name gives the acronym whole. Counted on
 * ../shared/eval: of the names opened by "U.S.", "US", "UK", "U.K." or "EU" whose document also writes an acronym of
 * them, every one writes it without the country (INS, FBI, FARA in TempEval-3 and PolNeAR train) and none with it.
 * Only those prefixes (data/resolve/acronym-country-prefixes.json) and an acronym of three letters or more: "DC" is
 * no acronym of "U.S. District Court", nor "NPC" of "China National Petroleum Corp" (review rev26-c F1). The acronym
 * may come first: a headline writes "FDA approves ..." above "The U.S. Food and Drug Administration on Wednesday
 * approved ..." (tests/fixtures-probe/51).
 */
function mergeAcronyms(order: readonly Group[]): void {
  const namesInFull = (g: Group): boolean => isOrgOrPlace(g.type) && !g.country;
  mergeWithSoleCandidate(
    order,
    (g) => (namesInFull(g) ? (acronymOf(g.mentions[0]!.text)?.toLowerCase() ?? null) : null),
    (g) => (namesInFull(g) && looksLikeAcronymKey(g.key) ? g.key : null),
    (g) => (namesInFull(g) ? acronymAfterCountry(g.mentions[0]!.text) : null),
  );
}

/** The initials of a name after a listed country prefix ("U.S. Food and Drug Administration" -> "fda"), three letters or more; else null. */
function acronymAfterCountry(text: string): string | null {
  const space = text.indexOf(' ');
  if (space < 0 || !acronymCountryPrefixes.has(text.slice(0, space))) return null;
  const initials = acronymOf(text.slice(space + 1));
  return initials && initials.length >= MIN_ACRONYM_AFTER_COUNTRY ? initials.toLowerCase() : null;
}
// two letters ("DC", "DB", "MC") name too many other bodies to be trusted as the rest of a name
const MIN_ACRONYM_AFTER_COUNTRY = 3;

/**
 * "The Supreme Court heard the case. The Court ruled ...": a lone
 * organization head stands for the organization named in full with it. Only
 * when one such name exists: with "the European Union" and "the Soviet
 * Union" in one article, "the Union" stays apart.
 */
function mergeBareHeads(order: readonly Group[]): void {
  mergeWithSoleCandidate(
    order,
    (g) => (g.type === 'organization' && g.words.length >= 2 && organizationHeads.has(g.words[g.words.length - 1]!) ? g.words[g.words.length - 1]! : null),
    (g) => (g.type === 'organization' && g.words.length === 1 && organizationHeads.has(g.key) ? g.key : null),
  );
}

/**
 * "The Bank of England ... the Bank's governor": a lone organization head stands for the one organization named
 * earlier with that head before its "of" (a lone head before it speaks of another body: "may it please the Court ...
 * the United States Court of Appeals", GUM court_insanity), when no other organization could own it, its "X Head"
 * names anywhere counted ("the U.S. Circuit Court of Appeals ... the Supreme Court ... The Court", "Russia's Ministry
 * of Defence ... Ukraine's Defence Ministry": review rev27-hunt F1). A head another rule joined stays where it is.
 */
function mergeHeadsBeforeOf(order: readonly Group[]): void {
  const [owners, members] = [new Map<string, Group[]>(), new Map<Group, number>()];
  for (const g of order) for (const head of headsOwnedBy(g)) push(owners, head, g);
  for (const g of order) members.set(root(g), (members.get(root(g)) ?? 0) + 1);
  const namedBeforeOf = new Set<string>();
  for (const g of order) {
    const head = headBeforeOf(g);
    if (head !== undefined) namedBeforeOf.add(head);
    if (g.type !== 'organization' || g.words.length !== 1 || !organizationHeads.has(g.key) || members.get(root(g)) !== 1) continue;
    const candidates = owners.get(g.key);
    if (namedBeforeOf.has(g.key) && candidates && new Set(candidates.map(root)).size === 1) union(candidates[0]!, g);
  }
}

/** The heads a name of two words or more could lend a lone head: its last word ("Supreme Court"), the word before its "of" ("Court of Appeals"). */
function headsOwnedBy(g: Group): string[] {
  const last = g.words[g.words.length - 1]!;
  const heads = g.type === 'organization' && g.words.length >= 2 && organizationHeads.has(last) ? [last] : [];
  const head = headBeforeOf(g);
  return head !== undefined && head !== last ? [...heads, head] : heads;
}

/** "Ministry of Defence" -> "ministry": an organization's head right before its "of", if it is one. */
function headBeforeOf(g: Group): string | undefined {
  const head = g.type === 'organization' ? g.words[g.words.indexOf('of') - 1] : undefined;
  return head !== undefined && organizationHeads.has(head) ? head : undefined;
}

/**
 * "The US Justice Department ... the Justice Department": a name after a listed country prefix
 * (acronym-country-prefixes.json) joins the one organization named without it (review rev27-hunt F5); not when two
 * prefixed names of two countries share the rest ("the US Federal Trade Commission and the EU Federal Trade Commission").
 */
function mergeCountryPrefixedNames(order: readonly Group[]): void {
  const restOf = (g: Group) =>
    g.type === 'organization' && g.words.length >= 3 && acronymCountryPrefixes.has(g.mentions[0]!.text.split(' ')[0]!) ? g.words.slice(1).join(' ') : null;
  const prefixed = fileByKey(order, restOf);
  const soleRest = (g: Group) => {
    const rest = restOf(g);
    // "U.S. Air Force" and "US Air Force" are one country's: prefixes compared without their dots
    return rest !== null && new Set(prefixed.get(rest)!.map((p) => p.words[0]!.replace(/\./g, ''))).size === 1 ? rest : null;
  };
  mergeWithSoleCandidate(order, (g) => (g.type === 'organization' && g.words.length >= 2 ? g.key : null), soleRest);
}

/**
 * "Apple in talks to buy Peloton" and "Apple Inc is in talks ...": a
 * company's name with a corporate suffix and the same name without it (or
 * without several: "Toyota Motor Corp" and "Toyota") are one company, whichever comes first (the entity stage shortens later
 * mentions only after the full name: passes/11-propagate-names.ts).
 */
function mergeCorporateShortNames(order: readonly Group[]): void {
  const organizations = new Map<string, Group>();
  for (const g of order) if (g.type === 'organization' && !organizations.has(g.key)) organizations.set(g.key, g);
  for (const g of order) {
    if (g.type !== 'organization') continue;
    const w = g.words;
    if (w.length < 2 || !corporateSuffixes.has(w[w.length - 1]!)) continue;
    const short = organizations.get(w.slice(0, -1).join(' ').replace(/,$/, ''));
    if (short && root(short) !== root(g)) union(g, short);
  }
  // suffix after suffix ("Toyota Motor Corp" -> "Toyota"), only for the one company that shortens so:
  // "BellSouth Corp." and "BellSouth Enterprises Inc." are parent and subsidiary, and "BellSouth" is the first
  mergeWithSoleCandidate(
    order,
    (g) => (g.type === 'organization' ? strippedOfCorporateSuffixes(g.words) : null),
    (g) => (g.type === 'organization' && !corporateSuffixes.has(g.words[g.words.length - 1]!) ? g.key : null),
  );
}

/**
 * "Toyota Motor Corp" -> "toyota", "Veltrix Semiconductor Corp" -> "veltrix": the name without its trailing
 * corporate words, and then an industry word that ends company names (company-lists.json companyTails);
 * null when it ends in no corporate word.
 */
function strippedOfCorporateSuffixes(words: readonly string[]): string | null {
  let n = words.length;
  while (n >= 2 && corporateSuffixes.has(words[n - 1]!)) n--;
  if (n < words.length && n >= 2 && companyTails.has(words[n - 1]!)) n--;
  return n < words.length ? words.slice(0, n).join(' ').replace(/,$/, '') : null;
}

/**
 * "Novo Nordisk won approval ... Novo shares rose", "the Labour Party ...
 * Labour's candidate": a company or party of two words is shortened to its
 * first word, so a one-word organization joins the one two-word organization
 * that opens with it and that the article named before it. A later
 * "Apple Music" after "Apple" is another thing, and with "Warner Bros" and
 * "Warner Music" both named, "Warner" stays apart. Both words must be
 * capitalized and hold no digit: "the Verwoerd government" is no company of
 * Verwoerd's, and "Airbus A3XX" is a plane, not Airbus.
 */
const properName = (text: string): boolean => /^[A-Z][^\s\d]*\s+[A-Z][^\s\d]*$/.test(text.trim());

function mergeOrganizationFirstWords(order: readonly Group[]): void {
  const byFirstWord = new Map<string, Group[]>();
  for (const g of order) {
    // ("Google Cloud ... Google said", "Tata Steel ... Tata said": a known organization of its own is the parent, not a short name)
    if (g.type === 'organization' && g.words.length === 1 && !isKnownOrganization(g.mentions[0]!.text)) {
      const candidates = byFirstWord.get(g.key);
      if (candidates && new Set(candidates.map(root)).size === 1) union(candidates[0]!, g);
    }
    if (g.type === 'organization' && g.words.length === 2 && !organizationHeads.has(g.words[0]!) && properName(g.mentions[0]!.text)) push(byFirstWord, g.words[0]!, g);
    else if (g.type === 'organization' && twoWordsBeforeAmpersand(g)) push(byFirstWord, g.words[0]!, g);
  }
}

/**
 * "Ridgeline Power & Light ... Ridgeline said": a firm named by two words, "&" and more is shortened to its first
 * word as a two-word company is ("Marks & Spencer", one word before "&", is not: "Marks" alone is no short name), unless
 * that word is a known given name: "Taylor" after "Taylor Swift & Co." is the singer, however the firm was typed.
 */
function twoWordsBeforeAmpersand(g: Group): boolean {
  if (g.words.length < 4 || g.words[2] !== '&' || organizationHeads.has(g.words[0]!) || isGivenName(g.words[0]!)) return false;
  const text = g.mentions[0]!.text;
  const amp = text.indexOf(' & ');
  return amp > 0 && properName(text.slice(0, amp));
}

/**
 * "Reserve Bank holds rates ... The Reserve Bank of New Zealand left its rate": an organization of two words or
 * more named "<name> of <place>" goes by the name without the place, which joins it when one such organization
 * alone shortens so ("Reserve Bank" stays apart beside "Reserve Bank of Australia" and "Reserve Bank of India").
 */
function mergeNamesWithoutTheirPlace(order: readonly Group[]): void {
  mergeWithSoleCandidate(
    order,
    (g) => {
      if (g.type !== 'organization') return null;
      const of = g.words.indexOf('of');
      if (of < 2) return null;
      const text = g.mentions[0]!.text;
      const place = text.slice(text.indexOf(' of ') + 4).trim();
      return placeKind(place) || canonicalCountry(place) ? g.words.slice(0, of).join(' ') : null;
    },
    (g) => (g.type === 'organization' && g.words.length >= 2 && !g.words.includes('of') ? g.key : null),
  );
}

/**
 * "Barack Obama" and "Barack H. Obama": the same first and last word;
 * "Scientologist Tom Cruise" and "Tom Cruise": a full name that ends another.
 */
function mergeFullNameVariants(order: readonly Group[]): void {
  const byEnds = new Map<string, Group>();
  const byKey = new Map<string, Group>();
  for (const g of order) {
    if (g.type !== 'person') continue;
    const w = g.words;
    if (w.length < 2) continue;
    byKey.set(g.key, g);
    const ends = `${w[0]} ${w[w.length - 1]}`;
    const seen = byEnds.get(ends);
    if (seen) union(seen, g);
    else byEnds.set(ends, g);
  }
  for (const g of byKey.values()) {
    const w = g.words;
    for (let from = 1; from + 2 <= w.length; from++) {
      const shorter = byKey.get(w.slice(from).join(' '));
      if (shorter) {
        union(shorter, g);
        break;
      }
    }
  }
}

/**
 * Attaches one-word person mentions to full names, in text order so that a
 * surname shared by two people goes to the one mentioned last ("Yoon" after
 * "Yoon Jong-in"); a short form before any full name goes to the first full
 * name that follows (headlines often say "Kishida" before the body names him).
 * A full name first written as a relative's apposition ("her son, Daniel
 * Ellison") takes a shared surname only when no one else has it: news keeps
 * the bare surname for the person the story is about.
 */
function attachShortPersonNames(
  drafts: readonly NameDraft[],
  order: readonly Group[],
  groupOf: Map<NameDraft, Group>,
  source: string,
): Map<NameDraft, Group> {
  const bySurname = new Map<string, Group[]>();
  const byFirst = new Map<string, Group[]>();
  const firstStart = new Map<Group, number>();
  for (const g of order) {
    if (g.type !== 'person') continue;
    const w = g.words;
    if (w.length < 2) continue;
    push(bySurname, w[w.length - 1]!, g);
    push(byFirst, w[0]!, g);
    firstStart.set(g, g.mentions[0]!.start);
  }
  const lastSeen = new Map<Group, number>();
  const reassigned = new Map<NameDraft, Group>();
  for (const d of drafts) {
    if (d.type !== 'person') continue;
    const own = groupOf.get(d)!;
    if (d.keyWords.length >= 2) {
      lastSeen.set(root(own), d.start);
      continue;
    }
    const candidates = bySurname.get(d.key) ?? byFirst.get(d.key);
    if (!candidates) continue;
    let roots = [...new Set(candidates.map(root))];
    if (roots.length > 1) {
      const notRelatives = roots.filter((r) => !introducedAsRelative(source, firstStart.get(r) ?? r.mentions[0]!.start));
      if (notRelatives.length > 0) roots = notRelatives;
    }
    let chosen: Group | null = null;
    let chosenSeen = -1;
    for (const r of roots) {
      const seen = lastSeen.get(r);
      if (seen !== undefined && seen < d.start && seen > chosenSeen) {
        chosen = r;
        chosenSeen = seen;
      }
    }
    if (!chosen) {
      let earliest = Infinity;
      for (const r of roots) {
        const s = candidates.reduce((min, c) => (root(c) === r ? Math.min(min, firstStart.get(c) ?? Infinity) : min), Infinity);
        if (s < earliest) {
          earliest = s;
          chosen = r;
        }
      }
    }
    if (chosen) {
      reassigned.set(d, chosen);
      lastSeen.set(chosen, d.start);
    }
  }
  return reassigned;
}

/** the legal forms written after a comma (legal-suffixes.json afterComma), as name keys: "L.P." -> "lp" */
const legalFormKeys: ReadonlySet<string> = new Set(legalSuffixes.afterComma.map(nameKey));

/**
 * "Verdanta BioSystems, Inc.": the legal form after a comma, which the tagger (and the corpora, once a name is cut at
 * its comma) reads as an organization of its own, is the company's: it joins the organization right before it, one
 * mention at a time (every company's "Inc." shares one group, so the groups must not merge), instead of standing as
 * an entity "Inc.". The forms are entity pass 160's (legal-suffixes.json afterComma, as name keys: "L.P." -> "lp"):
 * one list for the company built before the form and the form joined to it; "AG" is none ("DOJ, AG").
 */
function attachLegalSuffixes(drafts: readonly NameDraft[], groupOf: ReadonlyMap<NameDraft, Group>, source: string, reassigned: Map<NameDraft, Group>): void {
  for (let i = 1; i < drafts.length; i++) {
    const a = drafts[i - 1]!;
    const b = drafts[i]!;
    if (a.type !== 'organization' || b.type !== 'organization' || b.keyWords.length !== 1 || !legalFormKeys.has(b.key)) continue;
    if (a.keyWords.length === 1 && legalFormKeys.has(a.key)) continue;
    if (/^,\s{1,2}$/.test(source.slice(a.end, b.start))) reassigned.set(b, reassigned.get(a) ?? groupOf.get(a)!);
  }
}

/** Is the name at `start` written right after a kin noun and a comma, after a possessive ("her son, ", "Mr Ashby's wife, ")? */
function introducedAsRelative(source: string, start: number): boolean {
  const m = /(?:\b(?:his|her|their|its)|['’]s)\s{1,3}(?:[a-z]+\s{1,3})?([a-z]+)\s{0,3},\s{0,3}$/.exec(source.slice(Math.max(0, start - 40), start));
  return m !== null && relativeNouns.has(m[1]!);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
