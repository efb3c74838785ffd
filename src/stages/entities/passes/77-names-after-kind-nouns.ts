import ruleWords from '../../../data/entities/rule-words.json';
import type { Token } from '../../../document';
import { isFamilyName, isGivenName } from '../gazetteer';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { taggedSpan } from './shared';
import { isOrganizationHeadOrSuffix } from './words';

const kindNouns = new Set(ruleWords.organizationKindNouns);
const alsoOccupations = new Set(ruleWords.kindNounsAlsoOccupations);

/**
 * "of the consultancy Redgate Forensics, said", "the agency Frontex, which": a name in apposition after "the" and a
 * noun for a kind of organization is that organization, though the tagger read a person ("Redgate Forensics").
 * Where the noun also names a trade ("the broadcaster Aoife Brennan") a full personal name after it (fullPersonalName) is a person, whichever type the tagger gave. Not where the name opens a relative
 * clause ("the firm Musk bought"): a one-word name needs punctuation, a preposition or a conjunction after it.
 * Nouns: rule-words.json organizationKindNouns, kindNounsAlsoOccupations.
 */
export const namesAfterKindNouns: EntityPass = { name: 'names-after-kind-nouns', triggers: kindNouns, run };

/**
 * "Aoife Brennan": two or three capitalized words, no organization's head among them ("Sky News"), with a given
 * name first, a family name last, or ", who" after them.
 */
function fullPersonalName(tokens: readonly Token[], s: TaggedSpan): boolean {
  const n = s.tokenEnd - s.tokenStart;
  if (n < 2 || n > 3) return false;
  for (let t = s.tokenStart; t < s.tokenEnd; t++) {
    if (!/^[A-Z][a-z]+$/.test(tokens[t]!.text) || isOrganizationHeadOrSuffix(tokens[t]!.lower, tokens[t + 1]?.lower)) return false;
  }
  const who = tokens[s.tokenEnd]?.text === ',' && tokens[s.tokenEnd + 1]?.lower === 'who';
  return who || isGivenName(tokens[s.tokenStart]!.lower) || isFamilyName(tokens[s.tokenEnd - 1]!.lower);
}

/** Punctuation, a preposition or a conjunction (or nothing) after the span: it closes an apposition. */
function closesApposition(tokens: readonly Token[], s: TaggedSpan): boolean {
  const next = tokens[s.tokenEnd];
  if (!next || next.sentence !== tokens[s.tokenStart]!.sentence) return true;
  return next.pos === 'PUNCT' || next.pos === 'ADP' || next.pos === 'CCONJ';
}

function run({ tokens, caseless }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const untagged = untaggedAfterKindNouns(tokens, caseless, spans);
  if (untagged.length > 0) spans = [...spans, ...untagged].sort((a, b) => a.tokenStart - b.tokenStart);
  let changed = untagged.length > 0;
  const out = spans.map((s) => {
    const noun = tokens[s.tokenStart - 1];
    const the = tokens[s.tokenStart - 2];
    if (!noun || !the || the.lower !== 'the' || noun.text !== noun.lower || !kindNouns.has(noun.lower)) return s;
    if (noun.sentence !== tokens[s.tokenStart]!.sentence || caseless[noun.sentence]) return s;
    let type = s.type;
    if (fullPersonalName(tokens, s)) type = alsoOccupations.has(noun.lower) ? 'PER' : s.type;
    else if (s.type === 'PER' && (s.tokenEnd - s.tokenStart >= 2 || closesApposition(tokens, s))) type = 'ORG';
    if (type === s.type) return s;
    changed = true;
    return taggedSpan(s.tokenStart, s.tokenEnd, type);
  });
  return changed ? out : [...spans];
}

/** at most this many capitalized words make the name after the noun */
const MAX_NAME_WORDS = 3;

/**
 * "called by the union Unite, follows", "the regulator Ofgem said": capitalized words the tagger left out after
 * "the" and a kind noun, closing the apposition (punctuation, a preposition or a conjunction after them), are that
 * organization; a weekday or month there dates the noun instead ("the company Monday").
 */
function untaggedAfterKindNouns(tokens: readonly Token[], caseless: readonly boolean[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  const covered = new Uint8Array(tokens.length);
  for (const s of spans) covered.fill(1, s.tokenStart, s.tokenEnd);
  const out: TaggedSpan[] = [];
  for (let k = 2; k < tokens.length; k++) {
    const noun = tokens[k - 1]!;
    if (covered[k] || tokens[k - 2]!.lower !== 'the' || noun.text !== noun.lower || !kindNouns.has(noun.lower)) continue;
    const sentence = tokens[k]!.sentence;
    if (caseless[sentence] || noun.sentence !== sentence || tokens[k - 2]!.sentence !== sentence) continue;
    let end = k;
    while (end < tokens.length && end - k < MAX_NAME_WORDS && !covered[end] && tokens[end]!.sentence === sentence && /^\p{Lu}[\p{L}&'’-]*$/u.test(tokens[end]!.text)) end++;
    if (end === k || (end - k === MAX_NAME_WORDS && /^\p{Lu}/u.test(tokens[end]?.text ?? ''))) continue;
    if (tokens.slice(k, end).some((w) => calendarWords.has(w.lower))) continue;
    const span = taggedSpan(k, end, 'ORG');
    if (!closesApposition(tokens, span)) continue;
    out.push(span);
    k = end;
  }
  return out;
}

const calendarWords: ReadonlySet<string> = new Set([...ruleWords.weekdays.map((w) => w.toLowerCase()), ...ruleWords.months]);

