import type { Doc, NameMention, Span, Token } from '../../document';
import { normalizeText } from '../../nlp/characters';
import { overlaps, tokenAt } from '../../document';
import { canonicalCountry, demonymToCountry, isFamilyName, isGivenName, isKnownOrganization, placeKind } from '../entities/gazetteer';
import { isHonorific, nameKey, possessiveLength, words } from './keys';
import { isTitleWord, titleHeads, titlesAlsoNames } from './lexicon';
import sourceCues from '../../data/resolve/source-cues.json';
import { isOrganizationHeadOrSuffix } from '../entities/passes/words';
import type { NameDraft } from './types';
import { tokenAtIndex } from '../../nlp/token-at-index';

/**
 * Turns the recognizer's mentions into clustering drafts: drops mentions in
 * boilerplate or credits (bylines are not newsmakers), trims a trailing
 * possessive, moves a title the recognizer kept in a person's span
 * ("President Joe Biden") out of it, and drops person mentions that are only
 * title words ("President").
 */
export function prepareMentions(doc: Doc): NameDraft[] {
  const source = doc.source;
  const tokens = doc.tokens!.tokens;
  // pushed one by one rather than spread from a mapped array (one element kind for V8 whatever is empty)
  const excluded: Span[] = [];
  for (const span of doc.clean?.removed ?? []) excluded.push(span);
  for (const credit of doc.clean?.credits ?? []) excluded.push(credit.span);
  excluded.sort((a, b) => a.start - b.start);
  const out: NameDraft[] = [];
  const sorted = [...(doc.entities?.mentions ?? [])].sort((a, b) => a.start - b.start || b.end - a.end);
  let lastEnd = -1;
  for (const m of sorted) {
    if (m.start < lastEnd) continue; // nested or overlapping mentions: keep the outer one
    if (isExcluded(m, excluded)) continue;
    const draft = toDraft(source, tokens, m);
    if (!draft) continue;
    out.push(draft);
    lastEnd = m.end;
  }
  return out;
}

const possessiveToken = (t: Token | undefined): boolean => t !== undefined && /^['’]s$/.test(t.text);

function isExcluded(m: Span, excluded: readonly Span[]): boolean {
  // few removed spans per article: a linear scan is fine
  for (const span of excluded) {
    if (span.start >= m.end) break;
    if (overlaps(span, m)) return true;
  }
  return false;
}

function toDraft(source: string, tokens: readonly Token[], m: NameMention): NameDraft | null {
  let start = m.start;
  let end = m.end;
  if (start < 0 || end > source.length || end <= start) return null;
  // a possessive the recognizer kept as a token of an organization's name is the name's own ("sold at Christie's":
  // passes/75-businesses-named-in-possessive.ts); elsewhere a trailing possessive is the owner's mark
  if (!(m.type === 'organization' && possessiveToken(tokens[m.tokenEnd - 1]))) end -= possessiveLength(source.slice(start, end));
  let type = m.type;
  let subtype = m.subtype;
  const split = keepTitleThatIsAName(tokens, start, source.slice(start, end));
  if (type === 'person' && split.rest === '') return null; // a bare title is never a person
  // the name's last word, possessive left out: its head
  const organizationHeaded = endsInOrganizationHead(tokens, end) || headedBeforeOf(split.rest);
  // "House Speaker Nancy Pelosi" typed as an organization: a title before a two-word name opening with a given name
  // is a person's; a title word also opens company names ("Commodore Business Machines", "General Electric")
  if (type !== 'person' && split.title && twoWordsOrMore(tokens, start + split.offset, end) && isUnknownPlace(split.rest) && !organizationHeaded && opensWithGivenName(split.rest)) {
    type = 'person';
    subtype = null;
  }
  // the title stays in the text before the span, where the titles step reads it
  if (type === 'person' && split.title) start += split.offset;
  while (start < end && /\s/.test(source[start]!)) start++;
  while (end > start && /\s/.test(source[end - 1]!)) end--;
  if (end <= start) return null;
  const text = source.slice(start, end);
  // look-ups read the name as it reads: a soft hyphen or zero-width space inside it is not part of it
  const reads = normalizeText(text);
  const key = nameKey(reads);
  if (key === '') return null;
  const country = type === 'person' ? null : canonicalCountry(reads.replace(/[’]/g, "'"));
  const tokenStart = tokenAt(tokens, start);
  // a mention outside the tokenized text (boilerplate, or a hand-built layer) has nothing to attach to
  if (tokenStart >= tokens.length || tokens[tokenStart]!.start >= end) return null;
  const tokenEnd = Math.max(tokenStart + 1, tokenAt(tokens, end - 1) + 1);
  // ("Speaking to Reuters, the minister said": a known organization before a comma is no apposition's person)
  if (type !== 'person' && !country && isUnknownPlace(reads) && !organizationHeaded && !isKnownOrganization(reads) && !namedAsSource(tokens, tokenStart) && hasPersonTitleNextTo(tokens, tokenStart, tokenEnd)) {
    type = 'person';
    subtype = null;
  }
  const draft: NameDraft = {
    start,
    end,
    text,
    kind: 'name',
    tokenStart,
    tokenEnd,
    type: country ? 'location' : type,
    subtype: country ? 'country' : subtype,
    key,
    keyWords: words(key),
    country,
    // both always set (undefined when absent), so every draft has one object shape in V8: metonymy.ts sets
    // metonymy later, and confidence.ts reads taggerScore of every name
    metonymy: m.metonymy ? m.metonymy : undefined,
    taggerScore: m.taggerScore,
    taggerAnyName: m.taggerAnyName,
    origin: m.origin,
  };
  return draft;
}

/**
 * "President Joe Biden" -> title "President", rest "Joe Biden"; "NASA
 * Administrator Charles Bolden" -> "NASA Administrator", "Charles Bolden".
 * The title ends at the last head word that still has a name after it;
 * before that head only title words, acronyms, countries, demonyms and
 * places may stand, so "Bob Dean Smith" keeps its middle name. Honorifics
 * ("Mr.") stay: they are part of how the person is named.
 */
function splitLeadingTitle(text: string): { title: string | null; rest: string; offset: number } {
  const parts = text.split(/(\s+)/);
  if (parts.every((p, i) => i % 2 === 1 || (isTitleWord(p.toLowerCase()) && !isHonorific(p)))) {
    return { title: null, rest: '', offset: text.length };
  }
  let lastHead = -1;
  for (let i = 0; i < parts.length - 2; i += 2) {
    const word = parts[i]!;
    if (isHonorific(word)) break;
    const lower = word.toLowerCase();
    if (titleHeads.has(lower)) {
      lastHead = i;
      continue;
    }
    if (!isTitleWord(lower) && !isQualifier(word)) break;
  }
  if (lastHead < 0) return { title: null, rest: text, offset: 0 };
  const offset = parts.slice(0, lastHead + 2).join('').length;
  // "President of the International Brotherhood": a description, not a title before a name
  if (!/^\p{Lu}/u.test(text.slice(offset))) return { title: null, rest: text, offset: 0 };
  return { title: parts.slice(0, lastHead + 1).join(''), rest: text.slice(offset), offset };
}

/**
 * "COP28 president Sultan Al Jaber": after a title the article writes in
 * lower case right before the name, a title word that is also a given name
 * or name part ("Sultan", "Sheikh") is the name's, not a second title.
 */
function keepTitleThatIsAName(tokens: readonly Token[], start: number, text: string): ReturnType<typeof splitLeadingTitle> {
  const split = splitLeadingTitle(text);
  if (!split.title || /\s/.test(split.title) || !titlesAlsoNames.has(split.title.toLowerCase())) return split;
  const first = tokenAt(tokens, start);
  const before = tokens[first - 1];
  if (!before || before.sentence !== tokens[first]?.sentence || before.text !== before.lower || !titleHeads.has(before.lower)) return split;
  return { title: null, rest: text, offset: 0 };
}

/** Words that may precede a title inside a name span: "NASA", "U.S.", "Pennsylvania", "Chinese". */
function isQualifier(word: string): boolean {
  if (/^[A-Z][A-Z.&-]{1,9}$/.test(word)) return true;
  return canonicalCountry(word) !== null || demonymToCountry(word) !== null || placeKind(word) !== null;
}

/** Does the text from offset `from` to `end` hold two words or more: a space between two of its tokens? */
function twoWordsOrMore(tokens: readonly Token[], from: number, end: number): boolean {
  for (let k = tokenAt(tokens, from) + 1; k < tokens.length && tokens[k]!.start < end; k++) if (tokens[k]!.start > tokens[k - 1]!.end) return true;
  return false;
}

/**
 * Does the name open with a known given name ("Nancy Pelosi") or, written family name first, a known family name
 * ("Park Jin-soo"), not a company's word ("Business Machines")?
 */
function opensWithGivenName(text: string): boolean {
  const first = (/^[^\s]+/.exec(text)?.[0] ?? '').toLowerCase();
  return isGivenName(first) || isFamilyName(first);
}

function isUnknownPlace(text: string): boolean {
  return placeKind(text) === null && canonicalCountry(text) === null;
}

/**
 * Does the name ending before offset `end` end in an organization's head word
 * or suffix, singular or plural ("American Jewish Organizations", "Kishida
 * Foundation")? Such a name is no person's whatever title stands before it
 * ("... of Major American Jewish Organizations"). The entity rules' own test,
 * on the token layer's last word of the name.
 */
function endsInOrganizationHead(tokens: readonly Token[], end: number): boolean {
  const last = tokenAt(tokens, end - 1);
  return last < tokens.length && isOrganizationHeadOrSuffix(tokens[last]!.lower, tokens[last + 1]?.lower);
}

/**
 * "Museum of Art" (after "Metropolitan", a church's title word): the word before the name's first "of" is an
 * organization's head, so the name is the body's, whatever title seems to stand before it.
 */
function headedBeforeOf(name: string): boolean {
  const words = name.split(/\s+/);
  const of = words.indexOf('of');
  return of > 0 && isOrganizationHeadOrSuffix(words[of - 1]!.toLowerCase(), 'of');
}

/**
 * Is the name at `tokenStart` (a "the" before it skipped) the source of the clause after its comma ("According to
 * the Sun, the player will leave": source-cues.json)? Then the words after the comma are that clause's subject, no
 * apposition of the name.
 */
function namedAsSource(tokens: readonly Token[], tokenStart: number): boolean {
  const sentence = tokens[tokenStart]!.sentence;
  const end = tokens[tokenStart - 1]?.lower === 'the' ? tokenStart - 1 : tokenStart;
  return sourceCues.before.some((cue) => cue.every((w, i) => {
    const t = tokens[end - cue.length + i];
    return t !== undefined && t.sentence === sentence && t.lower === w;
  }));
}

const appositionTags = new Set(['NOUN', 'PROPN', 'ADJ', 'PART']);
const appositionOpeners = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their']);

/**
 * Evidence that a name the recognizer typed as a place or organization is a
 * person's: a title right before it ("spokesman Zhao Lijian") or an
 * apposition after it whose first few words hold a title ("Zhao Lijian,
 * China's Foreign Ministry spokesman,") that no name follows.
 */
function hasPersonTitleNextTo(tokens: readonly Token[], tokenStart: number, tokenEnd: number): boolean {
  const before = tokens[tokenStart - 1];
  if (before && before.sentence === tokens[tokenStart]!.sentence && titleHeads.has(before.lower) && tokenEnd - tokenStart >= 2) return true;
  if (tokenAtIndex(tokens, tokenEnd)?.text !== ',') return false;
  let k = tokenEnd + 1;
  if (appositionOpeners.has(tokens[k]?.lower ?? '')) k++;
  for (let n = 0; n < 6 && k < tokens.length; n++, k++) {
    const t = tokens[k]!;
    // "In Oban, cafe owner Lorna MacPhail said": a name right after the title is the one it goes with
    if (titleHeads.has(t.lower)) return !/^\p{Lu}/u.test(tokens[k + 1]?.text ?? '') || tokens[k + 1]!.sentence !== t.sentence;
    if (!appositionTags.has(t.pos) && t.text !== '-') return false;
  }
  return false;
}
