import type { Token } from '../../document';
import words from '../../data/quotes/words.json';
import { finiteVerbAt } from './finite-verbs';
import { isPastParticipleForm, participleAfter } from '../../nlp/passive';
import { afterPassiveAuxiliary, cueAt, personPronouns, speechFrame } from './lexicon';
import { mainClauseSubject } from './main-clause-subject';
import { subjectBefore, type Phrase } from './phrases';
import { actorHeadAt, headNoun } from './speaker-heads';
import { isSentenceSubordinator } from './subordinators';
import { invertedSubjectBefore, openingSubjectBefore } from './reported-steps/inverted-subject';

/** ', but' / ', and' opening a coordinated main clause: words.json `participleClauseCoordinators`. */
const CLAUSE_COORDINATORS: ReadonlySet<string> = new Set(words.participleClauseCoordinators.words);

/**
 * Who speaks through a participle cue set off by a comma ('..., vowing to
 * "open up" libel laws', '..., adding that ...'): one reading for the
 * attribution steps (05-verb-cues) and the cue a bare quotation's sentence
 * lends it (sentence-cue.ts). The subject after an inverted attribution
 * before it ('"...," said Tad Devine, a senior adviser, noting that'), else
 * the subject of a subordinate clause right before the comma ('Talks
 * collapsed after Pieter Omtzigt walked out of negotiations, accusing his
 * partners of ...'), else the main clause's subject before the comma ('Trump
 * has indicated he would curb critics, vowing'), else the noun phrase opening
 * the sentence right before the comma ('The Journal, citing internal
 * documents, reported'). `cueStart` is the participle; null when none of these stands there.
 */
export function commaParticipleSubject(tokens: readonly Token[], cueStart: number, first: number): Phrase | null {
  if (tokens[cueStart - 1]?.text !== ',') return null;
  return (
    invertedSubjectBefore(tokens, cueStart, first) ??
    subordinateClauseSubject(tokens, cueStart, first) ??
    mainClauseSubject(tokens, first, cueStart - 1, 'clause-initial') ??
    openingSubjectBefore(tokens, cueStart, first)
  );
}

/**
 * The participle goes on from the clause right before its comma: when that
 * clause is a subordinate one after the main clause ('came during a speech,
 * when Sanders protesters interrupted her speech, shouting', 'erupted two
 * months after the tycoon entered the race ..., calling'), its subject acts,
 * not the main clause's (PolNeAR train marks those participles' source so);
 * so does a coordinated main clause after ', but' or ', and' with a subject
 * of its own that can act, whether or not the clause before it speaks.
 * The nearest finite verb before the comma and its subject, when ', and' or
 * ', but' opens that subject and it acts (coordinatedActor), or a
 * subordinator not opening the sentence opens it after a main clause with no
 * speech cue; else null, and the main clause's subject is read instead.
 */
function subordinateClauseSubject(tokens: readonly Token[], cueStart: number, first: number): Phrase | null {
  for (let k = cueStart - 2; k > first; k--) {
    const t = tokens[k]!;
    if (t.inQuote || /^[.;:!?]$/.test(t.text)) return null;
    if (!finiteVerbAt(tokens, k)) continue;
    const s = subjectBefore(tokens, k, first);
    const opener = s ? tokens[s.start - 1] : undefined;
    if (!s || !opener || s.start - 1 <= first) return null;
    // 'The bank held rates, but Governor Lindqvist opened the door to a cut, saying ...': a coordinated clause's own subject
    if (CLAUSE_COORDINATORS.has(opener.lower) && tokens[s.start - 2]?.text === ',') return coordinatedActor(tokens, s.phrase, k) ? s.phrase : null;
    if (!isSentenceSubordinator(opener.lower)) return null;
    // 'Hannity said during a panel after the senator won his primary, remarking that ...': a main clause that speaks goes on speaking
    return speechCueBetween(tokens, first, s.start - 1) ? null : s.phrase;
  }
  return null;
}

/**
 * Whether a coordinated clause's subject, reached only by position, is the one who goes on acting through the
 * participle: a name, a personal pronoun or an actor head ('the governor', 'analysts'), not a thing ('its shares
 * fell', 'the measure takes effect'), and its verb at `verb` is active: a passive's subject undergoes the act
 * ('thousands of passengers were stranded', 'the suspect was released'), so the main clause's subject acts on.
 */
function coordinatedActor(tokens: readonly Token[], subject: Phrase, verb: number): boolean {
  if (passiveVerbAt(tokens, verb, subject.tokenEnd)) return false;
  if (subject.kind === 'name') return true;
  if (subject.kind === 'pronoun') return personPronouns.has(tokens[subject.tokenStart]!.lower);
  return actorHeadAt(tokens, headNoun(tokens, subject.tokenStart, subject.tokenEnd));
}

/** A passive at `verb`: a past participle after a form of 'be' ('were stranded'), or 'be' before one the tagger read as an adjective. */
function passiveVerbAt(tokens: readonly Token[], verb: number, floor: number): boolean {
  const t = tokens[verb]!;
  if (isPastParticipleForm(t.lower)) return afterPassiveAuxiliary(tokens, verb, floor);
  // unlike the look back, any word with the lemma "be" opens it here (what the subject's verb slot holds)
  return t.lemma === 'be' && participleAfter(tokens, verb);
}

/** A speech cue among tokens [from, to) outside quotation marks. */
function speechCueBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!tokens[k]!.inQuote && speechFrame(cueAt(tokens, k))) return true;
  return false;
}
