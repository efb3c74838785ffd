import type { Token } from '../../../document';
import lexicon from '../../../data/entities/lexicon.json';
import companyLists from '../../../data/entities/company-lists.json';
import ruleWords from '../../../data/entities/rule-words.json';
import { isCommonWord } from '../../../nlp/common-words';
import { placeKind } from '../gazetteer';
import { isCapitalized } from '../features';
import { isCapitalizedWord } from '../capitalized';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan, TagType } from '../tagger';
import { companyListJoiners, connectors, isOrganizationHeadOrSuffix, notNames } from './words';
import { readNameList } from './lists';
import { taggedSpan } from './shared';
import { bracketedTokenAt, capitalCount, capitalInitials, notNameAcronyms } from '../acronyms';
import { tokenAtIndex } from '../../../nlp/token-at-index';

/**
 * "the CPA", "GM said", "NASA ... NASA": an acronym standing alone in
 * mixed-case text names an organization far more often than anything else
 * (CoNLL-style corpora: the other names in capitals are mostly places, which
 * the gazetteer knows). The tagger misses many it never saw in training, as
 * their shape alone does not tell it. An untagged acronym of 2-6 capitals is
 * added when the article supports it: it stands there twice or more, or after
 * "the", joins initials with "&" ("P&G", "H&M"), or is what is bought or
 * held a stake in ("bought MGM", "a stake in STC"), or follows a name's
 * possessive ("Merz's CDU"), or follows a noun of a kind of company or of a
 * company's partner ("chipmaker TSMC", "its foundry partner TSMC", "rival
 * AMD"). Its type is the type another mention of it
 * already has, else a place for a known place ("UAE"), else an organization. Not for common
 * words ("IT", "US" as a word) or abbreviations that are no names ("CEO",
 * "GDP", "PM": data/entities/common-acronyms.json), terms the article spells
 * out in lower-case words ("sea surface salinity (SSS)"), units and
 * currencies beside an amount ("225 DKK"), surnames a court opinion lists
 * in capitals ("KENNEDY, SOUTER, and BREYER"), nor inside a longer run of
 * capitalized words, whose bounds the rule cannot tell. Nor the short form of
 * a term spelt out in capitalized everyday words no name covers ("Internet
 * Explorer ... IE").
 */
export const addRepeatedAcronyms: EntityPass = { name: 'add-repeated-acronyms', run };

const acronymShape = /^[A-Z][A-Z0-9&]{1,5}$/;

/** The untagged acronyms the article may name an organization by, before any cue, with what the article says of them. */
export interface AcronymCandidates {
  /** token indexes of the acronyms: no common word or unit, not in a longer capitalized run, not in shouted text, no surname in capitals */
  readonly candidates: readonly number[];
  /** how often each acronym stands in the article */
  readonly count: ReadonlyMap<string, number>;
  /** the type an acronym already has where a span of it alone is tagged */
  readonly typeOf: ReadonlyMap<string, TagType>;
}

/** Shared with pass 79, which adds acronyms joined by "and" to organizations found after this pass. */
export function acronymCandidates({ tokens, sentences, caseless, capitalized }: EntityPassContext, spans: readonly TaggedSpan[]): AcronymCandidates {
  const covered = new Uint8Array(tokens.length);
  const typeOf = new Map<string, TagType>();
  for (const s of spans) {
    covered.fill(1, s.tokenStart, s.tokenEnd);
    if (s.tokenEnd - s.tokenStart === 1) typeOf.set(tokens[s.tokenStart]!.text, s.type);
  }
  const candidates: number[] = [];
  const count = new Map<string, number>();
  // read from the whole article, and only once an acronym gets that far: most articles have none that does
  let terms: Set<string> | undefined;
  for (let t = 0; t < tokens.length; t++) {
    // (an acronym opens with a capital: the capital marks rule out most words before their text is read)
    if (capitalized[t] === 0) continue;
    const tok = tokens[t]!;
    // (a unit beside an amount, "225 DKK", is no mention of a name and does not count as one)
    if (!acronymShape.test(tok.text) || capitalCount(tok.text) < 2 || besideNumber(tokens, t)) continue;
    count.set(tok.text, (count.get(tok.text) ?? 0) + 1);
    if (covered[t] || caseless[tok.sentence] || !isAcronymCandidate(tok.text, tok.lower) || (terms ??= articleTerms(tokens, covered, spans)).has(tok.text)) continue;
    const s = sentences[tok.sentence]!;
    const prev = t > s.tokenStart ? tokens[t - 1] : undefined;
    const next = t + 1 < s.tokenEnd ? tokens[t + 1] : undefined;
    // part of a longer capitalized run ("BBC Radio", "USPS Priority Mail"): bounds unclear
    if ((prev && isCapitalized(prev.text) && /[a-z]/.test(prev.text) && prev.lower !== 'the') || (next && isCapitalized(next.text) && /[a-z]/.test(next.text))) continue;
    // in shouted text ("MY ROOMATES RUTH RASER, SALLY BROWNING") capitals say nothing: a lower-case word must be near
    if (!lowerCaseNear(tokens, t, s.tokenStart, s.tokenEnd)) continue;
    candidates.push(t);
  }
  return { candidates, count, typeOf };
}

/** Organization unless another mention of it has a type, or a place for a known place ("UAE"). */
export function acronymType(text: string, typeOf: ReadonlyMap<string, TagType>): TagType {
  return typeOf.get(text) ?? (placeKind(text) ? 'LOC' : 'ORG');
}

function run(ctx: EntityPassContext, spans: readonly TaggedSpan[]): readonly TaggedSpan[] {
  const { tokens } = ctx;
  const { candidates, count, typeOf } = acronymCandidates(ctx, spans);
  if (candidates.length === 0) return spans;
  const out = [...spans];
  for (const t of candidates) {
    const tok = tokens[t]!;
    // "P&G said", "H&M shares": initials joined by "&" name a firm on their own ("R&D", "M&A" are on the common
    // list), unless a lower-case noun follows that the firm's name modifies ("an M&M cookie": a product)
    const context = firmInitials(tokens, t) || boughtOrHeld(tokens, t) || afterNamePossessive(tokens, t) || afterCompanyNoun(tokens, t);
    // the weak support (repeated, after "the") is enough only for an acronym shaped like a name: not a model number
    // ("IE6 users", "the SX40", "the BEL20 index": a firm named so is found by the cues above)
    const weak = repeatedOrAfterThe(tokens, t, count.get(tok.text) ?? 0) && !/[0-9]/.test(tok.text);
    if (!context && !weak) continue;
    out.push({ tokenStart: t, tokenEnd: t + 1, type: acronymType(tok.text, typeOf) });
  }
  return out.sort((x, y) => x.tokenStart - y.tokenStart);
}

/**
 * The article's weak support: the acronym stands there twice or more, or it heads a phrase opened by "the" ("the
 * CPA said"). A "the" before an acronym that modifies the lower-case noun after it belongs to that noun ("the HR
 * department", "the SCADA values"): no support.
 */
function repeatedOrAfterThe(tokens: readonly Token[], t: number, mentions: number): boolean {
  if (mentions >= 2) return true;
  const the = tokenAtIndex(tokens, t - 1);
  if (the?.lower !== 'the' || the.sentence !== tokens[t]!.sentence) return false;
  return !modifiesNounAfter(tokens, t);
}

/** "the HR department", "the LNG development group": a lower-case noun right after the acronym, other than "shares" and the like. */
export function modifiesNounAfter(tokens: readonly Token[], t: number): boolean {
  const next = tokenAtIndex(tokens, t + 1);
  return next !== undefined && next.sentence === tokens[t]!.sentence && next.pos === 'NOUN' && next.text === next.lower && !companyAfterNouns.has(next.lower);
}

const companyAfterNouns = new Set(lexicon.contextTypes.companyAfter);
const acquisition = {
  before: new Set(ruleWords.acquisitionWords.before),
  beforeOf: new Set(ruleWords.acquisitionWords.beforeOf),
  beforeIn: new Set(ruleWords.acquisitionWords.beforeIn),
};

/** "bought MGM", "the takeover of ARM", "a stake in STC": what is bought, taken over or held a stake in is a company. */
function boughtOrHeld(tokens: readonly Token[], t: number): boolean {
  const prev = tokenAtIndex(tokens, t - 1);
  const prev2 = tokenAtIndex(tokens, t - 2);
  if (!prev || prev.sentence !== tokens[t]!.sentence) return false;
  if (acquisition.before.has(prev.lower)) return true;
  if (!prev2 || prev2.sentence !== prev.sentence) return false;
  return (prev.lower === 'of' && acquisition.beforeOf.has(prev2.lower)) || (prev.lower === 'in' && acquisition.beforeIn.has(prev2.lower));
}

/**
 * "Merz's CDU", "Biden's DOJ": an acronym a name's possessive owns is that name's party, ministry or firm; not
 * before a lower-case noun ("Samsung's OLED screens", "Tesla's FSD software": a technology), unless a noun of
 * governments or parties ("Modi's BJP government", "Merz's CDU party": lexicon.json government-body, companyAfter).
 */
function afterNamePossessive(tokens: readonly Token[], t: number): boolean {
  const mark = tokenAtIndex(tokens, t - 1);
  const owner = tokenAtIndex(tokens, t - 2);
  if (!mark || !owner || owner.sentence !== tokens[t]!.sentence || (mark.text !== "'s" && mark.text !== '’s')) return false;
  const next = tokenAtIndex(tokens, t + 1);
  if (next && next.sentence === owner.sentence && next.pos === 'NOUN' && next.text === next.lower && !acronymOwnerNouns.has(next.lower)) return false;
  return isCapitalized(owner.text) && /[a-z]/.test(owner.text);
}

// nouns of governments and of parties, factions and stakes (lexicon.json)
const acronymOwnerNouns = new Set([...lexicon.orgSubtypes['government-body'], ...lexicon.contextTypes.companyAfter]);

// kinds of organization ("chipmaker", "lender") and a company's relations ("partner", "rival"): lexicon.json, company-lists.json
const companyNouns = new Set([...lexicon.contextTypes.orgKind, ...companyLists.partnerNouns]);

/**
 * "its foundry partner TSMC", "rival AMD", "Taiwanese chipmaker TSMC": an acronym right after a lower-case noun of
 * a kind of organization or of a company's partner is that organization, named once in wire copy. Not before a
 * lower-case noun the acronym modifies ("the company AGM minutes"), other than "shares" and the like.
 */
function afterCompanyNoun(tokens: readonly Token[], t: number): boolean {
  const noun = tokenAtIndex(tokens, t - 1);
  if (!noun || noun.sentence !== tokens[t]!.sentence || noun.text !== noun.lower || !companyNouns.has(noun.lower)) return false;
  const next = tokenAtIndex(tokens, t + 1);
  return !next || next.sentence !== noun.sentence || next.pos !== 'NOUN' || next.text !== next.lower || companyAfterNouns.has(next.lower);
}

/** "P&G", "H&M", "B&Q": one or two initials each side of "&", not before a lower-case noun other than "shares", "stock". */
function firmInitials(tokens: readonly Token[], t: number): boolean {
  if (!/^[A-Z]{1,2}&[A-Z]{1,2}$/.test(tokens[t]!.text)) return false;
  const next = tokenAtIndex(tokens, t + 1);
  return !next || next.sentence !== tokens[t]!.sentence || next.pos !== 'NOUN' || next.text !== next.lower || companyAfterNouns.has(next.lower);
}

/** The acronyms the article shows to be no organization's: terms it spells out, surnames in capitals, count nouns. */
function articleTerms(tokens: readonly Token[], covered: Uint8Array, spans: readonly TaggedSpan[]): Set<string> {
  const terms = definedTerms(tokens, covered);
  for (const t of namesInCapsLists(tokens, spans)) terms.add(t);
  for (const t of untaggedCapitalizedInitials(tokens, covered, spans)) terms.add(t);
  for (const t of countNounAcronyms(tokens)) terms.add(t);
  return terms;
}

/**
 * "sea surface salinity (SSS)", "liquefied natural gas (LNG)", "soil moisture and ocean salinity (SMOS)": an acronym
 * the article spells out in lower-case words is a term, not a name (organizations are spelt out in capitals: "World
 * Health Organization (WHO)"). So is one spelt out in capitals that no name covers and that has no organization's
 * head word ("Information and Communication Technology (ICT)", "Compact Fluorescent Light (CFL)"; "Korvath Workers
 * Federation (KWF)" stays), and one spelt out in brackets right after it ("ROS [Reactive Oxygen Species, ...",
 * "the VM (virtual microscope)").
 */
function definedTerms(tokens: readonly Token[], covered: Uint8Array): Set<string> {
  const out = new Set<string>();
  for (let open = 1; open < tokens.length; open++) {
    const acronym = bracketedTokenAt(tokens, open);
    if (acronym === undefined || !acronymShape.test(acronym.text)) continue;
    if (lowerCaseSpellOutBefore(tokens, open, acronym) || capitalizedTermBefore(tokens, open, acronym.text, covered)) out.add(acronym.text);
  }
  for (let t = 0; t + 2 < tokens.length; t++) {
    const tok = tokens[t]!;
    if (!acronymShape.test(tok.text) || (tokens[t + 1]!.text !== '(' && tokens[t + 1]!.text !== '[')) continue;
    if (spellOutAfter(tokens, t + 2, tok)) out.add(tok.text);
  }
  return out;
}

/** the most words a spelt-out term runs to */
const maxSpellOutWords = 6;

/**
 * "Internet Explorer's market share ... IE's versions", "CI for Collective Intelligence": the initials of a run of
 * capitalized everyday words (and connectors) anywhere in the article that no name covers and that has no
 * organization's head word. An acronym spelling such a run, and no name of the article, is the article's short form of a term or a
 * product, not of an organization, whose long form is a name ("World Health Organization ... WHO"). Not the
 * initials of a name of the article: "General Motors" tagged at one mention and missed at another.
 */
function untaggedCapitalizedInitials(tokens: readonly Token[], covered: Uint8Array, spans: readonly TaggedSpan[]): Set<string> {
  // the names' initials, read once a run of two capitalized words is found (none in many articles)
  let initialsOfNames: Set<string> | undefined;
  const namesInitials = (): Set<string> => (initialsOfNames ??= new Set(spans.map((n) => capitalInitials(tokens.slice(n.tokenStart, n.tokenEnd)))));
  const out = new Set<string>();
  const isWord = (w: Token): boolean => isCapitalizedWord(w.text);
  for (let from = 0; from < tokens.length; from++) {
    if (covered[from] || !isWord(tokens[from]!) || (from > 0 && tokens[from - 1]!.sentence === tokens[from]!.sentence && isWord(tokens[from - 1]!))) continue;
    // (a sentence's first word is capitalized whatever it is)
    if (from === 0 || tokens[from - 1]!.sentence !== tokens[from]!.sentence) continue;
    let initials = '';
    let words = 0;
    for (let t = from; t < tokens.length && words < maxSpellOutWords; t++) {
      const w = tokens[t]!;
      if (w.sentence !== tokens[from]!.sentence || covered[t] || isOrganizationHeadOrSuffix(w.lower, tokens[t + 1]?.lower)) break;
      // a term is written in everyday words; a word of no dictionary ("Zanu", "Kravis") belongs to a name
      if (isWord(w) && !isCommonWord(w.lower)) break;
      if (isWord(w)) {
        initials += w.text[0];
        words++;
        if (words >= 2 && !namesInitials().has(initials)) out.add(initials);
      } else if (!connectors.has(w.lower) || !isWord(tokenAtIndex(tokens, t + 1) ?? w)) break;
    }
  }
  return out;
}

const lettersOf = (acronym: string): string => acronym.toLowerCase().replace(/[^a-z]/g, '');
const isLowerWord = (w: Token): boolean => /^[a-z][a-z-]*$/.test(w.text);

/** Lower-case words ending right before token `open` whose first letters spell the acronym; connectors ("and", "of") may stand between. */
function lowerCaseSpellOutBefore(tokens: readonly Token[], open: number, acronym: Token): boolean {
  const letters = lettersOf(acronym.text);
  if (letters.length < 2) return false;
  let i = letters.length - 1;
  for (let w = open - 1; w >= 0 && i >= 0; w--) {
    const word = tokens[w]!;
    if (word.sentence !== acronym.sentence || !isLowerWord(word)) return false;
    if (word.text[0] === letters[i]) i--;
    else if (!connectors.has(word.lower)) return false;
  }
  return i < 0;
}

/** Words from token `from` (lower-case, or capitalized with no organization's head word) whose first letters spell the acronym. */
function spellOutAfter(tokens: readonly Token[], from: number, acronym: Token): boolean {
  const letters = lettersOf(acronym.text);
  if (letters.length < 2) return false;
  let i = 0;
  for (let w = from; w < tokens.length && i < letters.length; w++) {
    const word = tokens[w]!;
    if (word.sentence !== acronym.sentence || !/^[A-Za-z][a-z-]*$/.test(word.text)) return false;
    if (isOrganizationHeadOrSuffix(word.lower, tokens[w + 1]?.lower)) return false;
    if (word.lower[0] === letters[i]) i++;
    else if (!connectors.has(word.lower)) return false;
  }
  return i === letters.length;
}

const countNounDeterminers = new Set(ruleWords.countNounDeterminers);
/** what may follow the head of a noun phrase: punctuation, a preposition, a conjunction, a verb, a determiner */
const afterHead = new Set(['PUNCT', 'ADP', 'CCONJ', 'SCONJ', 'AUX', 'VERB', 'PART', 'DET']);

/**
 * "I had a DUI but ...", "NiMo released an additional RFP for ...", "forward their PPA.": an acronym heading a
 * phrase opened by "a", "an", "another" or a possessive is a count noun, a term, at every mention in the article.
 * A name does not take these ("a NASA spokesman", "an NBC affiliate": the acronym modifies the noun after it).
 */
function countNounAcronyms(tokens: readonly Token[]): Set<string> {
  const out = new Set<string>();
  for (let t = 1; t < tokens.length; t++) {
    const tok = tokens[t]!;
    if (!acronymShape.test(tok.text) || capitalCount(tok.text) < 2) continue;
    let d = t - 1;
    // one lower-case adjective between ("an additional RFP")
    if (tokens[d]!.pos === 'ADJ' && tokens[d]!.text === tokens[d]!.lower && d > 0) d--;
    const det = tokens[d]!;
    if (det.sentence !== tok.sentence || !countNounDeterminers.has(det.text.toLowerCase())) continue;
    const next = tokenAtIndex(tokens, t + 1);
    if (!next || next.sentence !== tok.sentence || afterHead.has(next.pos ?? '')) out.add(tok.text);
  }
  return out;
}

/** Capitalized words (and connectors) right before token `open` whose initials spell `acronym`, untagged and with no organization head. */
function capitalizedTermBefore(tokens: readonly Token[], open: number, acronym: string, covered: Uint8Array): boolean {
  for (let from = open - 1; from >= 0 && from >= open - acronym.length - 3; from--) {
    const w = tokens[from]!;
    if (w.sentence !== tokens[open]!.sentence || covered[from] || !(isCapitalized(w.text) || connectors.has(w.lower))) return false;
    if (isOrganizationHeadOrSuffix(w.lower, tokens[from + 1]?.lower)) return false;
    const words = tokens.slice(from, open);
    if (isCapitalized(w.text) && capitalInitials(words) === acronym) return true;
  }
  return false;
}

/**
 * "225 DKK per hour", "DKK 400,000", "50 MW": an acronym beside an amount is its unit or currency; "RPO # 25", "LST
 * No. 325": one before a number sign and a number names a numbered vehicle or item of its kind.
 */
function besideNumber(tokens: readonly Token[], t: number): boolean {
  const near = (x: Token | undefined): boolean => x !== undefined && x.sentence === tokens[t]!.sentence && /^\d[\d.,]*$/.test(x.text);
  const sign = tokenAtIndex(tokens, t + 1);
  const numberSign = sign !== undefined && sign.sentence === tokens[t]!.sentence && numberSigns.has(sign.text);
  return near(tokenAtIndex(tokens, t - 1)) || near(tokenAtIndex(tokens, t + 1)) || (numberSign && near(tokenAtIndex(tokens, t + 2)));
}

const numberSigns = new Set(ruleWords.numberSigns);

function isAcronymCandidate(text: string, lower: string): boolean {
  return !notNameAcronyms.has(text) && !isCommonWord(lower) && !notNames.has(lower);
}

function lowerCaseNear(tokens: readonly { text: string }[], t: number, lo: number, hi: number): boolean {
  for (let i = Math.max(lo, t - 3); i < Math.min(hi, t + 4); i++) if (i !== t && /^[a-z]+$/.test(tokens[i]!.text) && tokens[i]!.text.length > 2) return true;
  return false;
}

/**
 * "in which KENNEDY, SOUTER, GINSBURG, and BREYER joined", "SCALIA and THOMAS": a court opinion or a signature line
 * writes surnames in capitals. The words in capitals of a list in which one is too long for an acronym (7 letters or
 * more) or is tagged a person are such surnames, at every mention in the article, not organizations' acronyms.
 */
function namesInCapsLists(tokens: readonly Token[], spans: readonly TaggedSpan[]): Set<string> {
  const person = new Uint8Array(tokens.length);
  for (const s of spans) if (s.type === 'PER') person.fill(1, s.tokenStart, s.tokenEnd);
  const isCapsWord = (w: Token | undefined): w is Token => w !== undefined && /^[A-Z][A-Z'-]+$/.test(w.text);
  const capsWordAt = (o: number): TaggedSpan | undefined => (isCapsWord(tokens[o]) ? taggedSpan(o, o + 1, 'PER') : undefined);
  const out = new Set<string>();
  for (let t = 0; t < tokens.length; t++) {
    if (!isCapsWord(tokens[t])) continue;
    // the list's items: words in capitals, one or two joiners (", and", "&") between each and the next, in one sentence
    // (starts pushed, not mapped: map's array kind varies, and the reads below deoptimized on it; see mapSpans in shared.ts)
    const items: number[] = [];
    for (const m of readNameList(tokens, t, capsWordAt, { joiners: companyListJoiners })) items.push(m.tokenStart);
    if (items.length > 1 && items.some((i) => tokens[i]!.text.length >= 7 || person[i])) {
      for (const i of items) if (acronymShape.test(tokens[i]!.text)) out.add(tokens[i]!.text);
    }
    t = items[items.length - 1]!;
  }
  return out;
}
