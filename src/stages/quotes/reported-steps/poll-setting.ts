import { addAttribution, tokenSpan, type AttributionStep } from '../attribution';
import words from '../../../data/quotes/words.json';
import { contentEnd, isClauseStart } from '../content';
import type { Token } from '../../../document';
import type { Phrase } from '../phrases';
import { isRelative, RELATIVE_PRONOUNS } from '../../../nlp/pronouns';
import { PERIOD_NOUNS, TIME_SETTING_WORDS } from '../../../nlp/time-words';

/** Heads of a survey that reports the clause after it (words.json `pollSettings`). */
const POLL_HEADS: ReadonlySet<string> = new Set(words.pollSettings.words);

/** Tokens between the survey's phrase and its comma ('released Monday', 'conducted for NBC News by Marist'). */
const MAX_SETTING = 10;
/** Tokens of the survey's phrase before its head ('the latest NBC News/Wall Street Journal'). */
const MAX_MODIFIERS = 10;
/** Word classes a survey's modifiers are made of; a slash or hyphen joins pollsters ('NBC News/Wall Street Journal'). */
const MODIFIER_TAGS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * "In an NBC News/Wall Street Journal poll released Monday, 50 percent of respondents chose Clinton", "In the latest
 * survey, conducted in May, Clinton led Trump": a sentence opening with 'in' and a survey, closed by a comma, reports
 * the clause after the comma for the survey (PolNeAR's source), a named publisher speaking for it after the passes
 * (publishers.ts); a survey no one is named for speaks no quote, as every unnamed document (speakers are referents). A
 * participle aside between commas after the survey ('conducted in May,') is passed over; a clause holding a cue of
 * its own is that cue's ('In a survey, the council said rents would rise'). Only where the sentence
 * opens: a trailing 'in the polls' ('Trump has a decisive lead in the polls') is gold on PolNeAR train 25 times in 106.
 */
export const pollSetting: AttributionStep = {
  name: 'poll-setting',
  run(ctx, found) {
    const { tokens, end, afterDateline } = ctx;
    const out = [...found];
    const at = afterDateline;
    if (tokens[at]?.lower !== 'in' || tokens[at]!.inQuote) return out;
    const survey = surveyPhrase(tokens, at + 1, end);
    if (!survey) return out;
    // 'In the NBC poll's wake', 'In the ABC News survey tent': the survey is no setting's head there
    if (!opensSurveySetting(tokens[survey.tokenEnd])) return out;
    let comma = survey.tokenEnd;
    while (comma < end && comma - survey.tokenEnd <= MAX_SETTING && tokens[comma]!.text !== ',' && tokens[comma]!.pos !== 'PUNCT') comma++;
    if (tokens[comma]?.text !== ',') return out;
    let from = comma + 1;
    // 'In the latest poll, conducted in May, Clinton led': the aside's participle is no clause
    if (tokens[from]?.pos === 'VERB' && /ed$/.test(tokens[from]!.lower)) {
      let close = from + 1;
      while (close < end && close - from <= MAX_SETTING && tokens[close]!.text !== ',') close++;
      if (tokens[close]?.text !== ',') return out;
      from = close + 1;
    }
    // 'In the latest CNN poll, which surveyed 1,000 adults, ...': a relative clause on the survey, no report
    if (isRelative(tokens[from], RELATIVE_PRONOUNS) || !isClauseStart(tokens, from, end)) return out;
    const to = contentEnd(tokens, from, end, 'clause', ctx.stops);
    // 'In a survey, the council said rents would rise': a cue of the clause's own reports it, not the survey
    if (ctx.cues.some((c) => c.start >= from && c.start < to)) return out;
    addAttribution(out, ctx, tokenSpan(tokens[at]!), survey, from, to);
    return out;
  },
};

/**
 * Whether the token after the survey's head lets the survey head the setting: its comma, a participle ('released
 * Monday', 'conducted for NBC News by Marist'), a preposition ('of New York voters', 'for Reuters') or a time ('last
 * month', 'Monday'); not a
 * possessive's clitic ('the NBC poll's wake') or another noun ('the ABC News survey tent', 'a CNN poll year'), whose
 * phrase the survey only modifies.
 */
function opensSurveySetting(t: Token | undefined): boolean {
  if (!t) return false;
  if (t.text === ',' || t.pos === 'ADP' || (t.pos === 'VERB' && /(?:ed|en|wn)$/.test(t.lower))) return true;
  // 'In a Des Moines Register poll last month, ...': a time the survey was taken, but not a bare period noun ('poll year')
  return TIME_SETTING_WORDS.has(t.lower) && !PERIOD_NOUNS.has(t.lower);
}

/**
 * 'an NBC News/Wall Street Journal poll', 'the latest polls': modifiers up to the first survey head, which ends the
 * phrase (the phrase reader stops at the slash or runs on over 'last month'). Null when no survey head comes first.
 */
function surveyPhrase(tokens: readonly Token[], from: number, end: number): Phrase | null {
  for (let k = from; k < end && k - from <= MAX_MODIFIERS; k++) {
    const t = tokens[k]!;
    if (t.inQuote) return null;
    if (POLL_HEADS.has(t.lower) && t.pos === 'NOUN') {
      const span = { start: tokens[from]!.start, end: t.end };
      return { tokenStart: from, tokenEnd: k + 1, span, head: { start: t.start, end: t.end }, kind: 'nominal' };
    }
    if (!MODIFIER_TAGS.has(t.pos) && t.text !== '/' && t.text !== '-') return null;
  }
  return null;
}
