import type { Token } from '../../../document';
import { isAsciiTitleCaseWord } from '../capitalized';
import boundaries from '../../../data/entities/organization-boundaries.json';
import { commonOrItsPlural } from '../../../nlp/common-words';
import { demonymToCountry, isGivenName, isNewsGivenName } from '../gazetteer';
import { wordClass } from '../features';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { pronounAfter } from './pronoun-evidence';
import { companyEvidence } from './company-evidence';
import { capitalizedWordAt, coveredTokens, knownElsewise, spanIndexByToken, taggedSpan, withType, wordsAfterPersonTitles } from './shared';
import { isOrganizationHeadOrSuffix } from './words';

/**
 * "Mitt Romney said ... Mr. Romney told reporters he ...": the tagger reads
 * some full names as organizations or places when the given name is also a
 * common word no name list holds ("Mitt", "Rand", "Tiger"). A person goes by
 * the family name alone later in the article; a company or a place does not
 * go by its last word with a person's title before it or "said he/she" after
 * it. So a name of two title-case words typed organization or place is a
 * person when the article writes its last word alone after a person's title
 * ("Mr. Romney", "Sen. Paul") or as the subject of a speech verb reporting
 * "he" or "she" ("Romney told reporters he ..."). Names a gazetteer knows
 * ("Morgan Stanley"), names holding an organization or place word ("Goldman
 * Group", "Forest Hills"), last words the article writes in lower case and
 * words the article writes as a company's at any mention ("Kate Spade shares
 * jumped": company-evidence.ts) are left alone. Runs before pass 62, which would spread the organization to the
 * lone family name.
 */
const partyAdjectives: ReadonlySet<string> = new Set(boundaries.partyAdjectives);

export const fullNamesByTheirSurnames: EntityPass = { name: 'full-names-by-their-surnames', run };

function run(ctx: EntityPassContext, spans: readonly TaggedSpan[]): readonly TaggedSpan[] {
  const { tokens, writtenLower, caseless } = ctx;
  const candidates = new Map<string, number[]>();
  const cut = new Map<string, number[]>();
  const taken = coveredTokens(tokens, spans);
  spans.forEach((s, i) => {
    if (s.tokenEnd - s.tokenStart === 1 && s.type === 'PER' && familyNameCutOff(tokens, s.tokenStart, taken, writtenLower)) {
      const last = tokens[s.tokenStart + 1]!.lower;
      cut.set(last, [...(cut.get(last) ?? []), i]);
    }
    if ((s.type !== 'ORG' && s.type !== 'LOC') || s.tokenEnd - s.tokenStart !== 2 || !plainFullName(tokens, s.tokenStart, writtenLower)) return;
    const last = tokens[s.tokenEnd - 1]!.lower;
    candidates.set(last, [...(candidates.get(last) ?? []), i]);
  });
  const untagged = untaggedPairs(ctx, taken);
  if (candidates.size === 0 && untagged.size === 0 && cut.size === 0) return spans;
  const personal = personalSurnames(ctx, new Set([...candidates.keys(), ...untagged.keys(), ...cut.keys()]));
  for (const word of namesOfCompanies(tokens, spans, personal)) personal.delete(word);
  if (personal.size === 0) return spans;
  const retype = new Set<number>();
  const extend = new Set<number>();
  for (const word of personal) for (const i of candidates.get(word) ?? []) retype.add(i);
  for (const word of personal) for (const i of cut.get(word) ?? []) extend.add(i);
  // the family name alone is the same person wherever the tagger typed it otherwise ("Vargas" a place)
  spans.forEach((s, i) => {
    if (s.tokenEnd - s.tokenStart === 1 && s.type !== 'PER' && personal.has(tokens[s.tokenStart]!.lower)) retype.add(i);
  });
  const out = spans.map((s, i) => (extend.has(i) ? taggedSpan(s.tokenStart, s.tokenEnd + 1, 'PER') : retype.has(i) ? withType(s, 'PER') : s));
  const added = [...personal].flatMap((word) => untagged.get(word) ?? []);
  // the family name alone, untagged, where the article reports it as a person's ("Woods said he")
  const covered = coveredTokens(tokens, [...out, ...added]);
  for (let t = 0; t < tokens.length; t++) {
    if (!covered[t] && personal.has(tokens[t]!.lower) && standsAlone(tokens, t) && !caseless[tokens[t]!.sentence]) added.push(taggedSpan(t, t + 1, 'PER'));
  }
  if (added.length === 0) return out;
  return [...out, ...added].sort((a, b) => a.tokenStart - b.tokenStart);
}

/**
 * "David Jolly said": the tagger took a given name alone and left the family name after it, a word too ("jolly",
 * tagged an adjective); the next word untaken, title case, no organization's, place's or title word, never written in
 * lower case, and no capitalized word after it.
 */
function familyNameCutOff(tokens: readonly Token[], t: number, taken: Uint8Array, writtenLower: ReadonlySet<string>): boolean {
  const [given, family] = [tokens[t]!, tokens[t + 1]];
  if (!family || taken[t + 1] || family.sentence !== given.sentence || !(isGivenName(given.lower) || isNewsGivenName(given.lower))) return false;
  if (!isAsciiTitleCaseWord(given.text) || !standsAlone(tokens, t, t + 2)) return false;
  return plainFullName(tokens, t, writtenLower);
}

/**
 * "as did Carlos Lopez-Cantera ... Lopez-Cantera said he": two title-case words no span covers, alone between
 * lower-case words, by the last word. The first word is held to more than a name's shape, since no tagger vouches
 * for it: no common word or its plural ("Meanwhile Woods said", "Half Clinton's", "Under Secretaries"), no word the
 * article writes in lower case and no party or nation's word ("a Republican Obama").
 */
function untaggedPairs({ tokens, writtenLower, caseless, capitalized }: EntityPassContext, covered: Uint8Array): Map<string, TaggedSpan[]> {
  const out = new Map<string, TaggedSpan[]>();
  for (let t = 0; t + 1 < tokens.length; t++) {
    // (two capitalized words, by the capital marks, before any token is read: standsAlone and plainFullName ask
    // title case of both)
    if (capitalized[t] === 0 || capitalized[t + 1] === 0) continue;
    const [a, b] = [tokens[t]!, tokens[t + 1]!];
    if (covered[t] || covered[t + 1] || a.sentence !== b.sentence || caseless[a.sentence] || !standsAlone(tokens, t, t + 2)) continue;
    if (!plainFullName(tokens, t, writtenLower) || !plainGivenWord(a, writtenLower)) continue;
    out.set(b.lower, [...(out.get(b.lower) ?? []), taggedSpan(t, t + 2, 'PER')]);
  }
  return out;
}

function plainGivenWord(w: Token, writtenLower: ReadonlySet<string>): boolean {
  if (commonOrItsPlural(w.lower) || writtenLower.has(w.lower) || demonymToCountry(w.text) !== null) return false;
  return !partyAdjectives.has(w.lower) && !partyAdjectives.has(w.lower.replace(/s$/, ''));
}

/** Which of these words the article writes alone after a person's title ("Mr. Romney") or reports saying something of "he" or "she" ("Romney told reporters he"). */
function personalSurnames(ctx: EntityPassContext, words: ReadonlySet<string>): Set<string> {
  const { tokens } = ctx;
  const afterTitles = wordsAfterPersonTitles(ctx);
  const personal = new Set([...words].filter((w) => afterTitles.has(w)));
  for (let t = 0; t < tokens.length; t++) {
    const word = tokens[t]!.lower;
    if (words.has(word) && !personal.has(word) && standsAlone(tokens, t) && pronounAfter(tokens, t + 1) === 'PER') personal.add(word);
  }
  return personal;
}

/**
 * Which of these words the article writes, at one mention at least, as a company's ("Kate Spade shares jumped",
 * "Spade Inc", "Spade said it"): a company named for its founder, who may be quoted by the same word ("Spade said
 * she"), so no mention of the word is made a person on the founder's evidence. A mention is the span whose last word
 * it is, or the word alone.
 */
function namesOfCompanies(tokens: readonly Token[], spans: readonly TaggedSpan[], words: ReadonlySet<string>): Set<string> {
  const spanAt = spanIndexByToken(tokens.length, spans);
  const found = new Set<string>();
  for (let t = 0; t < tokens.length; t++) {
    const word = tokens[t]!.lower;
    if (!words.has(word) || found.has(word)) continue;
    const s = spans[spanAt[t]!];
    const mention = s !== undefined && s.tokenEnd === t + 1 ? s : taggedSpan(t, t + 1, 'ORG');
    if (companyEvidence(tokens, mention)) found.add(word);
  }
  return found;
}

/** Two title-case words from `start`, no gazetteer's name, no organization, place or title word, the last never written in lower case. */
function plainFullName(tokens: readonly Token[], start: number, writtenLower: ReadonlySet<string>): boolean {
  const first = tokens[start]!;
  const last = tokens[start + 1]!;
  if (!isAsciiTitleCaseWord(first.text) || !isAsciiTitleCaseWord(last.text) || writtenLower.has(last.lower)) return false;
  if ([first, last].some((w) => wordClass(w.lower) !== undefined || isOrganizationHeadOrSuffix(w.lower, undefined))) return false;
  return !knownElsewise(`${first.text} ${last.text}`);
}

/** Title-case words from `t` to `end` with no capitalized word right before or after them in their sentence: the family name alone, or one full name. */
function standsAlone(tokens: readonly Token[], t: number, end = t + 1): boolean {
  const w = tokens[t]!;
  return isAsciiTitleCaseWord(w.text) && !capitalizedWordAt(tokens, t - 1, w.sentence) && !capitalizedWordAt(tokens, end, w.sentence);
}
