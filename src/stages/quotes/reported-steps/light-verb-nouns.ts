import type { Token } from '../../../document';
import { tokenAt } from '../../../document';
import cueData from '../../../data/quotes/cues.json';
import { isPossessiveMark } from '../../../nlp/possessive-split';
import { POSSESSIVE_DETERMINERS, RELATIVE_PRONOUNS } from '../../../nlp/pronouns';
import { attributionWithSubject, type Attribution, type AttributionStep } from '../attribution';
import { subjectBefore, type Phrase } from '../phrases';

const NOMINAL_CUES: ReadonlySet<string> = new Set(cueData.nominal.nouns);
/** 'issued a warning that', 'expressed hope that': verbs whose subject owns the noun they take (cues.json `nominal.ownerVerbs`) */
const OWNER_VERBS: ReadonlySet<string> = new Set(cueData.nominal.ownerVerbs);
/** What may stand between the owner verb and its noun: 'a', 'the same', 'his usual', 'renewed' */
const BETWEEN_TAGS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'ADV', 'NUM']);
const MAX_BETWEEN = 3;
/** Tags before a participle (past adverbs) that put it inside the noun phrase: 'the often repeated claim' */
const NOUN_PHRASE_TAGS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM']);
/** What may open a verb's object: 'made the claim', 'issued it' */
const OBJECT_TAGS: ReadonlySet<string> = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'NUM']);

/**
 * "The IMF issued a warning that growth would slow", "Pence expressed hope that ...": a reporting noun whose
 * that-clause 04-reporting-nouns found without an owner (no possessor, no 'from'/'by' agent) is the object of an
 * owner verb, so the verb's subject is the source. The verb's own reading, when it is a cue taking the noun
 * phrase as its object ('issued | a warning that ...'), is dropped: the noun's clause is the report. Runs after
 * 05-verb-cues, whose subject for that verb it reuses; else the subject before the verb is read here.
 */
export const lightVerbNouns: AttributionStep = {
  name: 'light-verb-nouns',
  run(ctx, found) {
    const { tokens, first } = ctx;
    const dropped = new Set<Attribution>();
    const owned = new Map<Attribution, Phrase>();
    for (const a of found) {
      if (a.subject || a.frame !== 'clause') continue;
      const noun = tokenAt(tokens, a.cue.start);
      const t = tokens[noun];
      if (!t || t.start !== a.cue.start || t.end !== a.cue.end || !NOMINAL_CUES.has(t.lower)) continue;
      const verb = ownerVerbBefore(tokens, noun, first);
      if (verb < 0 || !assertedOwnerVerb(ctx, verb, noun) || relativeClauseOnNoun(tokens, a.contentTokens)) continue;
      const verbReading = found.find((b) => b !== a && b.cue.start <= tokens[verb]!.start && tokens[verb]!.end <= b.cue.end);
      const subject = verbReading ? verbReading.subject : (subjectBefore(tokens, verb, first)?.phrase ?? null);
      if (!subject || inRelativeClause(tokens, verb, subject, first)) continue;
      owned.set(a, subject);
      // the verb's object reading holds the noun: the noun's clause reports instead
      if (verbReading && verbReading.content.start <= t.start && a.content.end <= verbReading.content.end) dropped.add(verbReading);
    }
    if (!owned.size) return [...found];
    return found.filter((a) => !dropped.has(a)).map((a) => {
      const subject = owned.get(a);
      return subject ? attributionWithSubject(a, subject) : a;
    });
  },
};

/** The owner verb taking the noun at `noun` as its object, past a determiner and adjectives, or -1. */
function ownerVerbBefore(tokens: readonly Token[], noun: number, first: number): number {
  let k = noun - 1;
  while (k > first && noun - k <= MAX_BETWEEN && BETWEEN_TAGS.has(tokens[k]!.pos)) k--;
  const t = tokens[k];
  return t && k >= first && t.pos === 'VERB' && OWNER_VERBS.has(t.lemma.toLowerCase()) && !attributive(tokens, k, noun, first) ? k : -1;
}

/**
 * Whether the participle at `verb` modifies the noun instead of taking it: 'the often repeated claim', "Russia's
 * long-standing and often repeated claim" (the tagger tags these VERB). Past adverbs, a determiner, adjective,
 * number or possessive mark before it puts it inside the noun phrase; so does 'and' when no determiner follows the
 * verb ('He paused and repeated the claim' is a verb).
 */
function attributive(tokens: readonly Token[], verb: number, noun: number, first: number): boolean {
  let k = verb - 1;
  while (k > first && tokens[k]!.pos === 'ADV') k--;
  const t = tokens[k];
  if (!t || k < first) return false;
  if (NOUN_PHRASE_TAGS.has(t.pos) || isPossessiveMark(tokens, k)) return true;
  return t.pos === 'CCONJ' && !tokens.slice(verb + 1, noun).some((b) => b.pos === 'DET' || POSSESSIVE_DETERMINERS.has(b.lower));
}

/**
 * Whether the sentence says the owner verb's act took place: not negated ('did not issue a warning that', 'never made
 * the claim that', 'made no claim that': the layer's negation scope) and not asked ('Did the minister make the
 * promise that ...?'). Else the clause is no one's.
 */
function assertedOwnerVerb(ctx: { tokens: readonly Token[]; end: number }, verb: number, noun: number): boolean {
  const { tokens, end } = ctx;
  for (let k = verb; k <= noun; k++) if (tokens[k]!.negated) return false;
  return tokens[end - 1]?.text !== '?';
}

/**
 * 'Trump repeated the claim that he made at the rally': the clause's first verb is an owner verb with no object
 * after it, so 'that' opens a relative clause whose gap is the noun itself, no report of it; the owner reading would
 * give 'he made at the rally' as Trump's words. (The tagger tags both kinds of 'that' PRON, so its tag cannot tell.)
 */
function relativeClauseOnNoun(tokens: readonly Token[], content: readonly [number, number]): boolean {
  for (let k = content[0]; k < content[1]; k++) {
    const t = tokens[k]!;
    if (t.pos !== 'VERB') continue;
    return OWNER_VERBS.has(t.lemma.toLowerCase()) && !OBJECT_TAGS.has(tokens[k + 1]?.pos ?? '');
  }
  return false;
}

/**
 * 'Jones, who made the claim that the vote was rigged, lost the appeal', 'Jones, whose aide issued a warning that
 * ...': an owner verb inside a relative clause. Its content would run on into the main clause, and 'whose aide'
 * names nobody; the step leaves such nouns as it found them.
 */
function inRelativeClause(tokens: readonly Token[], verb: number, subject: Phrase, first: number): boolean {
  if (RELATIVE_PRONOUNS.has(tokens[subject.tokenStart]?.lower ?? '')) return true;
  let k = verb - 1;
  while (k > first && (tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'AUX')) k--;
  return k >= first && RELATIVE_PRONOUNS.has(tokens[k]!.lower);
}
