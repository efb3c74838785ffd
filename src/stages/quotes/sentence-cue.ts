import { tokenAt, type Sentence, type Span, type Token } from '../../document';
import type { Attribution } from './attribution';
import { cueSpan } from './attribution';
import { clauseAfterAddressee } from './addressee';
import { contentEnd, hasVerb } from './content';
import { cueAt, type Frame } from './lexicon';
import type { QuotationSite } from './pass';
import { subjectBefore, type Phrase } from './phrases';
import { subjectRunsIntoMarks } from './subject-into-marks';
import { endsLeadIn } from './lead-in';
import { commaParticipleSubject } from './participle-subject';
import { catenativeSubject } from './catenative-subject';
import { opensClause } from './main-clause-subject';
import { objectAsideLabel } from './object-aside-label';
import { objectAsideEnd } from './object-aside';
import { RELATIVE_NOUN_PHRASES, isRelative } from '../../nlp/pronouns';

export { endsLeadIn };
/** Tokens before the marks a governing cue is looked for in: keeps a sentence of thousands of cues linear. */
const MAX_REACH = 60;

/** Tokens after the opening mark a lent cue's content is read to: keeps a sentence of thousands of quotations linear. */
const MAX_AFTER_OPEN = 80;

/** The cue a bare quotation's sentence lends it, found by `sentenceCue`. */
export interface SentenceCue {
  cue: Span;
  subject: Phrase;
  /** where the reported content starts (after the cue and a 'that'); at the marks for 'X said, "..."' */
  contentStart: number;
  /** the reported content of the same cue (found by reported.ts) that stopped short of the marks, if any */
  attribution: Attribution | null;
  /** where the cue's content ends by its frame, when it runs on past the closing mark (sentenceCue only) */
  contentEnd?: number;
  /** an object's or infinitive's content, which 07-partial-spans stops at its last closing mark before a setting */
  endsAtQuote?: boolean;
}

/** Where a cue's content starts (a token index) and by which frame. */
interface FramedStart {
  k: number;
  frame: Frame;
}

/**
 * 'Swers said because Obama is popular with Democratic voters, "he's a very
 * good campaign surrogate for her."': quoted words with no cue at their marks
 * and no reported content holding them are the words of the speech cue that
 * governs their sentence: the nearest cue before the marks whose subject
 * opens the sentence or follows a comma (not 'When critics said ...'), with
 * no other quotation, colon or clause end between, whose content reaches the
 * marks by one of its frames (`contentStartOf`): 'an island it claims as
 * "sacred"' names, it does not quote. Null when there is no such cue.
 */
export function sentenceCue(tokens: readonly Token[], sentences: readonly Sentence[], site: QuotationSite): SentenceCue | null {
  const open = site.openToken;
  const sentence = quotationSentence(tokens, sentences, site);
  if (!sentence) return null;
  for (let i = open - 1; i >= sentence.tokenStart && open - i <= MAX_REACH; i--) {
    const t = tokens[i]!;
    if (endsLeadIn(t)) return null;
    const cue = cueAt(tokens, i);
    if (!cue || cue.end > open) continue;
    const framed = contentStartOf(tokens, cue.frames, cue.start, cue.end, open);
    if (!framed) continue;
    // 'is pledging to "..."' is a finite progressive; '..., vowing to "..."' speaks for the main clause's subject;
    // any other bare participle's subject stands elsewhere ('celebrating a victory, ...')
    const bare = cue.bare === true;
    if (bare && tokens[i - 1]?.text !== ',') return null;
    // 'voters who wonder why ...': a cue in a relative clause governs no quote; the main clause's cue may be further back
    if (isRelative(tokens[i - 1], RELATIVE_NOUN_PHRASES)) continue;
    // 'went on to say he's "confident"': a cue in an infinitive speaks for the subject of the verb taking it
    const subject = bare ? commaParticipleSubject(tokens, i, sentence.tokenStart) : mainClauseSubjectOf(tokens, i, sentence.tokenStart) ?? catenativeSubject(tokens, i, sentence.tokenStart);
    if (!subject) return null;
    const span = cueSpan(tokens, cue);
    const attribution = site.around.find((a) => a.cue.start === span.start) ?? null;
    // where the cue's content ends by its frame, past the marks when its clause or object runs on ('called the Saudis "free riders" who rely ...')
    const last = contentEnd(tokens, framed.k, Math.min(sentence.tokenEnd, open + MAX_AFTER_OPEN), framed.frame, [], true);
    const contentStop = last > open ? tokens[last - 1]!.end : site.span.end;
    return { cue: span, subject, contentStart: tokens[framed.k]!.start, attribution, contentEnd: contentStop, endsAtQuote: framed.frame !== 'clause' && framed.frame !== 'objectClause' };
  }
  return null;
}

/**
 * The sentence holding the opening mark of a quotation in one piece, the
 * only kind whose words a lead-in's clause can govern (sentenceCue,
 * thatClauseLead, labelAs); undefined for a quotation in pieces.
 */
export function quotationSentence(tokens: readonly Token[], sentences: readonly Sentence[], site: QuotationSite): Sentence | undefined {
  if (site.quotation.pieces.length !== 1) return undefined;
  const mark = tokens[site.openToken];
  return mark ? sentences[mark.sentence] : undefined;
}

/** The subject before a finite cue at `i` when it opens the sentence or follows a comma ('When critics said ...' has none). */
function mainClauseSubjectOf(tokens: readonly Token[], i: number, floor: number): Phrase | null {
  const s = subjectBefore(tokens, i, floor);
  return s && opensClause(tokens, s.start, floor) ? s.phrase : null;
}

/**
 * Where the content of a cue ending at `cueEnd` starts when it reaches the
 * marks at `open` by one of its frames, or -1: a clause ('said [that] ... VERB
 * ... "'), a clause after an object ('told one of his proteges that
 * "..."'), or an infinitive right before the marks ('vows to "defend ..."',
 * 'told his supporters to "go ..."').
 */
function contentStartOf(tokens: readonly Token[], frames: readonly string[], cueStart: number, cueEnd: number, open: number): FramedStart | null {
  const start = (k: number, frame: Frame): FramedStart | null => (k < 0 ? null : { k, frame });
  if (frames.includes('clause')) {
    let k = cueEnd;
    while (k < open && (tokens[k]!.lower === 'that' || tokens[k]!.text === ',')) k++;
    // 'stated of the email scandal that the report "wasn't good"', 'told New Hampshire on Monday that ...': an addressee or setting before 'that' is no part of the clause
    const afterAddressee = clauseAfterAddressee(tokens, k, open, (j) => j === open || hasVerb(tokens, j, open) || subjectRunsIntoMarks(tokens, j, open));
    if (afterAddressee >= 0) return start(afterAddressee, 'clause');
    if (k === open || hasVerb(tokens, k, open) || subjectRunsIntoMarks(tokens, k, open)) return start(k, 'clause');
  }
  if (frames.includes('objectClause')) {
    for (let k = open - 1; k > cueEnd; k--) if (tokens[k]!.lower === 'that') return k + 1 === open || hasVerb(tokens, k + 1, open) ? start(k + 1, 'objectClause') : null;
  }
  // 'called that report Friday a "boldfaced lie."', 'call Trump "very flexible"': the quote completes a short object
  if (frames.includes('object') && open - cueEnd <= 5 && tokens[cueEnd]?.pos !== 'ADP' && !hasVerb(tokens, cueEnd, open)) return start(cueEnd, 'object');
  if (frames.includes('object')) {
    const object = objectThenPredicate(tokens, cueEnd, open);
    if (object >= 0) return start(object, 'object');
    // 'called Clinton, his challenger, an ISIS "co-founder"': an aside on the object before the label
    const labelled = objectAsideLabel(tokens, cueStart, cueEnd, open);
    if (labelled >= 0) return start(labelled, 'object');
  }
  const to = tokens[open - 1]?.lower === 'to' ? open - 1 : tokens[open - 2]?.lower === 'to' && tokens[open - 1]!.pos === 'VERB' ? open - 2 : -1;
  if (to < cueEnd) return null;
  if (frames.includes('infinitive') && to === cueEnd) return start(to, 'infinitive');
  if (frames.includes('objectTo') && to > cueEnd && to - cueEnd <= 6) return start(cueEnd, 'objectTo');
  return null;
}

/** Words naming the object's label or charge: 'described X as', 'accused X of'. */
const OBJECT_PREDICATE: ReadonlySet<string> = new Set(['as', 'of']);
/** Tokens an object may take before its 'as' / 'of', and the label after it before the marks. */
const MAX_OBJECT = 8;
const MAX_LABEL = 8;

/**
 * 'referred to Mexican immigrants as "criminals"', 'identified the judge as
 * "Spanish,"', 'will accuse you of engaging in a "freak out."': a short
 * object (after a 'to' the verb takes) and its label after 'as' or charge
 * after 'of' end in the marks; the content starts at the object, as PolNeAR
 * marks it (after the 'to'), or -1. No verb in the object; an 'as' label
 * holds no verb either.
 */
function objectThenPredicate(tokens: readonly Token[], cueEnd: number, open: number): number {
  let from = cueEnd;
  if (tokens[from]?.lower === 'to' && tokens[from + 1]?.pos !== 'VERB') from++;
  for (let k = from + 1; k < open && k - from <= MAX_OBJECT; k++) {
    // 'praising Jeb Bush, who ended his bid Saturday, as "..."': an aside on the object is passed over
    const aside = tokens[k]!.text === ',' && !hasVerb(tokens, from, k) ? predicateAfterAside(tokens, k, open) : -1;
    if (aside >= 0) k = aside;
    if (!OBJECT_PREDICATE.has(tokens[k]!.lower)) continue;
    if ((aside < 0 && hasVerb(tokens, from, k)) || open - k - 1 > MAX_LABEL) return -1;
    // 'accused X of wanting to "..."': a verb may head the charge; an 'as' label is a noun phrase
    if (tokens[k]!.lower === 'as' && hasVerb(tokens, k + 1, open)) return -1;
    return from;
  }
  return -1;
}

/** Tokens an aside on the object may take between its commas. */
const MAX_ASIDE = 16;

/**
 * The 'as' or 'of' right after an aside set off by commas on an object, the
 * first comma at `comma` ('a federal judge, Gonzalo P. Curiel, of', 'Jeb
 * Bush, who ended his bid Saturday, as'; object-aside.ts); -1 when the comma
 * opens anything else.
 */
function predicateAfterAside(tokens: readonly Token[], comma: number, open: number): number {
  const close = objectAsideEnd(tokens, comma, open, MAX_ASIDE);
  return close >= 0 && OBJECT_PREDICATE.has(tokens[close + 1]?.lower ?? '') ? close + 1 : -1;
}
