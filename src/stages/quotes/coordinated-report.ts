import type { Token } from '../../document';
import words from '../../data/quotes/words.json';
import { isClosingMark, isVerbal } from './boundaries';
import { NP_TAGS } from './chunk-shapes';
import { stanceAt } from './lexicon';
import { lemmasOf } from '../../nlp/morphology';
import { RELATIVE_PRONOUNS, isRelative } from '../../nlp/pronouns';
import { speechVerbsOf } from '../../nlp/speech-verbs';

/** How far after ', and' a coordinated report's verb may stand: a subject with its "of"/"for" chain. */
const SUBJECT_REACH = 12;
/** What joins a second report to the first after a comma (', and', ', while', ', though', ', after'): words.json `reportJoiners`. */
const REPORT_JOINERS: ReadonlySet<string> = new Set(words.reportJoiners.words);

/** Does the (lower-cased) word join a second report to the first after a comma? */
export function isReportJoiner(lower: string): boolean {
  return REPORT_JOINERS.has(lower);
}
/** The longest apposition a subject may carry between commas ('Sen. Rand Paul, R-Ky., said'). */
const APPOSITION_REACH = 6;

/**
 * ", and a spokesman for Minority Leader Mitch McConnell declined to say ...", ", but Cook did not say when": after
 * a comma and a report joiner (", and", ", but", ", while", ", though", ", after" ...: REPORT_JOINERS) a subject of
 * its own whose verb is a speech cue ('said', 'argued') or takes one ('declined to say') starts another report,
 * which the content before it never holds, whatever the boundary model reads on
 * ("PolNeAR runs reported clauses over ', and ...'"): on PolNeAR train without held-back, an indirect content
 * before such a clause ran over it 4 times in 49. Returns where the content ends (the comma, or after a closing
 * mark that follows it), or null when `k` starts no such clause.
 */
export function coordinatedReportCut(tokens: readonly Token[], k: number, stop: number): number | null {
  if (tokens[k]!.text !== ',') return null;
  const closed = isClosingMark(tokens[k + 1]);
  const n = closed ? k + 2 : k + 1;
  const conjunction = tokens[n];
  if (!conjunction || n >= stop || !REPORT_JOINERS.has(conjunction.lower)) return null;
  return ownReportAt(tokens, n + 1, stop) ? (closed ? k + 2 : k) : null;
}

/**
 * A clause of its own reporting someone's words starts at `k`: a subject (an "of"/"for" chain allowed) whose
 * first verb group holds a speech cue ('aid agencies warned that', 'a spokesman for X declined to say').
 */
export function ownReportAt(tokens: readonly Token[], k: number, stop: number): boolean {
  const opener = tokens[k];
  if (!opener || k >= stop || !NP_TAGS.has(opener.pos) || opener.lower === 'that') return false;
  for (let j = k + 1; j < stop && j - k <= SUBJECT_REACH; j++) {
    const t = tokens[j]!;
    // 'Sen. Rand Paul, R-Ky., said', 'Jane Roe, a spokeswoman, said': a short apposition between commas
    if (t.text === ',') {
      const close = appositionEnd(tokens, j, stop);
      if (close < 0) return false;
      j = close;
      continue;
    }
    // 'Maine Sen. Susan Collins and Texas Rep. Louis Gohmert suggested': two nouns or names joined by 'and' are one subject
    if (t.lower === 'and' && NP_TAGS.has(tokens[j - 1]!.pos) && NP_TAGS.has(tokens[j + 1]?.pos ?? '')) continue;
    // a relative clause's verb is not the subject's: 'the percentage of voters who accepted the reality'
    if (t.pos === 'PUNCT' || t.pos === 'SCONJ' || t.pos === 'CCONJ' || t.inQuote || isRelative(t, RELATIVE_PRONOUNS)) return false;
    if (isVerbal(t)) return reportingVerbFrom(tokens, j, stop);
  }
  return false;
}

/** The comma closing a short verbless apposition opened by the comma at `open`, or -1. */
function appositionEnd(tokens: readonly Token[], open: number, stop: number): number {
  for (let j = open + 1; j < stop && j - open <= APPOSITION_REACH; j++) {
    const t = tokens[j]!;
    if (t.text === ',') return j > open + 1 ? j : -1;
    if (isVerbal(t) || t.inQuote || t.pos === 'SCONJ' || t.pos === 'CCONJ' || isRelative(t, RELATIVE_PRONOUNS)) return -1;
  }
  return -1;
}

/**
 * The verb group at `j` ('did not say', 'has argued', 'declined to say') holds a verb of the hand speech list
 * (src/data/quotes/speech-verbs.json, not the learned cues: 'hundreds just like it') or a stance verb phrase
 * ('accused X of'); an -ing form opens no clause ('the partner being supportive of').
 */
function reportingVerbFrom(tokens: readonly Token[], j: number, stop: number): boolean {
  if (/ing$/.test(tokens[j]!.lower)) return false;
  let v = j;
  while (v < stop && (tokens[v]!.pos === 'AUX' || tokens[v]!.pos === 'ADV' || tokens[v]!.lower === 'not') && !handSpeechVerb(tokens[v]!)) v++;
  const verb = tokens[v];
  if (!verb || v >= stop || verb.pos !== 'VERB' || /ing$/.test(verb.lower)) return false;
  if (handSpeechVerb(verb, false) || stanceAt(tokens, v)) return true;
  // 'declined to say whether', 'refused to comment': the infinitive is the cue (not 'refused to let them', a deed)
  const infinitive = tokens[v + 2];
  return tokens[v + 1]?.lower === 'to' && infinitive !== undefined && v + 2 < stop && handSpeechVerb(infinitive, true);
}

/**
 * A verb of the hand speech list with a frame other than an infinitive ('refuse', 'decline' take only one), or a
 * clause frame when `clause`; not a verb of thought ('Clinton said she hopes X, but she knows that Y': PolNeAR
 * keeps her belief in what she said).
 */
function handSpeechVerb(t: Token, clause = false): boolean {
  return lemmasOf(t).some((l) => speechVerbsOf(l).some((v) => !v.thought && (clause ? v.frames.includes('clause') : v.frames.some((f) => f !== 'infinitive'))));
}

/**
 * '..., mediators said on Thursday, as aid agencies warned that famine ...': an "as" clause at `k` whose subject
 * reports words of its own is another report, not the content resuming after its attribution. PolNeAR keeps
 * '..., the company said on Tuesday, as it prepares to Y' in the content (no speech verb there); on train without
 * held-back an indirect content before ', as X noted/reported/said' ended at the comma 5 times in 5. Only "as":
 * after 'because' or 'since' the clause is as often the speaker's reasoning ('Graham said, since the vast
 * majority of them accept that ...').
 */
export function subordinateReportAt(tokens: readonly Token[], k: number, stop: number): boolean {
  return tokens[k]?.lower === 'as' && ownReportAt(tokens, k + 1, stop);
}
