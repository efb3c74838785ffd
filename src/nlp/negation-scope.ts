import type { Token } from '../document';
import scopeWords from '../data/lexicon/negation-scope.json';
import { isParticipleOnly } from './morphology';
import { isPastParticipleForm } from './passive';
import { NON_APOSTROPHE_MARKS } from './quotation-marks';

const CLAUSE_OPENERS: ReadonlySet<string> = new Set(scopeWords.clauseOpeners);
const CONTRAST_CONJUNCTIONS: ReadonlySet<string> = new Set(scopeWords.contrastConjunctions);
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(scopeWords.subjectPronouns);
const NOMINATIVE_PRONOUNS: ReadonlySet<string> = new Set(scopeWords.nominativePronouns);
const PASSIVE_GET: ReadonlySet<string> = new Set(scopeWords.passiveGet);
/** tags a clause opener carries when it opens a clause ('that' as a determiner, 'before' as a preposition do not) */
const OPENER_TAGS: ReadonlySet<string> = new Set(['PRON', 'SCONJ', 'ADV']);
/** the words of a noun phrase before its determiner, walked back from a new clause's verb to find its subject */
const NOUN_PHRASE_TAGS: ReadonlySet<string> = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);
/** what a negated verb group is made of before its verb ("has not yet been seen") */
const VERB_GROUP_TAGS: ReadonlySet<string> = new Set(['AUX', 'ADV', 'PART']);
const NOMINAL = -2;
/** the longest quotation read as a scare quote, in tokens ("low road", "on pace to get": under one in two of the
 * cuts at a mark of three or four quoted words on PolNeAR train were a quotation ending the negated clause) */
const SCARE_QUOTE_WORDS = 4;
/** what follows a 'that' which opens a clause on its own: a subject pronoun, a clause's auxiliary, a determiner
 * ('that' cannot be one before another) or a name ("say that Hamas used") */
const THAT_CLAUSE_STARTS: ReadonlySet<string> = new Set(['AUX', 'PRON', 'DET', 'PROPN']);
/** the words of a noun phrase that 'that' may determine ("that summit", "that powerful coalition") */
const THAT_NOUN_PHRASE_TAGS: ReadonlySet<string> = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * wink-nlp's negation flag runs from a negation word to the next punctuation,
 * over relative clauses, conjunctions and quotation marks ("the man who did
 * not come said the plan was fine" flags "said", "plan" and "fine"). This
 * narrows each run of flagged tokens once, for every stage: the scope ends
 * before a quotation mark, a clause opener ('who', 'that', 'because'), 'but'
 * ('not A but B' says B), 'and'/'or' before a new subject, an auxiliary or a
 * finite verb, and before a new clause's subject and verb once the negated
 * verb group is over ("did not say the plan was fine": "say" only; not
 * before a participle, "did not attend the summit held in Paris"). wink's
 * flag starts after the negation word, and so does the narrowed scope.
 */
export function narrowNegationScopes(tokens: readonly Token[]): void {
  let i = 0;
  while (i < tokens.length) {
    if (!tokens[i]!.negated) {
      i++;
      continue;
    }
    let end = i;
    // wink leaves a word's hyphen out of the scope ("no fast - tracked agreement"): the run goes on over it
    while (end < tokens.length && tokens[end]!.sentence === tokens[i]!.sentence && (tokens[end]!.negated || isHyphenInScope(tokens, end))) end++;
    // wink leaves a quotation mark out of the scope it runs over (' "we never agreed" he said' flags "he said"):
    // a run that starts after one has no negation word of its own
    const cut = NON_APOSTROPHE_MARKS.has(tokens[i - 1]?.text ?? '') && !isScareQuoteMark(tokens, i - 1) ? i : scopeEnd(tokens, i, end);
    for (let k = cut; k < end; k++) tokens[k]!.negated = false;
    i = end;
  }
}

function isHyphenInScope(tokens: readonly Token[], k: number): boolean {
  return tokens[k]!.text === '-' && tokens[k - 1]?.negated === true && tokens[k + 1]?.negated === true;
}

/** Where the scope flagged over [from, to) ends: the first token it no longer reaches, `to` when it reaches all. */
function scopeEnd(tokens: readonly Token[], from: number, to: number): number {
  // the negated verb's index once the verb group (auxiliaries, adverbs, the verb) is read; -1 before it,
  // NOMINAL when the scope opens on a noun phrase ("no fast-tracked trade agreement has"): no verb group to end
  let mainVerb = -1;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (NON_APOSTROPHE_MARKS.has(t.text)) {
      if (!isScareQuoteMark(tokens, k)) return k;
      continue;
    }
    if (k > from && CLAUSE_OPENERS.has(t.lower) && OPENER_TAGS.has(t.pos) && (t.lower !== 'that' || thatOpensClause(tokens, k))) return k;
    if (t.pos === 'CCONJ') {
      if (CONTRAST_CONJUNCTIONS.has(t.lower)) return k;
      if (opensClause(tokens[k + 1], tokens[mainVerb])) return k;
      continue;
    }
    if (mainVerb === NOMINAL) continue;
    if (mainVerb < 0) {
      if (t.pos === 'VERB') mainVerb = k;
      else if (!VERB_GROUP_TAGS.has(t.pos)) mainVerb = NOMINAL;
      continue;
    }
    if (!isFiniteVerb(t) || tokens[k - 1]?.lower === 'to') continue;
    // "who did not come said": a finite verb right after the negated one opens the main clause
    if (k === mainVerb + 1) {
      if (t.pos === 'VERB' && !PASSIVE_GET.has(tokens[mainVerb]!.lemma) && tokens[mainVerb]!.lower === tokens[mainVerb]!.lemma) return k;
      continue;
    }
    // "did not say the plan was fine": the new clause starts at its subject; a form that can be a past participle
    // modifies the noun before it ("did not attend the summit held in Paris", "the talks hosted by Qatar"): no clause
    if (!isClauseVerb(t, NOMINATIVE_PRONOUNS.has(tokens[k - 1]!.lower))) continue;
    const subject = subjectStart(tokens, mainVerb, k);
    if (subject < k) return subject;
  }
  return to;
}

/**
 * The first token of the subject of the verb at `verb`, read back to `after`: a pronoun alone ("a word || I said"),
 * or nouns and adjectives up to and with their determiner; `verb` when there is none. A noun phrase after a
 * preposition is its object, and a participle after one modifies it ("conform in a family dominated by"): no subject.
 */
function subjectStart(tokens: readonly Token[], after: number, verb: number): number {
  let at = verb;
  if (tokens[at - 1]?.pos === 'PRON' && at - 1 > after) at--;
  else {
    while (at - 1 > after && NOUN_PHRASE_TAGS.has(tokens[at - 1]!.pos)) at--;
    if (at - 1 > after && tokens[at - 1]!.pos === 'DET') at--;
  }
  return at < verb && tokens[at - 1]?.pos === 'ADP' ? verb : at;
}

/**
 * A mark of a quotation of a few words inside the sentence ('will not take the "low road"', 'words like "maybe"'):
 * the negation reads through it, as through any other words. A longer quotation is someone else's words.
 */
function isScareQuoteMark(tokens: readonly Token[], mark: number): boolean {
  let words = 0;
  if (tokens[mark + 1]?.inQuote) for (let k = mark + 1; k < tokens.length && tokens[k]!.inQuote && words <= SCARE_QUOTE_WORDS; k++) words++;
  else for (let k = mark - 1; k >= 0 && tokens[k]!.inQuote && words <= SCARE_QUOTE_WORDS; k--) words++;
  return words > 0 && words <= SCARE_QUOTE_WORDS;
}

/** After 'and'/'or': a subject pronoun, an auxiliary or a finite verb other than the negated verb's own form. */
function opensClause(next: Token | undefined, mainVerb: Token | undefined): boolean {
  if (next === undefined) return false;
  if (SUBJECT_PRONOUNS.has(next.lower) || next.pos === 'AUX') return true;
  // "did not come and said" (a bare verb, then a finite one) but not "did not eat or drink", "was not arrested or charged"
  // (nor "would not support deportation or driving out", where the -ing form is the verb's second object)
  return next.pos === 'VERB' && mainVerb !== undefined && mainVerb.lower === mainVerb.lemma && isFiniteVerb(next);
}

/**
 * 'that' opens a clause when a subject or a clause's verb follows ("think that he was", "lobbyists that want",
 * "believe that's going", "say that the plan was", "say that Hamas used"), not as a pronoun before a bare verb, a
 * preposition or an adverb ("never had that happen", "not seen that with anyone", "won't change it all that much").
 * Before a noun or an adjective it is a determiner, whatever wink tags it ("did not attend that summit", "has not
 * signed that treaty"), unless the noun phrase has a verb of its own that cannot be a participle ("that voters
 * want"; not "that summit held in Paris").
 */
function thatOpensClause(tokens: readonly Token[], that: number): boolean {
  const next = tokens[that + 1];
  if (next === undefined) return false;
  if (THAT_CLAUSE_STARTS.has(next.pos) || isFiniteVerb(next)) return true;
  let k = that + 1;
  while (tokens[k] !== undefined && THAT_NOUN_PHRASE_TAGS.has(tokens[k]!.pos)) k++;
  const verb = tokens[k];
  return k > that + 1 && verb !== undefined && isClauseVerb(verb, false);
}

/**
 * A verb that makes the words before it a new clause's subject: an auxiliary, or a finite verb that cannot be a past
 * participle ("says"; "went" is in the table of past forms, so it is left alone). A past form after a noun phrase is
 * as often a participle modifying it ("the meeting called by Macron"), and a scope cut there would drop the negated
 * noun: a missed cut costs less than a wrong status. After a `sureSubject` (a subject pronoun: "did not think he
 * won") a past form is the clause's verb; a form only a participle has ("get it done") is not.
 */
function isClauseVerb(t: Token, sureSubject: boolean): boolean {
  if (t.pos === 'AUX') return true;
  if (!isFiniteVerb(t)) return false;
  return sureSubject ? !isParticipleOnly(t.lower) : !isPastParticipleForm(t.lower);
}

/** An auxiliary, or a verb in a form other than its bare one ("said", "was", not "go"): a clause's own verb. */
function isFiniteVerb(t: Token): boolean {
  return t.pos === 'AUX' || (t.pos === 'VERB' && t.lower !== t.lemma && !t.lower.endsWith('ing'));
}
