import type { Doc, LanguageLayer } from '../../document';
import type { Warning } from '../../schema';
import type { Stage } from '../../stage';
import { guessLanguage } from './detector';
import { profileText, wordlikeShare, type TextProfile } from './letters';
import { storySample } from './sample';

/** Characters of story text judged: enough for a firm verdict, and a constant cost on long articles. */
export const SAMPLE_CHARS = 3000;
/** Fewer words than this say too little about a Latin-script language: treated as English. */
const MIN_WORDS = 20;
/**
 * English function words ("the", "of", "said") are a quarter to a third of
 * the words of English prose (1% of 2,139 English evaluation documents fall
 * under 17%), and under 2% in French, Spanish, German, Italian, Portuguese
 * and Dutch news. At or above this share a text is English, whatever else it
 * holds (names, quoted phrases); below it the detector is asked.
 */
const ENGLISH_SHARE = 0.08;
/** The share at which the function-word evidence counts as certain (5% of English documents fall under 22%). */
const TYPICAL_ENGLISH_SHARE = 0.2;
/** Not English only when English trails the best language clearly on franc's scale over 250 characters (1 = a tie; French, Spanish, German, Italian, Portuguese and Dutch news score English 0.55-0.79; English stories packed with foreign names that franc ranks otherwise, 0.9 or more). */
const MAX_ENGLISH_SCORE = 0.85;
/** A text with at least this many letters, mostly in a script English does not use (CJK, Cyrillic, Arabic ...), is not English. */
const MIN_SCRIPT_LETTERS = 10;
const MIN_FOREIGN_SCRIPT_SHARE = 0.5;
/** Capitals: over this share of the cased letters, with at least MIN_CASED_LETTERS of them. */
const UPPER_CASE_SHARE = 0.6;
const MIN_CASED_LETTERS = 40;
/** Not language: letters under a quarter of the visible characters, most words unpronounceable, or one word over and over. */
const MIN_VISIBLE_FOR_GARBAGE = 40;
const MIN_LETTER_SHARE = 0.25;
const MIN_WORDLIKE_SHARE = 0.5;
const MIN_DISTINCT_SHARE = 0.1;

/**
 * Is the story English? Non-English text run through English lexicons and an
 * English-trained tagger gives junk (a person "Le", a city "Que"), and a wrong
 * item costs a reader more than a missing one; so the later stages extract
 * nothing from a story that is not English (see `readsEnglish`). The verdict
 * is conservative both ways: a story is called not English only when its
 * script says so, or when English function words are nearly absent AND the
 * detector (franc-min) puts another language clearly ahead of English. An
 * English story full of Vietnamese, Polish or Maori names stays English.
 */
export const languageStage: Stage<'language'> = {
  name: 'language',
  requires: ['clean'],
  run(doc: Doc): LanguageLayer {
    const sample = storySample(doc, SAMPLE_CHARS);
    const profile = profileText(sample);
    const upperCase = profile.casedLetters >= MIN_CASED_LETTERS && profile.upperLetters / profile.casedLetters > UPPER_CASE_SHARE;
    const verdict = judge(sample, profile);
    const warnings: Warning[] = [];
    if (verdict.warning) warnings.push(verdict.warning);
    if (upperCase && verdict.english) {
      warnings.push({
        code: 'all-caps',
        message: 'most of the text is in capital letters: names are found from fewer clues and are less reliable',
        span: null,
      });
    }
    return { code: verdict.code, english: verdict.english, confidence: round(verdict.confidence), upperCase, warnings };
  },
};

/**
 * False only when the language stage found the story is not English: the
 * entities, resolve, time, quotes and events stages then return empty layers.
 * True when the stage did not run (a hand-built document in a stage test).
 */
export function readsEnglish(doc: Doc): boolean {
  return doc.language?.english !== false;
}

interface Verdict {
  code: string | null;
  english: boolean;
  confidence: number;
  warning?: Warning;
}

const extracted = 'no entities, quotes, events or time expressions were extracted';

function judge(sample: string, p: TextProfile): Verdict {
  if (p.englishShare >= ENGLISH_SHARE && p.words.length >= MIN_WORDS) {
    return { code: 'en', english: true, confidence: Math.min(1, p.englishShare / TYPICAL_ENGLISH_SHARE) };
  }
  const foreignScript = p.letters >= MIN_SCRIPT_LETTERS ? 1 - p.latinLetters / p.letters : 0;
  if (foreignScript >= MIN_FOREIGN_SCRIPT_SHARE) {
    const guess = guessLanguage(sample);
    const code = guess && guess.iso3 !== 'eng' ? guess.code : null;
    const named = guess && code ? `${guess.name} (${code})` : 'another language';
    return {
      code,
      english: false,
      confidence: foreignScript,
      warning: { code: 'not-english', message: `the text looks like ${named}, not English: ${extracted}`, span: null },
    };
  }
  const garbage = notLanguage(p);
  if (garbage !== null) {
    return {
      code: null,
      english: false,
      confidence: garbage,
      warning: {
        code: 'not-language',
        message: `the text is mostly not words (symbols, digits, random letters or one word repeated): ${extracted}`,
        span: null,
      },
    };
  }
  if (p.words.length < MIN_WORDS) return { code: null, english: true, confidence: 0 };
  const guess = guessLanguage(sample);
  if (!guess) return { code: null, english: true, confidence: 0 };
  if (guess.iso3 === 'eng') return { code: 'en', english: true, confidence: 1 - guess.runnerUpScore };
  if (guess.englishScore > MAX_ENGLISH_SCORE) return { code: null, english: true, confidence: 0 };
  const named = guess.code ? `${guess.name} (${guess.code})` : guess.name;
  return {
    code: guess.code,
    english: false,
    confidence: 1 - guess.englishScore,
    warning: { code: 'not-english', message: `the text looks like ${named}, not English: ${extracted}`, span: null },
  };
}

/** How clearly the sample is not language at all (0..1), or null when it may be. */
function notLanguage(p: TextProfile): number | null {
  if (p.englishShare >= ENGLISH_SHARE) return null;
  if (p.visible >= MIN_VISIBLE_FOR_GARBAGE && p.letters / p.visible < MIN_LETTER_SHARE) return 1 - p.letters / p.visible;
  if (p.words.length < MIN_WORDS) return null;
  const wordlike = wordlikeShare(p.words);
  if (wordlike < MIN_WORDLIKE_SHARE) return 1 - wordlike;
  const distinct = new Set(p.words).size / p.words.length;
  if (distinct < MIN_DISTINCT_SHARE) return 1 - distinct;
  return null;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
