import { lowerAt, startsWithDigit, type Word } from './words';
import { numberWords, ordinals, vagueQuantities } from './lexicon';
import { matchPhrase } from './phrase';

/** A quantity read from words: `n` null for vague amounts ("several", "a few"). */
export interface Quantity {
  n: number | null;
  end: number;
}

const DIGITS = /^\d{1,3}(?:,\d{3}){0,3}(?:\.\d{1,3})?$|^\d{1,7}$/;
const FRACTION = /^([1-9])\/([1-9])$/;
const ORDINAL_DIGITS = /^(\d{1,2})(?:st|nd|rd|th)$/;

/** "15", "2 1/2", "twenty-four", "a", "several", "a couple of" */
export function quantityAt(words: readonly Word[], i: number): Quantity | null {
  if (i < 0 || i >= words.length) return null;
  const word = words[i]!;
  if (startsWithDigit(word.lower) && DIGITS.test(word.lower)) {
    let n = Number(word.lower.replace(/,/g, ''));
    let end = i + 1;
    const next = lowerAt(words, end);
    const fraction = startsWithDigit(next) ? FRACTION.exec(next) : null;
    if (fraction) {
      n += Number(fraction[1]) / Number(fraction[2]);
      end++;
    } else if (andAHalfEnd(words, end) !== end) {
      n += 0.5; // "2 and a half years"
      end = andAHalfEnd(words, end);
    }
    return { n, end };
  }
  const vague = matchPhrase(vagueQuantities, words, i);
  if (vague) {
    const couple = words[i]!.lower === 'couple' || lowerAt(words, i + 1) === 'couple';
    return { n: couple ? 2 : null, end: vague.end };
  }
  const first = numberWords.get(word.lower);
  if (first === undefined) return null;
  let n = first;
  let end = i + 1;
  if (first >= 20 && first < 100 && first % 10 === 0) {
    const joined = lowerAt(words, end) === '-' ? end + 1 : end;
    const unit = numberWords.get(lowerAt(words, joined));
    if (unit !== undefined && unit >= 1 && unit <= 9) {
      n += unit;
      end = joined + 1;
    }
  }
  if (n < 100 && lowerAt(words, end) === 'hundred') {
    n *= 100;
    end++;
  }
  if (isArticle(word.lower) && lowerAt(words, end) === 'half') return null;
  // "half an hour", "half a day": the article belongs to the fraction, not a count of one
  if (word.lower === 'half' && isArticle(lowerAt(words, end))) end++;
  // "two and a half hours"
  else if (Number.isInteger(n) && andAHalfEnd(words, end) !== end) {
    n += 0.5;
    end = andAHalfEnd(words, end);
  }
  return { n, end };
}

/** Where "and a half" / "and an half" read from `end` stops, or `end` when it is not there. */
function andAHalfEnd(words: readonly Word[], end: number): number {
  return lowerAt(words, end) === 'and' && isArticle(lowerAt(words, end + 1)) && lowerAt(words, end + 2) === 'half' ? end + 3 : end;
}

function isArticle(lower: string): boolean {
  return lower === 'a' || lower === 'an';
}

/** "15th", "3rd": the number of an ordinal written in digits, or null (the pattern runs only for a word opening with a digit). */
export function ordinalDigits(text: string): number | null {
  const digits = startsWithDigit(text) ? ORDINAL_DIGITS.exec(text) : null;
  return digits ? Number(digits[1]) : null;
}

/** "15th", "fifteenth", "third" (also "thirty-first"). */
export function ordinalAt(words: readonly Word[], i: number): { n: number; end: number } | null {
  if (i < 0 || i >= words.length) return null;
  const word = words[i]!;
  const digits = ordinalDigits(word.lower);
  if (digits !== null) return { n: digits, end: i + 1 };
  const tens = numberWords.get(word.lower);
  if ((tens === 20 || tens === 30) && lowerAt(words, i + 1) === '-') {
    const unit = ordinals.get(lowerAt(words, i + 2));
    if (unit !== undefined && unit > 0 && unit < 10) return { n: tens + unit, end: i + 3 };
  }
  const n = ordinals.get(word.lower);
  return n !== undefined && n > 0 ? { n, end: i + 1 } : null;
}
