import type { Token } from '../../document';
import cues from '../../data/quotes/cues.json';
import deedsWithClauses from '../../data/quotes/deeds-with-clauses.json';
import { cueIsCompoundNoun } from './compound-noun-cue';
import { refusesToAnswer, reportsDeed } from './deed-contents';
import { cueSide, tokensOf, type UnjudgedQuote } from './features';
import { callsWithoutLabel } from './call-without-label';
import { findsNoFinding } from './finding-deeds';
import { nounPhraseObject } from './noun-phrase-object';
import { holdsExpectation } from './expectation-view';
import { namesOnlyObject } from './content-pointers';
import { viewAsIndexAt } from './view-as-cue';
import { speakerNamesNobody } from './negative-speakers';
import { WH_COMPLEMENTIZERS } from './wh-complementizers';
import { headlineDeed, namingParticiple, scheduledResults } from './unreported-shapes';

/** Cue verbs of intention, planning or deeds, not of words (src/data/quotes/cues.json `notSpeech`). */
const NOT_SPEECH: ReadonlySet<string> = new Set(cues.notSpeech.lemmas);
/** Cues that report words only when their content is what was said, not a prepositional phrase (cues.json `onlyWithObject`). */
const ONLY_WITH_OBJECT: ReadonlySet<string> = new Set(cues.onlyWithObject.lemmas);
/** Cues that report words only when a clause follows ('added that ...'), a deed with a noun phrase ('added two assists'): cues.json `onlyWithClause`. */
const ONLY_WITH_CLAUSE: ReadonlySet<string> = new Set(cues.onlyWithClause.lemmas);
/** Cues of knowing that report a stance only with a clause or an indirect question ('knew that ...'), an acquaintance with a noun phrase ('has known Trump since the 1970s'): cues.json `onlyWithProposition`. */
const ONLY_WITH_PROPOSITION: ReadonlySet<string> = new Set(cues.onlyWithProposition.lemmas);
/** Deed cues that report a finding when a that-clause follows ('Video shows that ...'): deeds-with-clauses.json. */
const FINDING_WITH_THAT: ReadonlySet<string> = new Set(deedsWithClauses.lemmas);
/** Deed cues that report a view held when an object and its infinitive follow ('Officials expect the deal to close'): deeds-with-clauses.json `objectInfinitive`. */
const VIEW_WITH_OBJECT_INFINITIVE: ReadonlySet<string> = new Set(deedsWithClauses.objectInfinitive.lemmas);
const LEADS_NO_CONTENT: ReadonlySet<string> = new Set(['ADP', 'CCONJ']);
const NOUN_TAGS: ReadonlySet<string> = new Set(['NOUN', 'PROPN']);
/** Word classes of the noun phrase after a subject's 'of' ('the head of the regional agency'). */
const OF_PHRASE_TAGS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);

/**
 * Whether a quote reports words someone said, wrote or holds: a paraphrase
 * whose cue is an intention or a deed ("prepared to raise rates", "attacked
 * the station", "which they cited as evidence") is not, and neither is a
 * paraphrase nobody is named for, nor one whose subject names nobody ('Not everyone welcomed ...'), nor one of "cite" or "blame"
 * whose content opens with a preposition ("which they cited as evidence",
 * "blamed on him"), nor one of "add" whose content is no clause ("added two assists"). "show" reports a finding with a that-clause ('Polls
 * showed that ...'), a deed without. Quoted words are kept whatever the cue, but for a partial quote in the
 * question a speaker refused to answer ('declined to say whether the plan was "a disaster"', deed-contents.ts).
 */
export function reportsSpeech(tokens: readonly Token[], q: UnjudgedQuote): boolean {
  // 'Not everyone welcomed the ceremony': a paraphrase or partial quote whose subject names nobody (negative-speakers.ts)
  if (q.kind !== 'direct' && speakerNamesNobody(tokens, q)) return false;
  if (q.kind === 'partial' && q.cue) {
    const cueHead = tokensOf(tokens, q.cue.span)[0];
    return cueHead === undefined || !tokens[cueHead] || !refusesToAnswer(tokens, q, cueHead);
  }
  if (q.kind !== 'indirect') return true;
  if (q.speaker.mention === null && q.speaker.name === null && q.speaker.entityId === null) return false;
  // 'Councillors reject 240-home plan': a headline's deed or stance object (unreported-shapes.ts)
  if (headlineDeed(tokens, q)) return false;
  if (!q.cue) return true;
  const headIndex = tokensOf(tokens, q.cue.span)[0];
  const head = tokens[headIndex];
  if (!head) return true;
  if (reportsDeed(tokens, q, headIndex) || scheduledResults(tokens, q, headIndex)) return false;
  // 'requested anonymity to speak freely': what was asked for, nothing said (content-pointers.ts)
  if (namesOnlyObject(tokens, q)) return false;
  // 'a group called Lashkar-e-Taiba belongs on the list': a participle naming a noun (unreported-shapes.ts)
  if (namingParticiple(tokens, q, headIndex)) return false;
  // 'And weather forecasts we can trust': a compound noun read as subject and verb (compound-noun-cue.ts)
  if (cueIsCompoundNoun(tokens, headIndex)) return false;
  // 'Fox News found itself playing host', 'Roger Ailes helped found Fox News': no finding (finding-deeds.ts)
  if (findsNoFinding(tokens, q, headIndex)) return false;
  // 'see X as Y' whose content stops before its 'as' ('[Police saw] the suspect'): the label, which is the view, is lost
  if (viewContentStopsBeforeAs(tokens, q, headIndex)) return false;
  // 'Mr. Obama called Naghmeh Abedini': a telephone call, no label said (call-without-label.ts)
  if (callsWithoutLabel(tokens, q, headIndex)) return false;
  if (head.lemmas.some((l) => NOT_SPEECH.has(l)))
    return (
      (head.lemmas.some((l) => FINDING_WITH_THAT.has(l)) && (thatBefore(tokens, q) || finiteClause(tokens, q))) ||
      (head.lemmas.some((l) => VIEW_WITH_OBJECT_INFINITIVE.has(l)) && holdsExpectation(tokens, q, headIndex))
    );
  // ("But, the former CEO added, it's not the way to win", "While ..., she added, ...": a paraphrase before or around
  // its cue is the clause the cue closes or interrupts, no object)
  if (head.lemmas.some((l) => ONLY_WITH_CLAUSE.has(l))) return cueAfterContentStart(q) || thatBefore(tokens, q) || (finiteClause(tokens, q) && subjectBeforeVerb(tokens, q));
  // 'has known Trump since the 1970s' is an acquaintance; 'knew the mayor lied' a proposition, so the clause test is
  // any verb form (noun-phrase-object.ts), not the 'add' test above, which a simple past does not pass
  if (head.lemmas.some((l) => ONLY_WITH_PROPOSITION.has(l))) return cueAfterContentStart(q) || thatBefore(tokens, q) || opensQuestion(tokens, q) || !nounPhraseObject(tokens, ...tokensOf(tokens, q.span));
  if (!head.lemmas.some((l) => ONLY_WITH_OBJECT.has(l))) return true;
  const lead = tokens[tokensOf(tokens, q.span)[0]];
  return !lead || lead.lower === 'that' || !LEADS_NO_CONTENT.has(lead.pos);
}

/** The content is an indirect question ('did not know how many tunnels there are', 'knows whether ...'). */
function opensQuestion(tokens: readonly Token[], q: UnjudgedQuote): boolean {
  const [from, to] = tokensOf(tokens, q.span);
  return to > from && WH_COMPLEMENTIZERS.has(tokens[from]!.lower);
}

/** The content follows "that" ('shows that Crutcher had ...'): ours starts after it. */
function thatBefore(tokens: readonly Token[], q: UnjudgedQuote): boolean {
  const [from] = tokensOf(tokens, q.span);
  return tokens[from - 1]?.lower === 'that' || tokens[from]?.lower === 'that';
}

/**
 * The content is a clause without 'that' ('expected the president would hand him changes', 'Polls show Trump leads'):
 * a finite verb or auxiliary comes before any infinitive's 'to' ('expects them to become', 'expected to visit' are no clause).
 * An 'of' right after a noun stays inside the subject ('added the head of the agency would resign'); any other
 * preposition ends it ('added a second from the penalty spot' is no clause).
 */
function finiteClause(tokens: readonly Token[], q: UnjudgedQuote): boolean {
  const [from, to] = tokensOf(tokens, q.span);
  let afterOf = false;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (!afterOf && t.lower === 'of' && k > from && NOUN_TAGS.has(tokens[k - 1]!.pos)) {
      afterOf = true;
      continue;
    }
    // after 'of' only a noun phrase may come before the verb: a comma, relative or second 'of' is no subject
    // ('added a note of caution, should Clinton attempt', 'an analysis of super PACs that have raised')
    if (afterOf && !OF_PHRASE_TAGS.has(t.pos) && t.pos !== 'AUX' && t.pos !== 'VERB') return false;
    if (t.lower === 'to' || t.pos === 'ADP' || t.pos === 'SCONJ') return false;
    // 'show directions, messages and live translation': a verb right after a list's comma or 'and' is a noun misread, no clause's verb
    if (t.pos === 'AUX' || (t.pos === 'VERB' && k > from && !/(ing|ed|en)$/.test(t.lower) && !afterListJoint(tokens[k - 1]!))) return true;
  }
  return false;
}

/** A comma or coordinator: what follows it joins a list or a second clause, not the first clause's subject. */
function afterListJoint(t: Token): boolean {
  return t.text === ',' || t.pos === 'CCONJ';
}

/** A noun or pronoun comes before the content's first verb ('the company would appeal'), as a clause's subject does; 'two assists in 13 games' (a noun read as a verb) has none. */
function subjectBeforeVerb(tokens: readonly Token[], q: UnjudgedQuote): boolean {
  const [from, to] = tokensOf(tokens, q.span);
  for (let k = from; k < to; k++) {
    const pos = tokens[k]!.pos;
    if (pos === 'NOUN' || pos === 'PROPN' || pos === 'PRON') return true;
    if (pos === 'VERB' || pos === 'AUX') return false;
  }
  return false;
}

/** The content starts before its cue (the cue closes or interrupts it), so it is no object after the verb. */
function cueAfterContentStart(q: UnjudgedQuote): boolean {
  return q.cue !== null && cueSide(q.cue.span, q.span) !== 'before';
}

/** A 'see X as Y' view (view-as-cue.ts) whose content ends at or before the 'as': an object with no view in it. */
function viewContentStopsBeforeAs(tokens: readonly Token[], q: UnjudgedQuote, headIndex: number): boolean {
  const as = viewAsIndexAt(tokens, headIndex);
  return as >= 0 && tokensOf(tokens, q.span)[1] <= as + 1;
}
