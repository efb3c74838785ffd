import type { Token } from '../../document';
import settings from '../../data/quotes/saying-settings.json';
import { clauseAfterAddressee } from './addressee';

/** Prepositions that open where or when the saying happened (src/data/quotes/saying-settings.json). */
const SETTING_PREPOSITIONS: ReadonlySet<string> = new Set(settings.prepositions);
/** Subordinators whose clause sets a trailing attribution in time ("..., she said as she left"). */
const SETTING_SUBORDINATORS: ReadonlySet<string> = new Set(settings.subordinators);

/**
 * "said at a Saturday rally in Texas that ...", "said in one of a series of
 * Twitter messages that ...": a verbless setting of any length up to the
 * addressee stretch's limit, opened by a setting preposition right after
 * the cue (`cueEnd`), then 'that' and a clause (`clauseAt`, the caller's
 * test): the token the content starts at (after 'that'), or -1. Only
 * 'that' opens the content here: a question word after a setting is as
 * often a second clause ('what it says about America than what ...').
 */
export function clauseAfterSetting(tokens: readonly Token[], cueEnd: number, end: number, clauseAt: (k: number) => boolean): number {
  const opener = tokens[cueEnd];
  if (!opener || opener.pos !== 'ADP' || !SETTING_PREPOSITIONS.has(opener.lower)) return -1;
  return clauseAfterAddressee(tokens, cueEnd, end, (k) => tokens[k - 1]?.lower === 'that' && clauseAt(k));
}

/** "..., Mr. Obama told his advisers as he labored over the speech": does a setting subordinate clause open at `from`? */
export function opensSettingClause(tokens: readonly Token[], from: number): boolean {
  const t = tokens[from];
  return t !== undefined && (t.pos === 'SCONJ' || t.pos === 'ADP') && SETTING_SUBORDINATORS.has(t.lower);
}
