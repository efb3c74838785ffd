import type { Token } from '../../../document';
import { isClauseStart } from '../content';
import { phraseStartingAt, subjectBefore, type Phrase } from '../phrases';
import { namesNoOne } from '../referents';
import { actorHeadAt, headNoun } from '../speaker-heads';
import { isSentenceSubordinator } from '../subordinators';

/**
 * Is the cue at `cueStart` inside a clause that opens the sentence (from
 * `start`, no comma before the cue) and ends at a comma before the main
 * clause? So when the cue is the opening participle ('Having announced
 * that ...', 'Announcing that ...') or a subordinator stands right before the
 * cue's subject after a short setting ('A few weeks after Obama announced
 * that ...').
 */
function openingClauseCue(tokens: readonly Token[], start: number, cueStart: number): boolean {
  const opener = tokens[start];
  if (!opener) return false;
  // 'Announcing that ...' (an -ing participle first) or 'Having announced that ...'
  if (opensSentence(tokens, cueStart, start) && (cueStart > start || (tokens[cueStart]!.pos === 'VERB' && tokens[cueStart]!.lower.endsWith('ing')))) return true;
  const subject = subjectBefore(tokens, cueStart, start);
  if (!subject || subject.start <= start) return false;
  const before = tokens[subject.start - 1]!;
  return (before.pos === 'SCONJ' || before.pos === 'ADP') && isSentenceSubordinator(before.lower);
}

/**
 * "After the mayor said that ..., residents returned": no comma comes before
 * the cue, and the sentence opens with a subordinator (after a conjunction:
 * 'But if Carson implied that ...'), or the cue is its opening participle
 * ('Having announced that ...'), or a subordinator right before the cue's
 * subject opens its clause ('A few weeks after Obama announced that ...').
 */
export function opensWithSubordinator(tokens: readonly Token[], first: number, cueStart: number): boolean {
  if (commaWithin(tokens, first + 1, cueStart)) return false;
  const start = tokens[first]?.pos === 'CCONJ' ? first + 1 : first;
  if (isSentenceSubordinator(tokens[start]?.lower ?? '')) return true;
  return openingClauseCue(tokens, start, cueStart);
}

/** Is there a comma among tokens [from, to)? */
export function commaWithin(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.text === ',') return true;
  return false;
}

/** Does the participle cue at `cueStart` open the sentence starting at `first` ('Announcing that ...', 'Having announced that ...')? */
export function opensSentence(tokens: readonly Token[], cueStart: number, first: number): boolean {
  return cueStart === first || (cueStart === first + 1 && tokens[first]!.lower === 'having');
}

/**
 * 'Having announced that he would not send me to prison, Judge Berman
 * proceeded': who speaks through a participle opening the sentence is the
 * subject of the main clause after the first comma past the content's start
 * (`from`) that opens a clause; null when none does.
 */
export function openingParticipleSubject(tokens: readonly Token[], from: number, end: number): Phrase | null {
  for (let c = from + 1; c < end - 1; c++) {
    if (tokens[c]!.text !== ',' || tokens[c]!.inQuote || !isClauseStart(tokens, c + 1, end)) continue;
    const subject = phraseStartingAt(tokens, c + 1, end);
    return subject && canSpeak(tokens, subject) ? subject : null;
  }
  return null;
}

/**
 * 'Announcing that the plant would close, the company's shares fell': a dangling participle's main clause
 * often has a subject that never spoke. Only a name, a pronoun or a noun that can name a speaker
 * (a person by role, a group or an organization in speaker-heads.ts, and not a document or date by referents.ts) takes the participle's words.
 */
function canSpeak(tokens: readonly Token[], subject: Phrase): boolean {
  if (subject.kind === 'pronoun') return true;
  const at = headNoun(tokens, subject.tokenStart, subject.tokenEnd);
  return at < 0 || (actorHeadAt(tokens, at) && !namesNoOne(tokens[at]!));
}
