import type { Token } from '../../../document';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { knownElsewise, spanIndexByToken, spanText, taggedSpan } from './shared';

/**
 * Team sheets: 'Leeds: Meslier; Bogle, Rodon, Struijk, Firpo; Ampadu, Gruev;
 * James, Aaronson, Gnonto; Piroe.' After a colon, a sentence that is nothing
 * but names of one or two capitalized words separated by commas and
 * semicolons (one semicolon at least: the lines of a formation) lists
 * players. The tagger reads such surnames without context, so some come out
 * as places ('Aaronson', 'Cirkin') or organizations ('Ballard') and some not
 * at all ('Meslier'). Only in a sports report, after a team's name (an
 * organization by then: 'Streets to close: Ashby, Bretby; Coton, Linton' lists
 * places), and when a third of the names at least are persons it found, every
 * name of the list that no gazetteer knows as a place, country or
 * organization is a person; a name the tagger read as a place only when the
 * list has a formation's shape (a full side, two semicolons at least).
 */
export const teamSheets: EntityPass = { name: 'team-sheets', run };

/** Names a team sheet lists at least (a side's starting eleven, or a formation's first lines). */
const MIN_PLAYERS = 6;
/** Words one player's name holds at most ('Junior Firpo'). */
const MAX_NAME_WORDS = 2;
/** One name in this many at least must be a person the tagger found (4 of 11, 2 of 6). */
const PERSON_SHARE = 3;
/** Names of a formation: a side's eleven, or a squad's named substitutes added ('Subs: ...' has no semicolons). */
const FORMATION_PLAYERS = 11;
const FORMATION_SEMICOLONS = 2;
const CAPITALIZED_WORD = /^\p{Lu}[\p{L}'’-]*$/u;

function run({ tokens, sportsReport }: EntityPassContext, spans: readonly TaggedSpan[]): readonly TaggedSpan[] {
  if (!sportsReport) return spans;
  let spanAt: Int32Array | null = null;
  const retyped = new Map<number, TaggedSpan>();
  const added: TaggedSpan[] = [];
  for (let c = 0; c < tokens.length; c++) {
    if (tokens[c]!.text !== ':') continue;
    const sheet = namesAfter(tokens, c);
    if (!sheet) continue;
    const { names, semicolons } = sheet;
    const at = (spanAt ??= spanIndexByToken(tokens.length, spans));
    // the side's name before the colon, which sports-teams has made its club
    const team = c > 0 ? at[c - 1]! : -1;
    if (team < 0 || spans[team]!.type !== 'ORG' || spans[team]!.tokenEnd !== c) continue;
    const exact = names.map((n): number => {
      const j = at[n.start]!;
      return j >= 0 && spans[j]!.tokenStart === n.start && spans[j]!.tokenEnd === n.end ? j : -1;
    });
    const persons = exact.filter((j) => j >= 0 && spans[j]!.type === 'PER').length;
    if (persons * PERSON_SHARE < names.length) continue;
    const formation = names.length >= FORMATION_PLAYERS && semicolons >= FORMATION_SEMICOLONS;
    names.forEach((n, k) => {
      const j = exact[k]!;
      if (j >= 0 && (spans[j]!.type === 'PER' || (spans[j]!.type === 'LOC' && !formation))) return;
      if (knownElsewise(spanText(tokens, { tokenStart: n.start, tokenEnd: n.end, type: 'PER' }))) return;
      if (j >= 0) retyped.set(j, taggedSpan(n.start, n.end, 'PER'));
      else if (!anySpanIn(at, n)) added.push(taggedSpan(n.start, n.end, 'PER'));
    });
    c = names[names.length - 1]!.end;
  }
  if (retyped.size === 0 && added.length === 0) return spans;
  const out = spans.map((s, i) => retyped.get(i) ?? s);
  for (const s of added) out.push(s);
  return out.sort((a, b) => a.tokenStart - b.tokenStart);
}

function anySpanIn(at: Int32Array, n: Name): boolean {
  for (let t = n.start; t < n.end; t++) if (at[t]! >= 0) return true;
  return false;
}

interface Name {
  start: number;
  end: number;
}

/** The names listed after the colon at `c` when the rest of its sentence is a team sheet; null otherwise. */
function namesAfter(tokens: readonly Token[], c: number): { names: Name[]; semicolons: number } | null {
  const sentence = tokens[c]!.sentence;
  const names: Name[] = [];
  let semicolons = 0;
  let start = c + 1;
  let k = c + 1;
  for (; k < tokens.length && tokens[k]!.sentence === sentence; k++) {
    const t = tokens[k]!;
    if (t.text === ',' || t.text === ';' || t.text === '.') {
      if (k === start || k - start > MAX_NAME_WORDS) return null;
      names.push({ start, end: k });
      if (t.text === ';') semicolons++;
      start = k + 1;
      // a full stop ends the list only as the sentence's last token
      if (t.text === '.' && tokens[k + 1]?.sentence === sentence) return null;
      continue;
    }
    if (!CAPITALIZED_WORD.test(t.text)) return null;
  }
  if (start < k) {
    if (k - start > MAX_NAME_WORDS) return null;
    names.push({ start, end: k });
  }
  return names.length >= MIN_PLAYERS && semicolons > 0 ? { names, semicolons } : null;
}
