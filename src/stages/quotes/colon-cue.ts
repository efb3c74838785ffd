import { tokenAt, type Sentence, type Token } from '../../document';
import type { QuotationSite } from './pass';
import { DASH_OR_HYPHEN_CLASS, isDashOrHyphen } from '../../nlp/hyphens';
import { isPastForm } from '../../nlp/morphology';
import { coordinatedSubject } from './direct';
import { phraseEndingAt, subjectBefore } from './phrases';
import { parenthesisStart } from '../../nlp/parentheses';
import { endsLeadIn, type SentenceCue } from './sentence-cue';
import { FREE_RELATIVES, POSSESSIVE_DETERMINERS, SUBJECT_RELATIVES, isRelative } from '../../nlp/pronouns';
import words from '../../data/quotes/words.json';

/**
 * What may come right before the subject when it does not open the sentence: 'Asked whether ..., Mr. Smith shot back:',
 * '... contests - Philip Bump:': a comma, a hyphen-minus or a dash of the shared list.
 */
function clauseOpener(text: string): boolean {
  return text === ',' || isDashOrHyphen(text);
}

/** Dashes written onto a lead's first word ('-More from'). */
const LEADING_DASHES = new RegExp(`^[${DASH_OR_HYPHEN_CLASS}]+`);

/** A relative or question word as a verb's subject: the verb is in a clause inside the lead-in ('apologized for what happened:'). */
const WH_SUBJECTS: ReadonlySet<string> = new Set([...SUBJECT_RELATIVES, ...FREE_RELATIVES]);

/** 'More from Blumenthal and Cohen:', 'According to HuffPo:': a lead naming the source of the quotation (words.json `colonSourceLeads`), each a list of lower-cased words. */
const SOURCE_LEADS: ReadonlyArray<readonly string[]> = words.colonSourceLeads.phrases.map((p) => p.split(' '));

/** A fact check's or live page's row labels before a colon ('Claim:', 'Verdict:', "Editor's note:"): words.json `colonPageLabels`. */
const PAGE_LABELS: ReadonlySet<string> = new Set(words.colonPageLabels.labels);

/** Tokens between the lead-in's verb and its colon: 'addressed the supporters again:' but not a whole second clause. */
const MAX_VERB_TO_COLON = 8;
/**
 * Tokens between the lead-in's verb and its colon when only a noun phrase and its prepositions stand there ('opened
 * with a joke about last year's delayed launch:'): no second clause can hide in them.
 */
const MAX_PHRASE_TO_COLON = 12;
/** Word classes of a noun phrase and its prepositions. */
const PHRASE_TAGS: ReadonlySet<string> = new Set(['ADP', 'DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);

/**
 * 'The Christie supporter retorted: "There is a special place ..."',
 * 'Mr. Christie gloated: "I told you ..."', 'Pollster Daron Shaw: "Historically,
 * ..."': a colon right before the marks introduces the quotation as the words
 * of the sentence's subject, whatever the verb (the cue lexicon lists speech
 * verbs; a colon lead-in makes retorted, boomed, went on or shot back one).
 * The quotation must read as speech (the caller checks: clause-like, opening
 * with a capital), the subject opens the sentence (an 'And' may come first) or follows a comma or dash, and the verb (the last
 * before the colon, a few words before it at most) has no clause end or other
 * quotation after it; with no verb, the words before the colon must be a name
 * alone ('Clinton:', 'Frank Newport and Jim Harter:', the last name speaking
for the pair). Null otherwise. The content is the quotation itself.
 */
export function colonCue(tokens: readonly Token[], sentences: readonly Sentence[], site: QuotationSite, source: string): SentenceCue | null {
  if (site.quotation.pieces.length !== 1) return null;
  const open = site.openToken;
  const colon = tokens[open - 1];
  const mark = tokens[open];
  const sentence = mark ? sentences[mark.sentence] : undefined;
  if (!colon || (colon.text !== ':' && colon.text !== ',') || !sentence || colon.sentence !== mark!.sentence) return null;
  if (!/^\s*[“"‘'`]*\s*[A-Z]/.test(source.slice(site.span.start, site.span.start + 6))) return null;
  const floor = sentence.tokenStart;
  // 'Hillary shot back, "I suppose ..."': after a comma, only a verb with no object of its own (a particle at most) leads in
  if (colon.text === ',') return commaLeadIn(tokens, site, open, floor);
  // 'Rep. Trey Gowdy (R-S.C.):': a short parenthesis right before the colon is an aside, not the lead-in's clause (the
  // period in 'S.C.' ends nothing); the verb, if any, stands before it
  const nameEnd = parenthesisStart(tokens, open - 1, floor);
  // true while only a noun phrase and its prepositions stand between the token read and the colon
  let phraseOnly = true;
  for (let i = nameEnd - 1; i >= floor && nameEnd - 1 - i <= (phraseOnly ? MAX_PHRASE_TO_COLON : MAX_VERB_TO_COLON); i--) {
    const t = tokens[i]!;
    if (endsLeadIn(t)) return null;
    // 'delayed launch:' read as two verbs: the second is the noun the participle modifies ('Hoff's letter makes' is a verb)
    const inPhrase = modifiesNoun(tokens, i, floor) || (t.pos === 'VERB' && tokens[i - 1]?.pos === 'VERB' && modifiesNoun(tokens, i - 1, floor));
    if (!inPhrase && !PHRASE_TAGS.has(t.pos)) phraseOnly = false;
    if (inPhrase || !isLeadInVerb(tokens, i, open - 1)) continue;
    // 'then leaned in and boomed:': a verb after "and" speaks for the subject of the verb before it
    const subject = subjectBefore(tokens, i, floor) ?? coordinatedSubject(tokens, i, floor);
    // 'Clinton has since apologized for what happened:', 'interjected to say:': a verb with no subject of its own belongs to a clause inside the lead-in; the verb before it may have one
    if (!subject || isRelative(tokens[subject.start], WH_SUBJECTS)) continue;
    if (!opensClause(tokens, subject.start, floor)) return null;
    return { cue: { start: t.start, end: t.end }, subject: subject.phrase, contentStart: site.span.start, attribution: null };
  }
  // 'Republican pollster Daron Shaw:': a name alone before the colon
  // 'Rep. Trey Gowdy (R-S.C.):': a party and state in brackets after the name
  const name = phraseEndingAt(tokens, nameEnd, floor);
  if (!name || name.kind !== 'name' || name.tokenEnd !== nameEnd) return null;
  // 'Claim: "From 1 January ..."': a page's row label reads as a name alone, but nobody speaks
  if (PAGE_LABELS.has(source.slice(tokens[name.tokenStart]!.start, tokens[nameEnd - 1]!.end).toLowerCase())) return null;
  const first = firstOfPair(tokens, name.tokenStart, floor);
  if (!opensClause(tokens, name.tokenStart, floor) && !opensClause(tokens, first, floor) && !titleOpensSentence(tokens, name.tokenStart, floor) && !afterSourceLead(tokens, first, floor)) return null;
  return { cue: { start: colon.start, end: colon.end }, subject: name, contentStart: site.span.start, attribution: null };
}

/**
 * 'Hillary shot back, "I suppose I could have chosen to bake cookies ..."', 'Clinton's introducer, actress Jamie
 * Lee Curtis, exhorted, "It's about time ..."': a comma lead-in is the subject and its verb alone, a particle or
 * adverb at most after the verb, right before the comma: a verb with an object or a clause after it ('The crowd
 * booed the speaker, "..."') or a subject that does not open the clause ('After the game ended, "..."') is no
 * lead-in. Null otherwise.
 */
function commaLeadIn(tokens: readonly Token[], site: QuotationSite, open: number, floor: number): SentenceCue | null {
  let i = open - 2;
  const after = tokens[i];
  if (after && (after.pos === 'ADP' || after.pos === 'ADV') && !isLeadInVerb(tokens, i, open - 1)) i--;
  const t = tokens[i];
  if (!t || i <= floor || !isLeadInVerb(tokens, i, open - 1) || t.lower.endsWith('ing') || endsLeadIn(t)) return null;
  const subject = subjectBefore(tokens, i, floor);
  if (!subject || subject.start >= i || isRelative(tokens[subject.start], WH_SUBJECTS) || !opensClause(tokens, subject.start, floor)) return null;
  return { cue: { start: t.start, end: t.end }, subject: subject.phrase, contentStart: site.span.start, attribution: null };
}

/** Words a quotation after a colon needs to read as a sentence whatever the tagger says of its verbs. */
const MIN_SENTENCE_WORDS = 3;

/**
 * 'he demurred: "Whichever one I’m in at the moment."': after a colon a
 * quotation of a few words that opens with a capital and closes with a full
 * stop, "!" or "?" is a sentence said, even when the tagger finds no verb in
 * it ("I’m" read as a name); the caller's clause test counts verbs.
 */
export function readsAsSentence(source: string, span: { start: number; end: number }): boolean {
  const text = source.slice(span.start, span.end).trim();
  if (!/^[A-Z]/.test(text) || !/[.!?]$/.test(text)) return false;
  return text.split(/\s+/).length >= MIN_SENTENCE_WORDS;
}

/**
 * The lead-in's verb: tagged a verb, or a past form the tagger read as a noun
 * right before the colon or its particle ('Mr. Smith shot back:').
 */
function isLeadInVerb(tokens: readonly Token[], i: number, colon: number): boolean {
  const t = tokens[i]!;
  if (t.pos === 'VERB') return true;
  if (t.pos !== 'NOUN' || !isPastForm(t.lower)) return false;
  return i + 1 === colon || (i + 2 === colon && (tokens[i + 1]!.pos === 'ADV' || tokens[i + 1]!.pos === 'ADP'));
}

/**
 * 'She opened with a joke about last year's delayed launch:': a participle after an article, a possessive or an
 * adjective modifies the noun after it; the lead-in's verb ('opened') stands before it.
 */
function modifiesNoun(tokens: readonly Token[], i: number, floor: number): boolean {
  const before = tokens[i - 1];
  if (!before || i <= floor) return false;
  return before.pos === 'DET' || before.pos === 'ADJ' || before.lower === "'s" || before.lower === '’s' || POSSESSIVE_DETERMINERS.has(before.lower);
}

/** Words a title before a name may hold ('Former secretary of state'). */
const MAX_TITLE = 6;

/** 'Former secretary of state Hillary Rodham Clinton:': a title of nouns, adjectives and 'of' opens the sentence before the name. */
function titleOpensSentence(tokens: readonly Token[], nameStart: number, floor: number): boolean {
  if (nameStart - floor > MAX_TITLE || nameStart === floor) return false;
  for (let k = floor; k < nameStart; k++) {
    const t = tokens[k]!;
    if (!(t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'PROPN' || t.lower === 'of')) return false;
  }
  return tokens[floor]!.lower !== 'of';
}

/** Token `start` opens the sentence (at `floor`, or after an opening 'And' / 'But') or follows a comma or dash. */
function opensClause(tokens: readonly Token[], start: number, floor: number): boolean {
  if (start === floor || (start === floor + 1 && tokens[floor]!.pos === 'CCONJ')) return true;
  return clauseOpener(tokens[start - 1]?.text ?? '');
}

/**
 * '- More from Blumenthal and Cohen: "..."', 'According to HuffPo: "..."': the name at `start` follows a lead naming
 * it as the quotation's source, and the lead opens its clause (a dash may be written onto its first word: '-More').
 */
function afterSourceLead(tokens: readonly Token[], start: number, floor: number): boolean {
  return SOURCE_LEADS.some((lead) => {
    const from = start - lead.length;
    if (from < floor) return false;
    for (let k = 0; k < lead.length; k++) if (tokens[from + k]!.lower.replace(LEADING_DASHES, '') !== lead[k]) return false;
    return opensClause(tokens, from, floor);
  });
}

/** 'Frank Newport and Jim Harter:': where the first name of a pair joined by 'and' starts, or `start` when no name precedes. */
function firstOfPair(tokens: readonly Token[], start: number, floor: number): number {
  if (tokens[start - 1]?.lower !== 'and') return start;
  const first = phraseEndingAt(tokens, start - 1, floor);
  return first && first.kind === 'name' ? first.tokenStart : start;
}
