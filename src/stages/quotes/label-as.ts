import { tokenAt, type Sentence, type Token } from '../../document';
import { isIngForm, isPastForm } from '../../nlp/morphology';
import type { QuotationSite } from './pass';
import { subjectBefore } from './phrases';
import { endsLeadIn, quotationSentence, type SentenceCue } from './sentence-cue';

/** Words between 'as' and the marks: a determiner, adjective, adverb or number ('as a "con artist"', 'as the "law and order candidate"'). */
const MAX_BEFORE_MARK = 3;
/** Tokens an object before 'as' may take ('Russian President Vladimir Putin as ...'). */
const MAX_OBJECT = 8;
const LABEL_LEAD_TAGS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'ADV', 'NUM']);
/** A particle or preposition a verb takes before its object ('played down X as', 'has gone after X as'). */
const PARTICLE_TAGS: ReadonlySet<string> = new Set(['ADP', 'PART']);
const NOMINAL_TAGS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'PRON']);

/**
 * 'Reid has been pounding Trump as a "con artist"', 'Twitter has positioned
 * itself as a "global town square"', 'played down Trump's comments as "just
 * part of the primary campaign"': a verb, its object, then 'as' and a label
 * in marks. Whatever the verb, the label in marks is what its subject calls
 * the object, and PolNeAR marks the object and its label as that subject's
 * words. The verb is finite (not an infinitive or a participle, whose subject
 * stands elsewhere), the object holds a noun or pronoun and no verb, mark or punctuation, and only
 * a determiner, adjective, adverb or number stands between 'as' and the
 * marks; 'an island it claims as "sacred"' (no object after the verb) and
 * 'is known as "X"' (no subject that speaks) are none, and so is a label
 * whose noun follows the marks ('claims the island as "sacred" territory'
 * names the island). The content starts at
 * the object. Null when the quotation is not such a label.
 */
export function labelAs(tokens: readonly Token[], sentences: readonly Sentence[], site: QuotationSite): SentenceCue | null {
  const close = site.quotation.close;
  if (!close) return null;
  const open = site.openToken;
  const sentence = quotationSentence(tokens, sentences, site);
  if (!sentence) return null;
  let as = open - 1;
  while (as > sentence.tokenStart && open - as <= MAX_BEFORE_MARK && LABEL_LEAD_TAGS.has(tokens[as]!.pos)) as--;
  if (tokens[as]?.lower !== 'as') return null;
  // 'claims the island as "sacred" territory': a noun after the marks heads the label, which names, it does not quote
  let after = tokenAt(tokens, close.start);
  while (after < tokens.length && tokens[after]!.start < close.end) after++;
  if (NOMINAL_TAGS.has(tokens[after]?.pos ?? '')) return null;
  const verb = verbBeforeObject(tokens, as, sentence.tokenStart);
  if (verb < 0) return null;
  const objectStart = PARTICLE_TAGS.has(tokens[verb + 1]!.pos) ? verb + 2 : verb + 1;
  // 'were acting too often as "free riders"': no noun, no object
  if (!hasNominal(tokens, objectStart, as)) return null;
  const subject = subjectBefore(tokens, verb, sentence.tokenStart);
  if (!subject) return null;
  return { cue: { start: tokens[verb]!.start, end: tokens[verb]!.end }, subject: subject.phrase, contentStart: tokens[objectStart]!.start, attribution: null };
}

/** The finite verb whose object runs up to the 'as' at `as`, or -1. */
function verbBeforeObject(tokens: readonly Token[], as: number, floor: number): number {
  for (let k = as - 1; k >= floor && as - k <= MAX_OBJECT + 2; k--) {
    const t = tokens[k]!;
    if (endsLeadIn(t) || t.text === ',') return -1;
    if (t.pos === 'AUX') return -1;
    if (t.pos !== 'VERB') continue;
    // 'to portray X as', 'mocking X as', 'was described by X as': an infinitive's, participle's or passive's subject stands elsewhere ('has been pounding X as' is finite)
    let b = k - 1;
    while (b > floor && tokens[b]!.pos === 'ADV') b--;
    const before = tokens[b];
    if ((isIngForm(t.lower) && before?.pos !== 'AUX') || before?.lower === 'to' || (before?.pos === 'AUX' && before.lemma === 'be' && isPastForm(t.lower))) return -1;
    // a particle right after the verb is no object: 'played down X as'
    return as - k >= 2 ? k : -1;
  }
  return -1;
}

/** Tokens `from` to `to` hold a noun or pronoun: an object, not an adverb ('acting too often as'). */
function hasNominal(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (NOMINAL_TAGS.has(tokens[k]!.pos)) return true;
  return false;
}
