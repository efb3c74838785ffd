import type { ResolveContext } from './context';
import pronouns from '../../data/resolve/pronouns.json';
import { isSpeechVerb, pronounInfo, type PronounInfo } from './lexicon';
import type { Token } from '../../document';
import type { Cluster } from './types';
import { isPossessiveMark } from '../../nlp/possessive-split';

/** How many sentences back a sentence-opening pronoun may look for its antecedent. */
const LOOKBACK_SENTENCES = 4;
/** How far back (in paragraphs) a named speaker stays the referent of a speaking "he" / "she". */
const RECENT_PARAGRAPHS = 3;

/**
 * Resolves "he", "she", "his", "her" to a person, only where the text makes
 * it clear:
 * - a pronoun opening its clause ("He said", '"...," he said') refers to the
 *   subject (first person named outside quotes) of the nearest earlier
 *   sentence that has one;
 * - a possessive or object pronoun after a person in the same sentence refers
 *   to the last person named before it ("Kishida met his counterpart"), but
 *   an object pronoun never to the subject of its own verb ("Morven Tulloch,
 *   who replaced him, said she ..." is no man);
 * - a subject pronoun after people in its sentence refers to them only when
 *   they are all one person.
 * - a subject pronoun that attributes a quotation in its sentence ('"...,"
 *   she said') and that the rules above leave open refers to the person last
 *   named as a speaker ("Lind said", "said Lind") within the last few
 *   paragraphs: news names a source, then refers back to it with a pronoun
 *   across long quotations.
 * Inside a quotation a pronoun only refers to a person the same quotation
 * names earlier in the sentence: the speaker's "he" may be anyone else.
 * A pronoun whose gender contradicts what the text says about the person is
 * left out.
 */
export function resolvePronouns(ctx: ResolveContext): void {
  const { tokens, sentences } = ctx;
  const facts = new Array<SentenceFacts | undefined>(sentences.length);
  const namedGender: ReadonlySet<Cluster> = new Set(ctx.clusters.filter((c) => c.gender !== null));
  // person mentions seen so far in the current sentence, in order: outside quotes, and inside them
  let inSentence: Cluster[] = [];
  let inQuotes: Cluster[] = [];
  // where each person of the sentence was last named, outside quotes: the end of the name
  const lastEnd = new Map<Cluster, number>();
  let current = -1;
  // the current sentence's first token
  let sentenceFirst = 0;
  let fact: SentenceFacts = newFacts();
  let lastSpeaker: { cluster: Cluster; paragraph: number } | null = null;
  // per sentence, once: 0 not yet known, 1 holds words in quotation marks, 2 does not
  const quoting = new Uint8Array(sentences.length);
  const holdsQuotation = (s: number): boolean => (quoting[s] ||= hasQuotedWords(ctx, s) ? 1 : 2) === 1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.sentence !== current) {
      // 'Szmodics, whose goal took him to 14, said ...': a person opening a sentence that reports speech is its speaker
      // even when the verb is not next to the name, so a later fallback does not reach past them to an earlier one
      if (current >= 0 && fact.first && fact.firstBeforeVerb && !fact.speakerNamed && speaksOutsideNames(ctx, sentenceFirst, i)) {
        lastSpeaker = { cluster: fact.first, paragraph: sentences[current]!.paragraph };
      }
      current = t.sentence;
      sentenceFirst = i;
      inSentence = [];
      inQuotes = [];
      lastEnd.clear();
      fact = newFacts();
      facts[current] = fact;
    }
    const quoted = ctx.tokens[i]!.inQuote;
    const named = ctx.nameAt[i];
    if (named) {
      if (named.tokenStart === i && named.type === 'person') {
        const c = ctx.clusterOf.get(named)!;
        if (quoted) inQuotes.push(c);
        else {
          inSentence.push(c);
          lastEnd.set(c, named.tokenEnd);
          const opens = !fact.first;
          notePerson(fact, c);
          if (opens && isPossessiveMark(ctx.tokens, named.tokenEnd)) fact.possessorMark = named.tokenEnd;
          else if (fact.possessorMark !== undefined && !fact.holder && holdsPossessorsRole(ctx.tokens, fact.possessorMark, i, named.tokenEnd)) fact.holder = c;
          const speaks = speechVerbAt(ctx, named.tokenEnd) || speechVerbAt(ctx, i - 1);
          if (speaks) { lastSpeaker = { cluster: c, paragraph: sentences[current]!.paragraph }; fact.speakerNamed = true; }
          const opener = speaks ? undefined : subordinateOpenerBefore(ctx, i);
          // a possessor after the subordinator ("that George's brother, Philonise, when he said") is no clause subject
          if (opener !== undefined) {
            if (!reportedOpeners.has(opener) && !modifiesNext(ctx.tokens, named.tokenEnd)) fact.clauseSubjects.push({ cluster: c, temporal: temporalOpeners.has(opener) });
          } else if (speaks || standsAsSubject(ctx, fact, c, i, named.tokenEnd)) fact.subjects.push(c);
          const who = relativeWhoAfter(ctx.tokens, named.tokenEnd);
          if (who >= 0) fact.relative = { cluster: c, who };
        }
      }
      continue;
    }
    if (t.pos === 'VERB' && !quoted) fact.verbSeen = true;
    if (t.pos === 'AUX' && !quoted) fact.auxSeen = true;
    // the part of speech first: a Map look-up on every word was most of this loop's time
    if (t.pos !== 'PRON' && t.pos !== 'DET') continue;
    const info = pronounInfo.get(t.lower);
    if (!info) continue;
    let antecedent: Cluster | undefined;
    const speaking = !quoted && info.role === 'subject' && speechVerbAt(ctx, i + 1) && holdsQuotation(current);
    // the people this sentence named before the pronoun; a speaking "she" continues one of them only when they stood
    // as a subject and may be a "she": 'Asked by Matt Lauer whether ..., she said', 'The problem with Glass-Steagall,
    // she said' and 'Choosing between Clinton and Bernie Sanders is a "false choice," she said' look further back
    // and a person a pronoun of the sentence already stands for continues ("Thomas' sister pleaded with him ..., but
    // he replied"): the sentence names that person, if not as a subject
    const here = speaking ? speakingCandidates(fact, info) : inSentence;
    // a person of the pronoun's gender that a subordinate clause of this sentence names keeps the pronoun in the
    // sentence: continued when a time clause names only them, else left open, never sent to an earlier person
    const clauseHeld = speaking && here.length === 0 && fact.clauseSubjects.some((s) => fits(s.cluster, info));
    if (quoted) {
      // inside a quotation only a person the same quotation names, earlier in the sentence
      antecedent = sameSentence(inQuotes, info);
    } else if (clauseHeld) {
      antecedent = clauseSubjectOf(fact.clauseSubjects, info);
    } else if (here.length === 0) {
      for (let s = current - 1; s >= 0 && current - s <= LOOKBACK_SENTENCES; s--) {
        if (sentences[s]!.paragraph === -1) break; // never reach back into the headline
        const previous = facts[s];
        if (!previous || !previous.first) continue;
        // the nearest sentence naming people decides; if it is ambiguous, so is the pronoun
        antecedent = subjectOf(previous, info);
        break;
      }
    } else antecedent = namedInClause(ctx, here, lastEnd, i, info, { subjects: subjectsAround(ctx.tokens, fact, i), namedGender });
    if (!antecedent && speaking && here.length === 0 && !clauseHeld && lastSpeaker) {
      const paragraph = sentences[current]!.paragraph;
      if (lastSpeaker.paragraph >= 0 && paragraph - lastSpeaker.paragraph <= RECENT_PARAGRAPHS) antecedent = lastSpeaker.cluster;
    }
    if (!antecedent || antecedent.type !== 'person') continue;
    if (antecedent.gender && antecedent.gender !== info.gender) continue;
    antecedent.gender = info.gender;
    antecedent.others.push({ start: t.start, end: t.end, text: t.text, kind: 'pronoun', tokenStart: i, tokenEnd: i + 1 });
    if (quoted) inQuotes.push(antecedent);
    else {
      inSentence.push(antecedent);
      notePerson(fact, antecedent);
      if (info.role === 'subject') fact.subjects.push(antecedent);
      fact.pronounReferents.push(antecedent);
    }
  }
}

/**
 * The antecedent of pronoun `i` among the people named before it in its sentence, outside quotations: the verb's own
 * subject is never its object; another person of the sentence then takes the pronoun only when the text has already
 * given that person its gender (a long sentence names many people). A function of its own, not arrow functions in
 * resolvePronouns' loop: a closure there that read the loop's variables made V8 allocate a context for them on every
 * token of the article (issue 14).
 */
function namedInClause(ctx: ResolveContext, inSentence: readonly Cluster[], lastEnd: ReadonlyMap<Cluster, number>, i: number, info: PronounInfo, evidence: Evidence): Cluster | undefined {
  const local = objectOfOwnClause(ctx.tokens, i, info) ? inSentence.filter((c) => localSubject(ctx, lastEnd.get(c), i)) : [];
  if (local.length === 0) return sameSentence(inSentence, info, evidence);
  return sameSentence(inSentence.filter((c) => !local.includes(c) && c.gender === info.gender), info, evidence);
}

/** What a possessive "her" stands before ("her plans", "her own", "her 2016 campaign"). */
const possessedPos: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

/** An object pronoun that is no reflexive ("him", "her" before no noun; not "himself", not "her plans"). */
function objectOfOwnClause(tokens: readonly Token[], i: number, info: PronounInfo): boolean {
  const t = tokens[i]!;
  if (t.lower.endsWith('self')) return false;
  if (info.role === 'object') return true;
  const next = tokens[i + 1];
  return t.lower === 'her' && !(next && next.sentence === t.sentence && (possessedPos.has(next.pos) || next.lower === 'own'));
}

/** Words that may stand between a clause's subject and its verb's object: a relative's "who", auxiliaries, adverbs. */
const betweenSubjectAndObject: ReadonlySet<string> = new Set(['AUX', 'VERB', 'ADV', 'PART']);

/**
 * Was the person whose name ends at `end` the subject of the verb whose object is the pronoun at `i`? "Morven
 * Tulloch, who replaced him", "Jones had long known him": only a relative "who"/"that", auxiliaries, adverbs and
 * the verb stand between. A pronoun there never is its own clause's subject (that would be "herself").
 */
function localSubject(ctx: ResolveContext, end: number | undefined, i: number): boolean {
  if (end === undefined) return false;
  const { tokens } = ctx;
  let k = end;
  if (tokens[k]?.text === ',' && (tokens[k + 1]?.lower === 'who' || tokens[k + 1]?.lower === 'that')) k += 2;
  else if (tokens[k]?.lower === 'who' || tokens[k]?.lower === 'that') k++;
  let verb = false;
  for (; k < i; k++) {
    const w = tokens[k]!;
    if (!betweenSubjectAndObject.has(w.pos)) return false;
    verb ||= w.pos === 'VERB';
  }
  return verb;
}

/**
 * Antecedent among the people already mentioned in the sentence, skipping
 * those of the other gender: a subject pronoun needs them all to be one
 * person; a possessive or object pronoun takes the last one when it is the
 * only one, known to be of the pronoun's gender, or a subject ("Sato said Xi
 * was in no rush because his leadership was secure"), else the only one known
 * to be of its gender.
 */
function sameSentence(people: readonly Cluster[], info: PronounInfo, evidence?: Evidence): Cluster | undefined {
  const compatible = people.filter((c) => !c.gender || c.gender === info.gender);
  if (compatible.length === 0) return undefined;
  if (info.role === 'subject') {
    const first = compatible[0]!;
    return compatible.every((c) => c === first) ? first : undefined;
  }
  const last = compatible[compatible.length - 1]!;
  if (!evidence || last.gender === info.gender || evidence.subjects.includes(last) || compatible.every((c) => c === last)) return last;
  // two people could own it and the last is neither known to be of its gender nor a subject ("Galois did not ignore
  // Poisson's advice and polished his ideas", "Marbles unveiled a figure at Madame Tussauds and her figure"): the one
  // the text has given the pronoun's gender, else nobody rather than a guess
  const known = compatible.filter((c) => c.gender === info.gender && evidence.namedGender.has(c));
  return known.length > 0 && known.every((c) => c === known[0]) ? known[0] : undefined;
}

/** What settles a possessive or object pronoun between two people of its sentence. */
interface Evidence {
  /** the sentence's people standing as subjects (SentenceFacts.subjects) */
  subjects: readonly Cluster[];
  /** the people whose names give their gender (gender.ts: a listed given name, an honorific), not a pronoun before */
  namedGender: ReadonlySet<Cluster>;
}

/** What a sentence says about its people, outside quotations. */
interface SentenceFacts {
  first: Cluster | undefined;
  /** the first person came before any verb: the grammatical subject */
  firstBeforeVerb: boolean;
  /** the first person is a possessor ("Kessler's campaign manager"), no subject: the token of its possessive mark */
  possessorMark: number | undefined;
  /** the person set off by commas as the apposition of the possessor's role ("Kessler's campaign manager, Dale Hruska, blamed") */
  holder: Cluster | undefined;
  verbSeen: boolean;
  /** an auxiliary came before ("That was welcome news to Clinton's campaign"): a person after it opens no clause */
  auxSeen: boolean;
  /** a person next to a speech verb was taken as the speaker ('as councillor Tom Reyes said'): the sentence's
   * opening person, who only listened, must not replace them */
  speakerNamed: boolean;
  people: Set<Cluster>;
  /** people standing as a subject, outside quotations: the sentence's opening person, a name before a verb ("Robby
   * Mook acknowledged"), a speaker named next to a speech verb ("said Reince Priebus"), a subject pronoun resolved */
  subjects: Cluster[];
  /** people named right after a subordinator ("When Susan Collins arrived"), outside quotations: subjects of that
   * clause, not of the main clause; `temporal` when a time clause (pronouns.json subordinateOpeners.temporal) */
  clauseSubjects: Array<{ cluster: Cluster; temporal: boolean }>;
  /** the last person a relative "who" + verb follows ("Robin Kessler, who described"), and where that "who" stands */
  relative: { cluster: Cluster; who: number } | undefined;
  /** the people the sentence's resolved pronouns stand for, outside quotations, in order */
  pronounReferents: Cluster[];
}

/** Where a relative "who" followed by a verb or auxiliary stands right after a name ending at `end` (", who said",
 * "who had"), else -1. */
function relativeWhoAfter(tokens: readonly Token[], end: number): number {
  const who = tokens[end]?.text === ',' ? end + 1 : end;
  const verb = tokens[who + 1];
  return tokens[who]?.lower === 'who' && verb !== undefined && (verb.pos === 'VERB' || verb.pos === 'AUX') ? who : -1;
}

/**
 * The subjects a possessive or object pronoun at `i` sees: the sentence's, and the subject of a relative clause that
 * holds the pronoun ("Nancy Pelosi met with Robin Kessler, who described her plans": Kessler's plans), i.e. no comma
 * or other clause break between its "who" and the pronoun.
 */
function subjectsAround(tokens: readonly Token[], fact: SentenceFacts, i: number): readonly Cluster[] {
  const rel = fact.relative;
  if (!rel || rel.who > i) return fact.subjects;
  for (let k = rel.who + 1; k < i; k++) if (tokens[k]!.pos === 'PUNCT' || tokens[k]!.lower === 'and') return fact.subjects;
  return [...fact.subjects, rel.cluster];
}

function newFacts(): SentenceFacts {
  return { first: undefined, firstBeforeVerb: false, possessorMark: undefined, holder: undefined, verbSeen: false, auxSeen: false, speakerNamed: false, people: new Set(), subjects: [], clauseSubjects: [], relative: undefined, pronounReferents: [] };
}

function notePerson(fact: SentenceFacts, c: Cluster): void {
  if (!fact.first) {
    fact.first = c;
    fact.firstBeforeVerb = !fact.verbSeen;
  }
  fact.people.add(c);
}

/**
 * The sentence's salient person for a pronoun: its subject when a person
 * opens it ("Yoichiro Sato, a professor, said ..."), else its only person
 * of the pronoun's gender ("Asked about it, Lind said ...", "Biden met Lind.
 * She said ..."); a list of people has none.
 */
function subjectOf(fact: SentenceFacts, info: PronounInfo): Cluster | undefined {
  const fits = (c: Cluster): boolean => !c.gender || c.gender === info.gender;
  // "Kessler's campaign manager, Dale Hruska, blamed ...": an opening possessor that is no subject yields to the
  // holder of its role, and only to that apposition: in "Trump's lawyers said Bragg was biased" Bragg is no one's
  // holder and the possessor keeps the pronoun (review rev27-hunt F2)
  if (fact.holder && fits(fact.holder) && fact.first && !fact.subjects.includes(fact.first)) return fact.holder;
  if (fact.firstBeforeVerb && fact.first && fits(fact.first)) return fact.first;
  const compatible = [...fact.people].filter(fits);
  return compatible.length === 1 ? compatible[0] : undefined;
}

/** The people of `people` who may be the pronoun's referent: of its gender or of none known. A function, not a closure in
 * resolvePronouns' loop (see namedInClause). */
function ofGender(people: readonly Cluster[], info: PronounInfo): Cluster[] {
  return people.filter((c) => fits(c, info));
}

/** Who a speaking pronoun may continue in its own sentence: the subjects that fit it, else the people that fit it whom
 * an earlier pronoun of the sentence stands for. */
function speakingCandidates(fact: SentenceFacts, info: PronounInfo): Cluster[] {
  const subjects = ofGender(fact.subjects, info);
  return subjects.length > 0 ? subjects : ofGender(fact.pronounReferents, info);
}

/** The person may be the pronoun's referent: of its gender or of none known. */
function fits(c: Cluster, info: PronounInfo): boolean {
  return !c.gender || c.gender === info.gender;
}

/**
 * The referent of a speaking pronoun whose main clause names no subject, among the subordinate clauses' subjects of
 * its sentence: the only fitting one when a time clause names it ("When Susan Collins arrived, she said"); nobody when
 * two fit or the clause is of another kind ("If Nikki Haley is elected, she said" may be anyone's words about her).
 */
function clauseSubjectOf(clauseSubjects: readonly { cluster: Cluster; temporal: boolean }[], info: PronounInfo): Cluster | undefined {
  const fitting = clauseSubjects.filter((s) => fits(s.cluster, info));
  const first = fitting[0]!.cluster;
  return fitting.every((s) => s.cluster === first && s.temporal) ? first : undefined;
}

/** Words of a title between a speech verb and the name it introduces: "said Republican party boss Reince Priebus". */
const titlePos: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ']);
const MAX_TITLE_WORDS = 4;

const subordinateOpeners: ReadonlySet<string> = new Set(pronouns.subordinateOpeners.words);
const temporalOpeners: ReadonlySet<string> = new Set(pronouns.subordinateOpeners.temporal);
const reportedOpeners: ReadonlySet<string> = new Set(pronouns.subordinateOpeners.reported);

/** The subordinator right before the name starting at `start`, over a title, in its sentence ("When Sanders accused"). */
function subordinateOpenerBefore(ctx: ResolveContext, start: number): string | undefined {
  const k = beforeTitle(ctx, start);
  const w = ctx.tokens[k];
  return k >= 0 && w !== undefined && subordinateOpeners.has(w.lower) ? w.lower : undefined;
}

/** The token before the name starting at `start` and the title words before it, within its sentence; -1 at the start. */
function beforeTitle(ctx: ResolveContext, start: number): number {
  const { tokens } = ctx;
  const sentence = tokens[start]!.sentence;
  let k = start - 1;
  while (k >= 0 && start - k <= MAX_TITLE_WORDS && tokens[k]!.sentence === sentence && !ctx.nameAt[k] && titlePos.has(tokens[k]!.pos)) k--;
  return k >= 0 && tokens[k]!.sentence === sentence ? k : -1;
}

/**
 * The person named at tokens `start`..`end` stands as a subject of the sentence's main clause, not of a clause a
 * subordinator opens ("When Sanders accused Clinton"): a verb or auxiliary follows the name ("Robby Mook
 * acknowledged", "Sanders had split"), the name opens the sentence before any verb and is no possessive ("Martha
 * Allen, a Sanders delegate, criticized"; not "That was welcome news to Clinton's campaign" nor "The Murdoch outlets
 * have"), or a speech verb introduces it over a title ("said Republican party boss Reince Priebus").
 */
function standsAsSubject(ctx: ResolveContext, fact: SentenceFacts, c: Cluster, start: number, end: number): boolean {
  const { tokens } = ctx;
  // back over a title, in the name's sentence, to a speech verb introducing it
  const k = beforeTitle(ctx, start);
  if (k >= 0 && k < start - 1 && speechVerbAt(ctx, k)) return true;
  const next = tokens[end];
  if (next && !next.inQuote && (next.pos === 'VERB' || next.pos === 'AUX')) return true;
  // "Kessler's campaign manager, Dale Hruska, blamed ...": a name set off by commas after its role, its verb right
  // after the closing comma, is the clause's subject (the possessor before the role is none)
  if (appositionBeforeVerb(tokens, start, end)) return true;
  return fact.first === c && fact.firstBeforeVerb && !fact.auxSeen && !modifiesNext(tokens, end);
}

/**
 * The name at tokens [start, end) is the apposition of the role right after the possessive mark at `mark`: "Kessler's
 * campaign manager, Dale Hruska, blamed" (role words only between the mark and the opening comma, a verb after the
 * closing one).
 */
function holdsPossessorsRole(tokens: readonly Token[], mark: number, start: number, end: number): boolean {
  const roleWords = start - 1 - (mark + 1);
  if (roleWords < 1 || roleWords > MAX_ROLE_WORDS || !appositionBeforeVerb(tokens, start, end)) return false;
  for (let k = mark + 1; k < start - 1; k++) if (!roleWordPos.has(tokens[k]!.pos) || tokens[k]!.inQuote) return false;
  return true;
}
// "deputy chief of staff" is the longest role the kind needs; the parts of speech of a role's words
const MAX_ROLE_WORDS = 4;
const roleWordPos: ReadonlySet<string> = new Set(['NOUN', 'ADJ', 'PROPN', 'ADP']);

/** Tokens [start, end) are a name between commas right after a noun ("manager, Dale Hruska, blamed"), a verb after the second comma. */
function appositionBeforeVerb(tokens: readonly Token[], start: number, end: number): boolean {
  const open = tokens[start - 1];
  const role = tokens[start - 2];
  const close = tokens[end];
  const verb = tokens[end + 1];
  if (open?.text !== ',' || close?.text !== ',' || !role || role.pos !== 'NOUN' || !verb || verb.inQuote) return false;
  return verb.sentence === close.sentence && (verb.pos === 'VERB' || verb.pos === 'AUX');
}

/** "Clinton's campaign", "the Clinton campaign manager Robby Mook": a name before a possessive or a noun modifies it. */
function modifiesNext(tokens: readonly Token[], end: number): boolean {
  const next = tokens[end];
  return next !== undefined && (isPossessiveMark(tokens, end) || next.pos === 'NOUN');
}

/** Token `at` is a speech verb outside quotations: "Lind said", "said Lind", "she added". */
function speechVerbAt(ctx: ResolveContext, at: number): boolean {
  const t = ctx.tokens[at];
  return t !== undefined && !t.inQuote && isSpeechVerb(t);
}

/**
 * A speech verb stands outside quotations and names among tokens `from`..`to` ('said', 'told'). Asked only of a
 * sentence whose opening person might be its speaker, at the sentence's end: reading it on every word as the loop
 * went cost a lexicon look-up or three per word.
 */
function speaksOutsideNames(ctx: ResolveContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = ctx.tokens[k]!;
    if (!ctx.nameAt[k] && !t.inQuote && isSpeechVerb(t)) return true;
  }
  return false;
}

/** Sentence `s` holds words in quotation marks. */
function hasQuotedWords(ctx: ResolveContext, s: number): boolean {
  const sentence = ctx.sentences[s]!;
  for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) if (ctx.tokens[k]!.inQuote) return true;
  return false;
}
