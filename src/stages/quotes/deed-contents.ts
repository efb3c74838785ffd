import type { Token } from '../../document';
import data from '../../data/quotes/deed-contents.json';
import { isVerbal } from './boundaries';
import { isClauseStart } from './content';
import { tokensOf, type UnjudgedQuote } from './features';

/**
 * Paraphrases whose cue is a speech or stance verb but whose content names no
 * words (src/data/quotes/deed-contents.json says where each list was measured):
 * a content that is only a time setting ('will report in May'), a stance
 * given up ('stopped supporting the project') and a decision on an offer to
 * buy ('rejected a takeover offer'). speech-acts.ts drops them.
 */

const SETTING_WORDS: ReadonlySet<string> = new Set(data.settingWords);
const MONTHS: ReadonlySet<string> = new Set(data.months);
const SETTING_POS: ReadonlySet<string> = new Set(['ADP', 'DET', 'NUM', 'PUNCT']);
const HALTING: ReadonlySet<string> = new Set(data.haltingVerbs);
const DEAL_VERBS: ReadonlySet<string> = new Set(data.dealVerbs);
const DEAL_NOUNS: ReadonlySet<string> = new Set(data.dealNouns);
const PRICE_NOUNS: ReadonlySet<string> = new Set(data.priceNouns);

/** Whether the paraphrase `q` with its cue head at token `head` reports a deed, not words. */
export function reportsDeed(tokens: readonly Token[], q: UnjudgedQuote, head: number): boolean {
  const [from, to] = tokensOf(tokens, q.span);
  return onlySetting(tokens, from, to) || haltedStance(tokens, head) || dealDecision(tokens, head, from, to);
}

/** 'will report in May', 'reported just today': nothing but a time setting (a number alone is a figure, kept). */
function onlySetting(tokens: readonly Token[], from: number, to: number): boolean {
  let words = 0;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    // months by their written form: lower-case 'march' and 'may' are a noun and a verb ('announced a march on Saturday')
    if (SETTING_WORDS.has(t.lower) || MONTHS.has(t.text)) words++;
    else if (!SETTING_POS.has(t.pos)) return false;
  }
  return words > 0;
}

/** 'stopped supporting the project': a cue in '-ing' right after a verb of stopping. */
function haltedStance(tokens: readonly Token[], head: number): boolean {
  const cue = tokens[head]!;
  const before = tokens[head - 1];
  return cue.lower.endsWith('ing') && before !== undefined && before.pos === 'VERB' && before.lemmas.some((l) => HALTING.has(l));
}

/**
 * 'rejected a takeover offer from Globex', 'rejected a $2 billion bid': a deal verb whose object's first
 * noun phrase holds a deal noun, or an offer or bid with a sum or 'cash' ('Trump's offer' stays a stance).
 */
function dealDecision(tokens: readonly Token[], head: number, from: number, to: number): boolean {
  if (!tokens[head]!.lemmas.some((l) => DEAL_VERBS.has(l))) return false;
  // 'accepted the merger had been a mistake': a reported clause, not an object
  if (isClauseStart(tokens, from, to)) return false;
  let deal = false;
  let price = false;
  let priced = false;
  // the object's first noun phrase ends at a preposition, 'that' or a verb: 'rejected suggestions that the merger would cost jobs'
  // names no deal ('claims the takeover was hostile' too: the clause's words are not the object's)
  for (let k = from; k < to && tokens[k]!.pos !== 'ADP' && tokens[k]!.lower !== 'that' && !(k > from && isVerbal(tokens[k])); k++) {
    const t = tokens[k]!;
    deal ||= DEAL_NOUNS.has(t.lower);
    price ||= PRICE_NOUNS.has(t.lower);
    priced ||= t.pos === 'NUM' || t.text === '$' || /cash$/.test(t.lower);
  }
  return deal || (price && priced);
}
