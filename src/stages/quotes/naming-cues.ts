import type { Token } from '../../document';
import type { CueMatch } from './lexicon';

/**
 * 'The government's impact assessment, titled "Securing Our Borders", estimates ...', 'a memo entitled "The Facts"':
 * a naming verb gives a title, which is no one's words (issue 12: titles in marks are not speech). Its report would
 * also run past the title into the main clause; 02-titles names the title instead.
 */
const NAMING_LEMMAS: ReadonlySet<string> = new Set(['title', 'entitle']);

/** Whether the cue `cue` is a naming verb ('titled', 'entitled'). */
export function namingCue(tokens: readonly Token[], cue: CueMatch): boolean {
  for (let k = cue.start; k < cue.end; k++) if (tokens[k]!.lemmas.some((l) => NAMING_LEMMAS.has(l))) return true;
  return false;
}
