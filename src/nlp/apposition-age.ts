import type { Token } from '../document';

/**
 * "Santos, 52, said", "Rakeem Jones, 26, and ...": a number set off by a comma right after a name is the person's
 * age, one fact the entity passes (a name with an age is a person's) and the quote stage (an age is no speaker, the
 * name before it speaks) both read. How strict the number is depends on who asks: `person` is a person's age as
 * written in apposition (1 to 119, no leading zero), for typing a name on it alone; `numeral` is any number of up to
 * three digits the tagger read as a numeral, where the speaker's name before it decides.
 */
export type AgeReading = 'person' | 'numeral';

/** Is `tokens[at]` an age after a comma (in the same sentence when reading a person's age)? */
export function ageAfterComma(tokens: readonly Token[], at: number, reading: AgeReading): boolean {
  const age = tokens[at];
  const comma = tokens[at - 1];
  if (!age || comma?.text !== ',') return false;
  if (reading === 'numeral') return age.pos === 'NUM' && /^\d{1,3}$/.test(age.text);
  return age.sentence === comma.sentence && /^[1-9]\d?$|^1[01]\d$/.test(age.text);
}
