import { demonymToCountry } from '../entities/gazetteer';
import type { ResolveContext } from './context';
import { demonymCountryAt } from './demonyms';
import { femaleWords, isTitleWord, maleWords, organizationHeads, seatHeads, titleHeads } from './lexicon';
import { organizationNamed } from './nominals';
import type { Cluster, NameDraft } from './types';
import { isTightHyphen } from '../../nlp/hyphens';
import { tokenAtIndex } from '../../nlp/token-at-index';
import { NOUN_ONLY_PREPOSITIONS } from '../../nlp/noun-only-prepositions';
import { isPossessiveMark } from '../../nlp/possessive-split';

/**
 * Titles and affiliations stated next to a person's name:
 * - before it: "Chinese Foreign Ministry spokesman Zhao Lijian" -> title
 *   "Foreign Ministry spokesman", affiliated with China;
 * - in an apposition after it: "Yoichiro Sato, an Asia-Pacific studies
 *   professor at Ritsumeikan Asia Pacific University," -> title, and the
 *   university as affiliation;
 * - in an apposition before it: "its ambassador to the United States, Koji Tomita";
 * - after "of" and an organization: "Tomás Moreno of the Democratic Renewal party" -> affiliation only.
 * A title must end in a head word from the lexicon ("spokesman", "professor").
 */
export function attachTitles(ctx: ResolveContext): void {
  for (const cluster of ctx.clusters) {
    if (cluster.type !== 'person') continue;
    for (const name of cluster.names) {
      premodifierTitle(ctx, cluster, name);
      appositionAfter(ctx, cluster, name);
      appositionBefore(ctx, cluster, name);
      predicateTitle(ctx, cluster, name);
      memberOf(ctx, cluster, name);
    }
  }
}

interface Role {
  /** first and last+1 token of the title */
  from: number;
  to: number;
  affiliations: Cluster[];
  /** token after everything the parse consumed */
  next: number;
  /** the role opened with an owner in the possessive ("China's", "the museum's") */
  ownerFirst: boolean;
}

/** how many common nouns an owner in the possessive may have: "the city council's" */
const COMMON_OWNER_WORDS = 3;

const determiners = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their', 'our']);
const complementPrepositions = new Set(['of', 'for', 'to', 'on']);
const affiliationPrepositions = new Set(['at', 'of', 'from', 'with', 'for']);
const complementStops = new Set(['at', 'in', 'under', 'from', 'with', 'who', 'whose', 'which', 'that', 'since', 'during', 'after', 'before', 'until', 'said', 'says', 'and', 'but', 'or']);
const modifierTags = new Set(['NOUN', 'PROPN', 'ADJ']);
/** tags of a word a noun-only preposition can follow as its governor ("a shot past", "scored (again) past") */
const prepositionHosts = new Set(['NOUN', 'PROPN', 'VERB', 'ADV']);
const boundary = new Set([',', ';', ':', '(', ')', '.', '“', '”', '"', '—', '–']);

function record(cluster: Cluster, ctx: ResolveContext, role: Role): void {
  const first = ctx.tokens[role.from]!;
  const last = ctx.tokens[role.to - 1]!;
  cluster.titles.push({ text: ctx.source.slice(first.start, last.end), start: first.start });
  for (const a of role.affiliations) if (a !== cluster) cluster.affiliations.add(a);
  if (!cluster.gender) {
    for (let t = role.from; t < role.to; t++) {
      const lower = ctx.tokens[t]!.lower;
      if (maleWords.has(lower)) cluster.gender = 'male';
      else if (femaleWords.has(lower)) cluster.gender = 'female';
    }
  }
}

/** A place or organization cluster a name mention at `index` belongs to, else null. */
function placeOrOrgAt(ctx: ResolveContext, index: number): NameDraft | null {
  const n = ctx.nameAt[index];
  return n && n.type !== 'person' ? n : null;
}

/** A hyphen joining two words ("Asia-Pacific") is part of a modifier. */
function isJoiningHyphen(ctx: ResolveContext, index: number): boolean {
  return isTightHyphen(ctx.tokens, index);
}

function premodifierTitle(ctx: ResolveContext, cluster: Cluster, name: NameDraft): void {
  const { tokens } = ctx;
  const sentenceStart = ctx.sentences[tokens[name.tokenStart]?.sentence ?? -1]?.tokenStart ?? 0;
  let j = name.tokenStart - 1;
  // "Secretary of State Antony Blinken", "Minister of Finance Jane Doe": a title head, "of" and its portfolio
  const portfolio = tokens[j];
  if (portfolio && /^[A-Z]/.test(portfolio.text) && !ctx.nameAt[j] && tokens[j - 1]?.lower === 'of' && j - 2 >= sentenceStart && titleHeads.has(tokens[j - 2]!.lower)) j -= 2;
  const adjacent = tokens[j];
  if (!adjacent || !titleHeads.has(adjacent.lower)) {
    // "Japan's Kishida": a country or organization possessive is still an affiliation
    if (isPossessiveMark(tokens, j)) {
      const owner = placeOrOrgAt(ctx, j - 1);
      if (owner) cluster.affiliations.add(ctx.clusterOf.get(owner)!);
    }
    return;
  }
  const affiliations: Cluster[] = [];
  let from = name.tokenStart;
  let taken = 0;
  while (j >= sentenceStart && taken < 8) {
    const t = tokens[j]!;
    const named = ctx.nameAt[j];
    if (named) {
      const owner = ctx.clusterOf.get(named)!;
      if (named.type === 'organization' && !owner.country) {
        // "Foreign Ministry spokesman": the ministry is both part of the title and an affiliation
        affiliations.push(owner);
        from = named.tokenStart;
        j = named.tokenStart - 1;
        taken++;
        continue;
      }
      if (named.type === 'location') affiliations.push(owner);
      break;
    }
    const country = demonymCountryAt(ctx, j);
    if (country) {
      affiliations.push(country);
      break;
    }
    // a nationality whose country the text never names is still not part of the title
    if (/^[A-Z]/.test(t.text) && demonymToCountry(t.text)) break;
    if (isPossessiveMark(tokens, j)) {
      const owner = placeOrOrgAt(ctx, j - 1);
      if (owner) affiliations.push(ctx.clusterOf.get(owner)!);
      break;
    }
    // "far-right leader": the first word of a hyphenated modifier belongs to it whatever its part of speech ("then-" is dropped below)
    const compoundHead = isJoiningHyphen(ctx, j + 1) && j + 1 < name.tokenStart && from === j + 1 && /^[a-z]+$/.test(t.text) && t.lower !== 'then';
    const ok = isTitleWord(t.lower) || (modifierTags.has(t.pos) && !t.inQuote && /^[A-Za-z]/.test(t.text)) || isJoiningHyphen(ctx, j) || compoundHead;
    // "curling a shot past/ADJ goalkeeper Tomas Lindqvist": a preposition the tagger read as a modifier ends the title
    // when a noun, verb or adverb stands before it to govern; "went to past president Mary Jones" keeps it as the title's own
    if (!ok || determiners.has(t.lower) || (NOUN_ONLY_PREPOSITIONS.has(t.lower) && prepositionHosts.has(tokens[j - 1]?.pos ?? ''))) break;
    from = j;
    j--;
    taken++;
  }
  // a run that starts with a hyphen ("then-", "Asia-") drops the dangling piece
  while (from < name.tokenStart && tokens[from]!.text === '-') from++;
  if (from >= name.tokenStart) return;
  record(cluster, ctx, { from, to: name.tokenStart, affiliations, next: name.tokenStart, ownerFirst: false });
}

/**
 * Parses a role phrase starting at `i`: optional determiner or possessive
 * owner ("China's"), modifiers, a head word, then a complement ("of state
 * for East Asian and Pacific affairs", "to the United States"). An "of"
 * followed by an organization or place is an affiliation instead
 * ("governor of the Japan Bank for International Cooperation").
 */
function parseRole(ctx: ResolveContext, i: number, limit: number, nationalityFirst = false): Role | null {
  const { tokens } = ctx;
  const affiliations: Cluster[] = [];
  if (i < limit && determiners.has(tokens[i]!.lower)) i++;
  if (nationalityFirst && i < limit) {
    // "became Japanese prime minister": the nationality is an affiliation, not part of the title
    const country = demonymCountryAt(ctx, i);
    if (country) affiliations.push(country);
    if (country || (/^[A-Z]/.test(tokens[i]!.text) && demonymToCountry(tokens[i]!.text))) i++;
  }
  const owner = placeOrOrgAt(ctx, i);
  let ownerFirst = false;
  if (owner) {
    const after = owner.tokenEnd;
    const ownerHasPossessive = isPossessiveMark(tokens, after) || /['’]s$/.test(tokens[after - 1]!.text);
    if (ownerHasPossessive) {
      affiliations.push(ctx.clusterOf.get(owner)!);
      i = isPossessiveMark(tokens, after) ? after + 1 : after;
      ownerFirst = true;
    }
  } else if (i > 0 && tokens[i - 1]!.lower === 'the') {
    const mark = commonOwnerEnd(ctx, i, limit);
    if (mark > 0) {
      const organization = organizationHeads.has(tokens[mark - 1]!.lower) ? organizationNamed(ctx, tokens[mark - 1]!.lower, tokens[i]!.start) : null;
      if (organization) affiliations.push(organization);
      i = mark + 1;
      ownerFirst = true;
    }
  }
  const from = i;
  let head = -1;
  while (i < limit) {
    const t = tokens[i]!;
    const named = ctx.nameAt[i];
    if (named) {
      if (named.type === 'person') break;
      // "a Lingnan University professor" (affiliation); "an Asia-Pacific studies professor" (a field)
      if (named.type === 'organization') affiliations.push(ctx.clusterOf.get(named)!);
      i = named.tokenEnd;
      continue;
    }
    if (titleHeads.has(t.lower)) {
      head = i;
      i++;
      continue;
    }
    if (isTitleWord(t.lower) || (modifierTags.has(t.pos) && /^[A-Za-z]/.test(t.text)) || isJoiningHyphen(ctx, i)) {
      if (determiners.has(t.lower)) break;
      i++;
      continue;
    }
    break;
  }
  if (head < 0) return null;
  let to = head + 1;
  let next = to;
  // complement: "of state for East Asian and Pacific affairs", "to the United States"
  if (i === to && to < limit && complementPrepositions.has(tokens[to]!.lower)) {
    const preposition = tokens[to]!.lower;
    let k = to + 1;
    if (k < limit && tokens[k]!.lower === 'the') k++;
    const target = ctx.nameAt[k];
    // "a councillor on the Western Isles Council" seats the person on the body as "of" does; after any other head "on"
    // names a field, an organization too ("an expert on the European Union")
    const seat = preposition === 'on' && target?.type === 'organization' && seatHeads.has(tokens[head]!.lower);
    if (target && ((preposition === 'of' && target.type !== 'person') || seat)) {
      affiliations.push(ctx.clusterOf.get(target)!);
      next = target.tokenEnd;
    } else {
      k = to + 1;
      let end = to;
      while (k < limit && k - to < 14) {
        const t = tokens[k]!;
        if (ctx.nameAt[k]?.type === 'person') break;
        if (complementStops.has(t.lower) && !(t.lower === 'and' && end > to)) break;
        if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PRON' || t.pos === 'SCONJ' || boundary.has(t.text)) break;
        k++;
        if (t.pos !== 'DET' && t.pos !== 'ADP' && t.pos !== 'CCONJ') end = k;
      }
      if (end > to + 1) to = end;
      next = to;
    }
  }
  // "professor at Ritsumeikan Asia Pacific University": organizations introduced by a preposition
  for (let k = next; k < limit; k++) {
    const named = ctx.nameAt[k];
    if (!named || named.type !== 'organization') continue;
    let p = named.tokenStart - 1;
    while (p > next && (tokens[p]!.lower === 'the' || isPossessiveMark(tokens, p) || placeOrOrgAt(ctx, p))) p--;
    if (affiliationPrepositions.has(tokens[p]?.lower ?? '')) affiliations.push(ctx.clusterOf.get(named)!);
    k = named.tokenEnd - 1;
  }
  return { from, to, affiliations, next, ownerFirst };
}

/**
 * "the museum's director", "the city council's spokeswoman": an owner named by common nouns in the possessive
 * opens the role; the token index of its possessive mark, else -1. The owner is an affiliation only when it
 * resolves to an organization the article names (nominals.ts organizationNamed), never by itself.
 */
function commonOwnerEnd(ctx: ResolveContext, i: number, limit: number): number {
  const { tokens } = ctx;
  for (let k = i; k < limit && k - i < COMMON_OWNER_WORDS; k++) {
    const t = tokens[k]!;
    if (t.pos !== 'NOUN' || t.text !== t.lower || ctx.nameAt[k] || titleHeads.has(t.lower)) return -1;
    if (isPossessiveMark(tokens, k + 1)) return k + 1;
  }
  return -1;
}

/** Token index of the segment end: the next comma-like boundary, sentence end or 25 tokens. */
function segmentEnd(ctx: ResolveContext, from: number): number {
  const sentence = ctx.sentences[ctx.tokens[from]?.sentence ?? -1];
  const stop = Math.min(sentence?.tokenEnd ?? ctx.tokens.length, from + 25);
  let k = from;
  while (k < stop && !boundary.has(ctx.tokens[k]!.text)) k++;
  return k;
}

function appositionAfter(ctx: ResolveContext, cluster: Cluster, name: NameDraft): void {
  const comma = name.tokenEnd;
  if (tokenAtIndex(ctx.tokens, comma)?.text !== ',') return;
  const start = comma + 1;
  if (ctx.tokens[start]?.sentence !== ctx.tokens[comma]!.sentence) return;
  const role = parseRole(ctx, start, segmentEnd(ctx, start));
  if (role) record(cluster, ctx, role);
}

function appositionBefore(ctx: ResolveContext, cluster: Cluster, name: NameDraft): void {
  const { tokens } = ctx;
  const comma = name.tokenStart - 1;
  if (tokens[comma]?.text !== ',') return;
  // the name must close the apposition: followed by a comma, a verb or the sentence end
  const after = tokenAtIndex(tokens, name.tokenEnd);
  if (after && after.sentence === tokens[comma]!.sentence && after.text !== ',' && after.pos !== 'VERB' && after.pos !== 'AUX' && after.text !== '.' && !organizationAfterOf(ctx, name.tokenEnd)) return;
  const sentenceStart = ctx.sentences[tokens[comma]!.sentence]?.tokenStart ?? 0;
  let k = comma - 1;
  while (k >= sentenceStart && comma - k <= 20 && !boundary.has(tokens[k]!.text)) k--;
  const start = k + 1;
  if (start >= comma) return;
  const role = parseRole(ctx, start, comma);
  // the whole segment must be the role, or "including procurement programs, its ambassador" would qualify
  // ("The European Space Agency's director general, Josef Aschbacher": a longer owner in the possessive is still
  // the segment's opening)
  if (role && role.next === comma && (role.from <= start + 2 || ownerOpens(role, start))) record(cluster, ctx, role);
}

/** how many lower-case modifiers may stand between "of the" and the organization ("of the conservative Democratic Renewal party") */
const MEMBER_MODIFIERS = 2;

/**
 * "Tomás Moreno of the Democratic Renewal party": the organization after the name and "of" is the person's
 * affiliation (organizationAfterOf).
 */
function memberOf(ctx: ResolveContext, cluster: Cluster, name: NameDraft): void {
  const member = organizationAfterOf(ctx, name.tokenEnd);
  if (member && member !== cluster) cluster.affiliations.add(member);
}

/**
 * "Tomás Moreno of the conservative Democratic Renewal party", "Marcus Feld of Northbridge Capital": the organization
 * named right after "of" (an article and a few lower-case modifiers between) that a person's name at `at` is followed
 * by, the person's affiliation; null for anything else ("Jesus of Nazareth" is a place).
 */
function organizationAfterOf(ctx: ResolveContext, at: number): Cluster | null {
  const { tokens } = ctx;
  if (tokens[at]?.lower !== 'of') return null;
  let k = at + 1;
  if (tokens[k]?.lower === 'the') k++;
  for (let m = 0; m < MEMBER_MODIFIERS && tokens[k]?.pos === 'ADJ' && /^[a-z]/.test(tokens[k]!.text) && !ctx.nameAt[k]; m++) k++;
  const named = ctx.nameAt[k];
  if (!named || named.type !== 'organization' || tokens[k]?.sentence !== tokens[at]!.sentence) return null;
  // "cleared Jane Smith of the Commission's charges", "reminded Tom Jones of the BBC's duty": an organization in the
  // possessive owns the noun after it, and "of" governs that noun, not the organization
  if (/^['’]s?$/.test(tokens[named.tokenEnd]?.text ?? '')) return null;
  return ctx.clusterOf.get(named) ?? null;
}

/**
 * The role opens with an optional determiner and an owner in the possessive it took as an affiliation (parseRole sets
 * ownerFirst only right after that possessive, so the role's words start there).
 */
function ownerOpens(role: Role, start: number): boolean {
  return role.ownerFirst && role.from - start <= 8;
}

const copulas = new Set(['is', 'was', 'became', 'becomes', 'remains', 'remained']);

/**
 * "Fumio Kishida became Japanese prime minister", "Russel, who was
 * America's top diplomat for Asia": a title stated by a copula right after
 * the name.
 */
function predicateTitle(ctx: ResolveContext, cluster: Cluster, name: NameDraft): void {
  const { tokens } = ctx;
  let k = name.tokenEnd;
  if (tokens[k]?.text === ',' && tokens[k + 1]?.lower === 'who') k += 2;
  if (!copulas.has(tokens[k]?.lower ?? '')) return;
  const start = k + 1;
  if (tokens[start]?.sentence !== tokens[name.tokenStart]?.sentence) return;
  const role = parseRole(ctx, start, segmentEnd(ctx, start), true);
  if (role && role.from <= start + 3) record(cluster, ctx, role);
}
