import type { Token } from '../../document';
import { OBJECT_PRONOUNS, POSSESSIVE_DETERMINERS } from '../../nlp/pronouns';
import { addresseeEnd } from './addressee';
import { isOpeningMark, isVerbal } from './boundaries';
import { clauseAfterSetting } from './setting-clause';
import { canSpeakAsSubject, headNoun } from './speaker-heads';
import { makePhrase, phraseStartingAt, type Phrase } from './phrases';

/**
 * "complained to CBS News' Charlie Rose that ...", "reiterated to ABC News that ...", "made it clear to House
 * Democrats on Wednesday that ...": after a clause cue, 'to' and someone who can be told (a name, an object
 * pronoun, a nominal with an actor head: speaker-heads.ts `canSpeakAsSubject`; its 'of' phrases and what a
 * possessive names, addressee.ts), then 'that' right after it or after a setting a setting preposition opens
 * (setting-clause.ts), start the content: the token after 'that', or -1. What else follows 'to' is no addressee:
 * 'pointed to reports that ...', 'agreed to procedures that ...' (a noun and its own clause), and neither is a
 * phrase followed by other words before 'that' ('agreed to a settlement with the attorney general over allegations
 * that ...': the clause is the last noun's). Nor is a possessive's thing ('agreed to the prosecutors' request that
 * ...': the clause is the request's), and after a common noun the 'that' may open a relative clause with a gap
 * ('wrote to the families that the storm had left homeless'), so there the clause must be complete (`completeClause`).
 */
export function clauseAfterToAddressee(tokens: readonly Token[], cueEnd: number, end: number, clauseAt: (k: number) => boolean): number {
  if (tokens[cueEnd]?.lower !== 'to') return -1;
  const addressee = phraseStartingAt(tokens, cueEnd + 1, end);
  if (!addressee) return -1;
  const told = addressee.kind === 'pronoun' ? OBJECT_PRONOUNS.has(tokens[addressee.tokenStart]!.lower) : canSpeakAsSubject(tokens, addressee);
  if (!told || !possessedCanBeTold(tokens, addressee, end)) return -1;
  const after = addresseeEnd(tokens, addressee.tokenEnd, end);
  const content = tokens[after]?.lower === 'that' ? (after + 1 < end && clauseAt(after + 1) ? after + 1 : -1) : clauseAfterSetting(tokens, after, end, clauseAt);
  if (content < 0 || namesSomeone(tokens, addressee)) return content;
  return completeClause(tokens, content, end) ? content : -1;
}

/** A possessive's clitic: "'s", "’s", or the bare mark of a plural possessive ("the prosecutors' request"). */
const POSSESSIVE_CLITIC = /^['’]s?$/;

/**
 * Whether what a possessive in or right after the addressee names can be told: "CBS News' Charlie Rose", "Sanders'
 * Senate office" can; "the prosecutors' request", "the investors' proposal" cannot (the 'that' clause is the
 * request's). True when no possessive is there.
 */
function possessedCanBeTold(tokens: readonly Token[], addressee: Phrase, end: number): boolean {
  let clitic = -1;
  for (let k = addressee.tokenStart; k < addressee.tokenEnd; k++) if (POSSESSIVE_CLITIC.test(tokens[k]!.text)) clitic = k;
  if (clitic < 0 && POSSESSIVE_CLITIC.test(tokens[addressee.tokenEnd]?.text ?? '')) {
    const possessed = phraseStartingAt(tokens, addressee.tokenEnd + 1, end);
    return possessed === null || canSpeakAsSubject(tokens, possessed);
  }
  if (clitic < 0) return true;
  const possessed = makePhrase(tokens, clitic + 1, addressee.tokenEnd);
  return possessed !== null && canSpeakAsSubject(tokens, possessed);
}

/**
 * Whether the addressee cannot head a relative clause with 'that' whose object is missing: a name ('Sanders', 'Ms.
 * Warren'), an object pronoun ('them'), or a bare plural, which names people in general ('told reporters that ...',
 * 'made it clear to reporters that he would not resign'), or one a possessive determiner opens ('made clear to her
 * partners that she will not back down'). An article or a quantifier ('the families', 'everyone')
 * picks out the people a relative clause describes ('wrote to the families that the storm had left homeless').
 */
function namesSomeone(tokens: readonly Token[], addressee: Phrase): boolean {
  if (addressee.kind !== 'nominal') return true;
  const first = tokens[addressee.tokenStart]!;
  const last = tokens[addressee.tokenEnd - 1]!;
  if (headNoun(tokens, addressee.tokenStart, addressee.tokenEnd) < 0) return last.pos === 'PROPN' || OBJECT_PRONOUNS.has(last.lower);
  return first.pos === 'NOUN' || first.pos === 'ADJ' || first.pos === 'PROPN' || POSSESSIVE_DETERMINERS.has(first.lower);
}

/** How far the clause's subject and verb group may run before its object (tokens). */
const MAX_CLAUSE_HEAD = 12;

/** Word classes that open an object or complement after a verb ('had hired a new chief', 'would cost too much'). */
const COMPLEMENT_OPENERS: ReadonlySet<string> = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'NUM', 'ADJ', 'ADV', 'PART']);

/**
 * Whether the clause from `from` goes on past its first verb group with an object or complement: 'that it had hired
 * a new chief' does; 'that the storm had left homeless', 'that the club had banned with a letter', 'that the committee
 * had summoned.' do not (the object is the noun before 'that': a relative clause). A verb group with 'be' (a copula
 * or a passive) misses no object; an adjective right before the clause's end after another verb is no complement
 * ('left homeless'), and a clause with no verb is not read as one. An intransitive verb at the clause's end reads
 * as a gap ('told the judge that he would appeal' is left unread): precision first.
 */
function completeClause(tokens: readonly Token[], from: number, end: number): boolean {
  let k = from;
  while (k < end && k - from <= MAX_CLAUSE_HEAD && !isVerbal(tokens[k])) k++;
  if (k >= end || !isVerbal(tokens[k])) return false;
  let copula = false;
  // an opening mark may stand inside the group ('had “been friends for some time,”')
  for (; k < end && (isVerbal(tokens[k]) || tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'PART' || isOpeningMark(tokens[k])); k++) if (tokens[k]!.lemma === 'be') copula = true;
  // 'that the room was dirty', 'that its data had been hacked': a copula or a passive leaves no object to be missing
  if (copula) return true;
  const next = tokens[k];
  if (!next || k >= end || !COMPLEMENT_OPENERS.has(next.pos)) return false;
  return !(next.pos === 'ADJ' && (k + 1 >= end || tokens[k + 1]!.pos === 'PUNCT'));
}
