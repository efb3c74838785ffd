/**
 * A coordinated subject before a cue ("Snapchat, Tumblr and Mozilla said"): its members, where the list opens its
 * clause, and the one who speaks when the members follow a preposition ("Officials from Britain and France said").
 */
import type { Token } from '../../document';
import { isDashOrHyphen } from '../../nlp/hyphens';
import { endsInRoleAndFullName } from './name-modifiers';
import type { Phrase } from './phrase';
import { phraseEndingAt } from './simple-phrase';
import { CLAUSE_OPENERS } from './subordinators';

/** Conjunctions that join the members of a subject ("Snapchat and Mozilla", "Trump or Cruz"). */
const JOINERS: ReadonlySet<string> = new Set(['and', 'or', '&']);
/** At most this many members before the last one: a longer list is a clause chain, not a subject. */
const MAX_MEMBERS = 5;

/**
 * "Snapchat, Tumblr and Mozilla said": a subject phrase right after "and"/"or"
 * is the last member of a coordinated subject, and the speaker is all of
 * them, a group named as written (kind 'group': no single entity takes the
 * words of the others). Null when the phrase is no such last member.
 *
 * The coordination must open its clause (sentence start, a comma, a
 * subordinator, "that", a mark, a colon, a dash, or "both"/"either"): in
 * "he met Obama and Biden said" the words before the conjunction belong to
 * another clause, and Biden alone speaks. Members after a preposition belong
 * to the phrase before it, which speaks when it opens its clause ("Officials
 * from Britain and France said"), and to another clause when a verb governs
 * the preposition ("he met with Obama and Biden said").
 */
export function coordinatedSubjectPhrase(tokens: readonly Token[], last: Phrase, floor: number): Phrase | null {
  if (last.kind === 'pronoun' && !isSubjectCase(tokens[last.tokenStart]!)) return null;
  // 'Department of Health and Human Services Secretary Robert Kennedy said': the "and" is inside the
  // organization's name; the role and full name after it say one person speaks
  let joiner = last.tokenStart - 1;
  if (joiner <= floor || !JOINERS.has(tokens[joiner]!.lower)) return null;
  if (endsInRoleAndFullName(tokens, last) && joinerInsideOfName(tokens, joiner, floor)) return null;
  // an Oxford comma: "Snapchat, Tumblr, and Mozilla"
  let end = tokens[joiner - 1]?.text === ',' ? joiner - 1 : joiner;
  let start = -1;
  for (let n = 0; n < MAX_MEMBERS; n++) {
    const member = phraseEndingAt(tokens, end, floor);
    if (!member || member.tokenEnd !== end || !memberLike(tokens, member)) return null;
    start = member.tokenStart;
    if (tokens[start - 1]?.text !== ',' || start - 1 <= floor) break;
    // a comma before this member: another member before it, or the comma that opens the clause
    const previous = phraseEndingAt(tokens, start - 1, floor);
    if (!previous || previous.tokenEnd !== start - 1 || !memberLike(tokens, previous) || !listContinues(tokens, previous, floor)) break;
    end = start - 1;
  }
  if (start < 0) return null;
  // "Officials from Britain and France said": the members follow a preposition; the phrase before it speaks
  if (tokens[start - 1]?.pos === 'ADP' && !CLAUSE_OPENERS.has(tokens[start - 1]!.lower) && start - 1 > floor) {
    const owner = phraseEndingAt(tokens, start - 1, floor);
    return owner && owner.tokenEnd === start - 1 && owner.kind !== 'pronoun' && memberLike(tokens, owner) && opensClause(tokens, owner.tokenStart, floor) ? owner : null;
  }
  if (!opensClause(tokens, start, floor)) return null;
  if (PAIR_OPENERS.has(tokens[start - 1]?.lower ?? '')) start--;
  const span = { start: tokens[start]!.start, end: tokens[last.tokenEnd - 1]!.end };
  return { tokenStart: start, tokenEnd: last.tokenEnd, span, head: span, kind: 'group' };
}

const PAIR_OPENERS: ReadonlySet<string> = new Set(['both', 'either', 'neither']);
const SUBJECT_CASE: ReadonlySet<string> = new Set(['i', 'he', 'she', 'we', 'they']);

function isSubjectCase(t: Token): boolean {
  return SUBJECT_CASE.has(t.lower);
}

/** A member names someone: it ends in a noun, a proper noun or a subject pronoun. */
function memberLike(tokens: readonly Token[], p: Phrase): boolean {
  const head = tokens[p.tokenEnd - 1]!;
  if (p.kind === 'pronoun') return isSubjectCase(head);
  return head.pos === 'PROPN' || head.pos === 'NOUN';
}

/** The member before a comma belongs to the list when the comma before it, or the clause opening, precedes it too. */
function listContinues(tokens: readonly Token[], p: Phrase, floor: number): boolean {
  return opensClause(tokens, p.tokenStart, floor) || tokens[p.tokenStart - 1]?.text === ',';
}

/** Token `start` opens a clause: nothing before it in the sentence, or a clause boundary right before it. */
function opensClause(tokens: readonly Token[], start: number, floor: number): boolean {
  if (start <= floor) return true;
  const before = tokens[start - 1]!;
  if (PAIR_OPENERS.has(before.lower)) return opensClause(tokens, start - 1, floor);
  if (/^[,;:"“”‘’'(]$/.test(before.text) || isDashOrHyphen(before.text)) return true;
  // 'after' and 'because' open a clause whatever the tagger calls them
  return before.pos === 'SCONJ' || CLAUSE_OPENERS.has(before.lower) || before.lower === 'that' || before.lower === 'but' || before.lower === 'while';
}

/** The joiner at `j` sits in a run of capitalized words and commas opened by 'of' after a capitalized word ('Department of Health and', 'Bureau of Alcohol, Tobacco and'). */
function joinerInsideOfName(tokens: readonly Token[], j: number, floor: number): boolean {
  let k = j - 1;
  while (k > floor && (tokens[k]!.text === ',' || /^\p{Lu}/u.test(tokens[k]!.text))) k--;
  return tokens[k]?.lower === 'of' && k - 1 >= floor && /^\p{Lu}/u.test(tokens[k - 1]?.text ?? '');
}
