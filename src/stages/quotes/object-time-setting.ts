import type { Token } from '../../document';
import { isClosingMark, isOpeningMark } from '../../nlp/quotation-marks';
import { WEEKDAYS, bareTimeEnd } from '../../nlp/time-words';

/**
 * 'Christie endorsed Trump | last week', 'Trump has hammered Bush | throughout ...' has its preposition;
 * a bare time phrase ('last week', 'this morning', 'yesterday', 'Tuesday') right after an object noun
 * phrase is the cue verb's setting, not part of what was said: PolNeAR ends the object before it. Only
 * after a word that can end a noun phrase (so 'criticized the last debate' keeps 'last'), and only where
 * what follows the phrase shows the object closed there (`settingEndsThere`).
 */
export function timeSettingAfterObject(tokens: readonly Token[], from: number, k: number): boolean {
  if (k <= from) return false;
  const t = tokens[k]!;
  const before = tokens[k - 1]!;
  if (t.inQuote) return false;
  if (!(before.pos === 'NOUN' || before.pos === 'PROPN' || before.pos === 'PRON' || before.pos === 'NUM' || isClosingMark(before))) return false;
  // 'Monday night' is one setting (bareTimeEnd reads a weekday's period noun); a weekday alone is one too
  const bare = bareTimeEnd(tokens, k);
  const end = bare > k ? bare : WEEKDAYS.has(t.lower) ? k + 1 : k;
  if (end === k) return false;
  return settingEndsThere(tokens, end);
}

/**
 * What follows the time phrase shows it closes the verb's object: the sentence's end, a comma (not before
 * quoted words, 'called them in an article last week, "..."', which the object goes on to), or a
 * preposition or subordinator opening another setting ('this week on his radio show'). Not 'that', which
 * opens the object noun's own clause ('echoed statements by Trump last week that ...'), nor a possessive.
 */
function settingEndsThere(tokens: readonly Token[], end: number): boolean {
  const after = tokens[end];
  if (!after || after.sentence !== tokens[end - 1]!.sentence) return true;
  if (after.lower === 'that') return false;
  if (after.text === ',') return !isOpeningMark(tokens[end + 1]);
  if (after.text === '.' || after.text === ';' || after.text === '!' || after.text === '?') return true;
  return after.pos === 'ADP' || after.pos === 'SCONJ';
}
