/**
 * Rule layers over the tagger's output, where a rule generalizes better than
 * a learned weight: demonyms are not names, an acronym in parentheses after
 * a name is that name's acronym, and a name found once is the same name (and
 * type) wherever else it appears in the article.
 */
import type { Sentence, Token } from '../../document';
import lexicon from '../../data/entities/lexicon.json';
import ruleWords from '../../data/entities/rule-words.json';
import { canonicalCountry, demonymToCountry, isFamilyName, isGivenName, isKnownOrganization, placeKind } from './gazetteer';
import { isCapitalized, sentenceFlags, wordClass } from './features';
import { romanizationOf } from './romanized';
import { calendarWord } from './spans';
import type { TaggedSpan, TagType } from './tagger';

/** The words as written: a space only where the text has one ("Asia-Pacific", not "Asia - Pacific"). */
function wordsText(words: readonly Token[]): string {
  let out = '';
  words.forEach((w, i) => {
    out += (i > 0 && w.start > words[i - 1]!.end ? ' ' : '') + w.text;
  });
  return out;
}
const textOf = (tokens: readonly Token[], s: TaggedSpan): string => wordsText(tokens.slice(s.tokenStart, s.tokenEnd));

/**
 * "Japanese", "Chinese": adjectives of a country, not names (the resolve
 * stage links them); nor are their plurals ("the Israelis") or the names of
 * faiths and peoples ("Muslims", "Roman Catholic").
 */
export function dropDemonyms(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  return spans.filter((s) => {
    const text = textOf(tokens, s);
    if (groupWords.has(text.toLowerCase())) return false;
    if (canonicalCountry(text)) return true;
    return !(demonymToCountry(text) || (/[a-z]s$/.test(text) && demonymToCountry(text.slice(0, -1))));
  });
}
const groupWords = new Set(lexicon.groupWords);

const acronymShape = /^[A-Z][A-Za-z&.\-]{1,9}$/;
function isAcronym(text: string): boolean {
  if (!acronymShape.test(text)) return false;
  let upper = 0;
  for (const ch of text) if (ch >= 'A' && ch <= 'Z') upper++;
  return upper >= 2;
}

/** Do the acronym's capitals spell the capitalized words of the name ("APEC", "Asia-Pacific Economic Cooperation")? */
function initialsMatch(acronym: string, words: readonly Token[]): boolean {
  const initials = words.filter((w) => isCapitalized(w.text)).map((w) => w.text[0]).join('');
  return initials === acronym.replace(/[^A-Z]/g, '');
}

/** "Chinese Communist Party (CCP)": the acronym is a mention of the same type. */
export function addAcronyms(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  const out = [...spans];
  const covered = new Set<number>();
  for (const s of spans) for (let t = s.tokenStart; t < s.tokenEnd; t++) covered.add(t);
  for (const s of spans) {
    const open = tokens[s.tokenEnd];
    const acr = tokens[s.tokenEnd + 1];
    const close = tokens[s.tokenEnd + 2];
    if (open?.text !== '(' || !acr || close?.text !== ')' || covered.has(s.tokenEnd + 1)) continue;
    if (!isAcronym(acr.text) || s.type === 'PER') continue;
    out.push({ tokenStart: s.tokenEnd + 1, tokenEnd: s.tokenEnd + 2, type: s.type });
    covered.add(s.tokenEnd + 1);
  }
  // "APEC (Asia-Pacific Economic Cooperation)": the acronym first, its expansion in brackets
  for (const s of spans) {
    const open = tokens[s.tokenStart - 1];
    const close = tokens[s.tokenEnd];
    const acr = tokens[s.tokenStart - 2];
    if (open?.text !== '(' || close?.text !== ')' || !acr || covered.has(s.tokenStart - 2) || s.type === 'PER') continue;
    if (!isAcronym(acr.text) || !initialsMatch(acr.text, tokens.slice(s.tokenStart, s.tokenEnd))) continue;
    out.push({ tokenStart: s.tokenStart - 2, tokenEnd: s.tokenStart - 1, type: s.type });
    covered.add(s.tokenStart - 2);
  }
  return out.sort((a, b) => a.tokenStart - b.tokenStart);
}

const keyOf = (tokens: readonly Token[], a: number, b: number): string => {
  let key = '';
  for (let t = a; t < b; t++) key += (t > a ? ' ' : '') + tokens[t]!.lower;
  return key;
};
const connectors = new Set(ruleWords.connectors);

/**
 * Document consistency: a name's type is its majority type in the article,
 * and an untagged capitalized occurrence of a tagged name (or of a person's
 * given or family name) is tagged too.
 */
export function propagateNames(
  _source: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  spans: readonly TaggedSpan[],
): TaggedSpan[] {
  const votes = new Map<string, Map<TagType, number>>();
  const vote = (key: string, type: TagType, weight: number): void => {
    let m = votes.get(key);
    if (!m) votes.set(key, (m = new Map()));
    m.set(type, (m.get(type) ?? 0) + weight);
  };
  let maxLen = 1;
  const shortOrgNames = new Set<string>();
  const lowerSeen = new Set<string>();
  for (const t of tokens) if (t.text === t.lower) lowerSeen.add(t.lower);
  for (const [i, s] of spans.entries()) {
    // "Houston, Texas" settles that Houston is a place, for every mention
    const next = spans[i + 1];
    const afterRegion = next ? tokens[next.tokenEnd] : undefined;
    const beforeRegion =
      next?.type === 'LOC' && tokens[s.tokenEnd]?.text === ',' && next.tokenStart === s.tokenEnd + 1 && s.tokenEnd - s.tokenStart <= 2 &&
      !(afterRegion && (afterRegion.text === "'s" || afterRegion.text === '’s' || isCapitalized(afterRegion.text))) &&
      !(s.type === 'PER' && s.tokenEnd - s.tokenStart > 1) &&
      placeKind(textOf(tokens, next)) === 'region';
    vote(keyOf(tokens, s.tokenStart, s.tokenEnd), beforeRegion ? 'LOC' : s.type, beforeRegion ? 20 : 1);
    maxLen = Math.max(maxLen, Math.min(8, s.tokenEnd - s.tokenStart));
    if (s.type === 'PER' && s.tokenEnd - s.tokenStart >= 2) {
      const first = tokens[s.tokenStart]!;
      const last = tokens[s.tokenEnd - 1]!;
      // a person's family name alone is that person, even when it is also a place
      // ("Valeska Paris ... Paris claims"); a given name that is a place is left alone
      if (first.text.length > 2 && !bigPlace(first.text)) vote(first.lower, 'PER', 3);
      if (last.text.length > 1) vote(last.lower, 'PER', 10);
    }
    // "Kyodo News" settles that "the Kyodo report" is the organization, not a person (it
    // tags no new words: "the Republican Party" does not make every "Republican" a name)
    // ("Andy Warhol Museum" says nothing of Andy Warhol: only a one-word name that is no person's name counts)
    const short = tokens[s.tokenStart]!;
    if (s.type === 'ORG' && s.tokenEnd - s.tokenStart === 2 && wordClass(tokens[s.tokenEnd - 1]!.lower) === 'orgsuf' && !isGivenName(short.lower) && !isFamilyName(short.lower)) {
      shortOrgNames.add(short.lower);
    }
    for (const key of companyShortNames(tokens, s, lowerSeen)) vote(key, 'ORG', 20);
  }
  const majority = (key: string): TagType | null => {
    const m = votes.get(key);
    if (!m) return null;
    let best: TagType | null = null;
    let bestWeight = 0;
    for (const [type, w] of m) if (w > bestWeight) [best, bestWeight] = [type, w];
    return best;
  };

  const out: TaggedSpan[] = spans.map((s) => {
    const key = keyOf(tokens, s.tokenStart, s.tokenEnd);
    const type = majority(key) ?? s.type;
    return { ...s, type: type === 'PER' && shortOrgNames.has(key) ? 'ORG' : type };
  });
  const covered = new Uint8Array(tokens.length);
  for (const s of out) covered.fill(1, s.tokenStart, s.tokenEnd);

  const allCaps = sentences.map((s) => {
    let letters = 0;
    let upper = 0;
    for (let t = s.tokenStart; t < s.tokenEnd; t++) {
      const x = tokens[t]!.text;
      if (x.toLowerCase() === x.toUpperCase()) continue;
      letters++;
      if (x === x.toUpperCase()) upper++;
    }
    return letters > 1 && upper / letters > 0.8;
  });
  const nameLike = (t: Token): boolean => isCapitalized(t.text) || (allCaps[t.sentence] ?? false);

  for (let t = 0; t < tokens.length; t++) {
    if (covered[t] || !nameLike(tokens[t]!)) continue;
    const sentence = sentences[tokens[t]!.sentence];
    const limit = Math.min(sentence ? sentence.tokenEnd : tokens.length, t + maxLen);
    for (let e = limit; e > t; e--) {
      if (covered.subarray(t, e).some((c) => c === 1)) continue;
      const last = tokens[e - 1]!;
      if (!nameLike(last)) continue;
      let ok = true;
      for (let i = t + 1; i < e - 1; i++) if (!nameLike(tokens[i]!) && !connectors.has(tokens[i]!.lower)) ok = false;
      if (!ok) continue;
      const type = majority(keyOf(tokens, t, e));
      if (!type) continue;
      // a capitalized word that follows on from more capitalized words is part of some other name
      const before = tokens[t - 1];
      const after = tokens[e];
      const glued = (x: Token | undefined): boolean =>
        x !== undefined && x.sentence === tokens[t]!.sentence && isCapitalized(x.text) && !(allCaps[x.sentence] ?? false) && x.pos === 'PROPN';
      if (glued(after)) continue;
      if (glued(before)) {
        // "Fumio Kishida became ...", where only "Kishida" is known: the given name joins the person
        const start = givenNamesBefore(tokens, t, covered);
        if (type !== 'PER' || start === t || glued(tokens[start - 1])) continue;
        out.push({ tokenStart: start, tokenEnd: e, type });
        covered.fill(1, start, e);
        t = e - 1;
        break;
      }
      out.push({ tokenStart: t, tokenEnd: e, type });
      covered.fill(1, t, e);
      t = e - 1;
      break;
    }
  }
  return out.sort((a, b) => a.tokenStart - b.tokenStart);
}

const corporateSuffixes = new Set(lexicon.corporateSuffixes);

/**
 * The names a company goes by after its first mention: "Control Data Corp."
 * is "Control Data", "Sun Microsystems Inc." is "Sun", "RJR Nabisco Inc."
 * is "RJR", "Kohlberg Kravis Roberts & Co." is "KKR". Keys as keyOf makes
 * them. The first word alone counts only when it is no word the article
 * writes in lower case, and no title, place or given name.
 */
function companyShortNames(tokens: readonly Token[], s: TaggedSpan, lowerSeen: ReadonlySet<string>): string[] {
  if (s.type !== 'ORG') return [];
  let end = s.tokenEnd;
  while (end > s.tokenStart && (tokens[end - 1]!.text === '.' || tokens[end - 1]!.text === ',')) end--;
  if (end - s.tokenStart < 2 || !corporateSuffixes.has(tokens[end - 1]!.lower)) return [];
  let nameEnd = end - 1;
  while (nameEnd > s.tokenStart && (connectors.has(tokens[nameEnd - 1]!.lower) || tokens[nameEnd - 1]!.text === ',')) nameEnd--;
  if (nameEnd <= s.tokenStart) return [];
  const keys = [keyOf(tokens, s.tokenStart, nameEnd)];
  const words = tokens.slice(s.tokenStart, nameEnd).filter((w) => isCapitalized(w.text));
  const first = tokens[s.tokenStart]!;
  if (
    nameEnd - s.tokenStart >= 2 &&
    first.text.length >= 2 &&
    !lowerSeen.has(first.lower) &&
    !wordClass(first.lower) &&
    !placeKind(first.text) &&
    !demonymToCountry(first.text) &&
    !isGivenName(first.lower)
  ) {
    keys.push(first.lower);
  }
  if (words.length >= 2 && words.length <= 5) keys.push(words.map((w) => w.text[0]!.toLowerCase()).join(''));
  return keys;
}

/** Start of up to two untagged, name-shaped words before token `t` (not titles or demonyms); `t` when none. */
function givenNamesBefore(tokens: readonly Token[], t: number, covered: Uint8Array): number {
  let a = t;
  while (a > 0 && t - a < 2) {
    const x = tokens[a - 1]!;
    if (covered[a - 1] || x.sentence !== tokens[t]!.sentence || !/^[A-Z][a-z'’-]+$|^[A-Z]\.$/.test(x.text)) break;
    if (wordClass(x.lower) === 'title' || titleModifierWords.has(x.lower) || demonymToCountry(x.text) || notNames.has(x.lower)) break;
    a--;
  }
  return a;
}

/** Is the sentence written in capitals or title case, where capitalization says nothing? */
function caseless(tokens: readonly Token[], s: Sentence): boolean {
  const f = sentenceFlags(tokens, s);
  return f.allCaps || f.titleCase;
}

const maxNameTokens = 12;
const nameParticles = new Set(ruleWords.nameParticles);
const hyphenParticles = new Set(ruleWords.hyphenParticles);
const extendPos = new Set(['PROPN', 'NOUN', 'ADJ', 'NUM', 'X']);
const ofHeads = new Set(ruleWords.headLinks);

/**
 * Names run to the edges of their capitalized word sequence: a tagged
 * "Kennedy" inside "Kennedy Space Center" grows to the whole name, and two
 * tagged pieces of one sequence merge. The head word then settles the type
 * ("... Center" is an organization or place, not a person). Title words
 * stop the growth, so "Prime Minister Fumio Kishida" stays "Fumio Kishida".
 */
export function extendToCapitalizedSequences(
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  initialFlags: readonly boolean[],
  spans: readonly TaggedSpan[],
): TaggedSpan[] {
  const noCase = sentences.map((s) => caseless(tokens, s));
  const spanAt = new Int32Array(tokens.length).fill(-1);
  spans.forEach((s, i) => spanAt.fill(i, s.tokenStart, s.tokenEnd));
  const initial = (t: number): boolean => initialFlags[t] ?? false;
  const extendable = (t: number, sentence: number, type?: TagType): boolean => {
    const tok = tokens[t];
    if (!tok || tok.sentence !== sentence) return false;
    if (hyphenParticles.has(/^([a-z]+)-[A-Z]/.exec(tok.text)?.[1] ?? '')) return true;
    // a capitalized "verb" inside a sentence is a name word the tagger of parts of speech misread ("Merrill Lynch")
    if (!isCapitalized(tok.text) || (!extendPos.has(tok.pos) && !(tok.pos === 'VERB' && !initial(t)))) return false;
    if (wordClass(tok.lower) === 'title' || (demonymToCountry(tok.text) && type !== 'ORG')) return false;
    if (calendarWord.test(tok.text)) return false;
    if (initial(t) && tok.pos !== 'PROPN') return false;
    return true;
  };
  const out: TaggedSpan[] = [];
  const consumed = new Set<number>();
  spans.forEach((span, index) => {
    if (consumed.has(index)) return;
    const sentence = tokens[span.tokenStart]!.sentence;
    if (noCase[sentence]) {
      out.push(span);
      return;
    }
    let a = span.tokenStart;
    let b = span.tokenEnd;
    const parts: TaggedSpan[] = [span];
    const absorb = (t: number): void => {
      const j = spanAt[t]!;
      if (j >= 0 && j !== index && !consumed.has(j)) {
        consumed.add(j);
        parts.push(spans[j]!);
        a = Math.min(a, spans[j]!.tokenStart);
        b = Math.max(b, spans[j]!.tokenEnd);
      }
    };
    for (;;) {
      if (a > 0 && extendable(a - 1, sentence, span.type) && (spanAt[a - 1]! < 0 || spans[spanAt[a - 1]!]!.type === span.type)) {
        a--;
        absorb(a);
      } else if (a > 1 && joiningHyphen(tokens, a - 1) && extendable(a - 2, sentence, span.type)) {
        a -= 2;
        absorb(a);
      } else break;
    }
    // "Bank of Japan", "Ministry of Defence": an organization head and "of" before the name
    const of = tokens[a - 1];
    let headedByOrg = false;
    if (of && ofHeads.has(of.lower) && a >= 2 && wordClass(tokens[a - 2]!.lower) === 'orgsuf' && extendable(a - 2, sentence, 'ORG') && spanAt[a - 2]! < 0) {
      headedByOrg = true;
      a -= 2;
      while (a > 0 && extendable(a - 1, sentence, 'ORG') && spanAt[a - 1]! < 0 && b - a < maxNameTokens) a--;
    }
    for (;;) {
      // names are short; a longer run of capitals is a list or a heading
      if (b - a >= maxNameTokens) break;
      if (extendable(b, sentence)) {
        absorb(b);
        b = Math.max(b, b + 1);
        continue;
      }
      // "Daimler-Benz", "Hewlett-Packard": capitalized words joined by a hyphen are one name
      if (joiningHyphen(tokens, b) && extendable(b + 1, sentence)) {
        b += 1;
        continue;
      }
      // "Mohammed bin Salman", "Nikolaus van der Pas", "Dar es Salaam": one or two name particles between capitalized words
      if (span.type === 'PER' || span.type === 'LOC') {
        let p = b;
        while (p < b + 2 && nameParticles.has(tokens[p]?.lower ?? '') && tokens[p]!.sentence === sentence) p++;
        if (p > b && extendable(p, sentence)) {
          b = p;
          continue;
        }
      }
      // "University of Helsinki", "Museum of Flight": a head word, "of", a capitalized word
      const head = tokens[b - 1]!;
      const of = tokens[b];
      if (of && ofHeads.has(of.lower) && wordClass(head.lower) === 'orgsuf' && extendable(b + 1, sentence)) {
        b += 1;
        continue;
      }
      break;
    }
    if (a === span.tokenStart && b === span.tokenEnd) {
      out.push(span);
      return;
    }
    const headClass = wordClass(tokens[b - 1]!.lower);
    let type: TagType = span.type;
    if (headedByOrg) type = 'ORG';
    else if (headClass === 'orgsuf') type = span.type === 'LOC' && parts.length === 1 && b - 1 < span.tokenEnd ? 'LOC' : 'ORG';
    else if (headClass === 'locsuf') type = 'LOC';
    else {
      // the longest tagged part decides
      const longest = parts.reduce((x, y) => (y.tokenEnd - y.tokenStart > x.tokenEnd - x.tokenStart ? y : x));
      type = longest.type;
    }
    out.push({ tokenStart: a, tokenEnd: b, type });
  });
  // absorbed spans may have been pushed before the span that absorbed them
  const sorted = out.sort((x, y) => x.tokenStart - y.tokenStart || y.tokenEnd - x.tokenEnd);
  const flat: TaggedSpan[] = [];
  for (const s of sorted) {
    const last = flat[flat.length - 1];
    if (last && s.tokenStart < last.tokenEnd) continue;
    flat.push(s);
  }
  return flat;
}

/** A hyphen written with no space on either side ("Daimler-Benz"). */
function joiningHyphen(tokens: readonly Token[], t: number): boolean {
  const h = tokens[t];
  const before = tokens[t - 1];
  const after = tokens[t + 1];
  return h !== undefined && before !== undefined && after !== undefined && (h.text === '-' || h.text === '‑') && before.end === h.start && h.end === after.start;
}

const notNames = new Set(lexicon.notNames);
const stormWords = new Set(lexicon.stormWords);
const postnominals = new Set(lexicon.postnominals);

/**
 * Storms are named like people ("Cyclone Phailin", then "Phailin's winds"):
 * a name after a storm word, and that name wherever else it stands, is no
 * person, place or organization. Letters after a person's name ("Mark
 * Tedeschi, QC") are no organization either.
 */
export function dropStormsAndPostnominals(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  const stormNames = new Set<string>();
  for (let t = 0; t + 1 < tokens.length; t++) {
    if (stormWords.has(tokens[t]!.lower) && isCapitalized(tokens[t]!.text) && isCapitalized(tokens[t + 1]!.text)) stormNames.add(tokens[t + 1]!.lower);
  }
  return spans.filter((s) => {
    const first = tokens[s.tokenStart]!;
    if (stormWords.has(first.lower) || (stormNames.has(first.lower) && s.tokenEnd - s.tokenStart === 1)) return false;
    if (stormNames.has(first.lower) && stormWords.has(tokens[s.tokenStart - 1]?.lower ?? '')) return false;
    const prev = tokens[s.tokenStart - 1];
    return !(s.tokenEnd - s.tokenStart === 1 && postnominals.has(first.lower) && prev?.text === ',' && spans.some((p) => p.type === 'PER' && p.tokenEnd === s.tokenStart - 1));
  });
}

/**
 * "Australia and New Zealand", "Isabel Ruiz of Heaven Sent Gaming": a span
 * that joins two known places with "and" is two places, and a person's name
 * (one that starts or ends with a known name word) stops before "of".
 */
export function splitJoinedNames(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (const s of spans) {
    let split = false;
    for (let t = s.tokenStart + 1; t < s.tokenEnd - 1; t++) {
      const w = tokens[t]!.lower;
      if ((w === 'and' || w === '&') && s.type === 'LOC') {
        const left = textOf(tokens, { ...s, tokenEnd: t });
        const right = textOf(tokens, { ...s, tokenStart: t + 1 });
        if (placeKind(left) && placeKind(right)) {
          out.push({ ...s, tokenEnd: t }, { ...s, tokenStart: t + 1 });
          split = true;
          break;
        }
      }
      if (w === 'of' && s.type === 'PER' && t - s.tokenStart >= 2 && (personWord(tokens[s.tokenStart]!) || personWord(tokens[t - 1]!))) {
        out.push({ ...s, tokenEnd: t });
        // "Elizabeth Quat of DAB": what follows is her organization when it is an acronym
        if (t + 2 === s.tokenEnd && /^[A-Z]{2,6}$/.test(tokens[t + 1]!.text)) out.push({ tokenStart: t + 1, tokenEnd: s.tokenEnd, type: 'ORG' });
        split = true;
        break;
      }
    }
    if (!split) out.push(s);
  }
  return out;
}

/**
 * "Medical Journal of Australia", "Ministry of Defence of Japan": an
 * organization whose head word ends it, then "of" and a place, is one
 * organization (the place is part of its name).
 */
export function mergeOrganizationOfPlace(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!;
    const next = spans[i + 1];
    const of = tokens[s.tokenEnd];
    if (
      next &&
      s.type === 'ORG' &&
      next.type === 'LOC' &&
      of !== undefined &&
      ofHeads.has(of.lower) &&
      next.tokenStart === s.tokenEnd + 1 &&
      wordClass(tokens[s.tokenEnd - 1]!.lower) === 'orgsuf' &&
      next.tokenEnd - s.tokenStart <= maxNameTokens
    ) {
      out.push({ tokenStart: s.tokenStart, tokenEnd: next.tokenEnd, type: 'ORG' });
      i++;
      continue;
    }
    out.push(s);
  }
  return out;
}

/**
 * Months, weekdays, pronouns and the like are never names, whatever their
 * case; except a known acronym in mixed-case text ("the WHO said").
 */
export function dropNotNames(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  return spans.filter((s) => {
    if (s.tokenEnd - s.tokenStart === 1 && knownAcronymInMixedCase(tokens, s.tokenStart)) return true;
    for (let t = s.tokenStart; t < s.tokenEnd; t++) if (!notNames.has(tokens[t]!.lower)) return true;
    return false;
  });
}

/** A known organization acronym ("WHO") with a lower-case word beside it, so not a word of an all-caps line. */
function knownAcronymInMixedCase(tokens: readonly Token[], t: number): boolean {
  const tok = tokens[t]!;
  if (!/^[A-Z]{2,}$/.test(tok.text) || !isKnownOrganization(tok.text)) return false;
  const near = (x: Token | undefined): boolean => x !== undefined && x.sentence === tok.sentence && /[a-z]/.test(x.text);
  return near(tokens[t - 1]) || near(tokens[t + 1]) || near(tokens[t - 2]) || near(tokens[t + 2]);
}

/**
 * "Houston, Texas", "AL-AIN, United Arab Emirates": a name followed by a comma
 * and a region or country is a place.
 */
export function placeBeforeRegion(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  const out = spans.map((s) => ({ ...s }));
  for (let i = 0; i + 1 < out.length; i++) {
    const s = out[i]!;
    const next = out[i + 1]!;
    if (next.type !== 'LOC' || tokens[s.tokenEnd]?.text !== ',' || next.tokenStart !== s.tokenEnd + 1) continue;
    const region = textOf(tokens, next);
    const kind = placeKind(region);
    if (kind !== 'region' && kind !== 'country') continue;
    if (s.tokenEnd - s.tokenStart > 3 || wordClass(tokens[s.tokenEnd - 1]!.lower) === 'orgsuf' || isKnownOrganization(textOf(tokens, s))) continue;
    // "Zhao Lijian, China's spokesman" is an apposition, not an address
    const after = tokens[next.tokenEnd];
    if (after && (after.text === "'s" || after.text === '’s' || isCapitalized(after.text))) continue;
    if (s.type === 'PER' && s.tokenEnd - s.tokenStart > 1) continue;
    s.type = 'LOC';
  }
  return out;
}

const personCueVerbs = new Set(lexicon.personCueVerbs);
const titleModifierWords = new Set(ruleWords.titleModifiers);
/** "Defense", "Finance": a minister's portfolio, part of the title when a title word follows ("Defense Minister") */
const portfolioWords = new Set(lexicon.portfolioWords);

/**
 * Types the evidence settles whatever the tagger's guess: country names are
 * places ("North Korea" is no organization); a multi-word name headed by an
 * organization word is an organization ("Chinese Communist Party"), by a
 * geographic word a place ("East China Sea"). Lone head words are no names.
 */
export function typeByEvidence(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (const s of spans) {
    const words = tokens.slice(s.tokenStart, s.tokenEnd);
    const text = wordsText(words);
    const head = wordClass(words[words.length - 1]!.lower);
    if (words.length === 1 && (head === 'orgsuf' || head === 'locsuf' || head === 'title') && !/^[A-Z]{2,}$/.test(text)) continue;
    // "Defense Minister Yitzhak Mordechai": a portfolio word before a title belongs to the title
    const after = tokens[s.tokenEnd];
    if (words.length === 1 && s.type === 'PER' && (titleModifierWords.has(words[0]!.lower) || portfolioWords.has(words[0]!.lower)) && after && isCapitalized(after.text) && wordClass(after.lower) === 'title') continue;
    let type = s.type;
    const kind = placeKind(text);
    const lastLower = words[words.length - 1]!.lower;
    // "Beijing-Tokyo ties": two places joined by a hyphen are two place mentions ("Asia-Pacific" is one place)
    if (!kind && hyphenatedPlaces(words)) {
      out.push({ tokenStart: s.tokenStart, tokenEnd: s.tokenStart + 1, type: 'LOC' }, { tokenStart: s.tokenEnd - 1, tokenEnd: s.tokenEnd, type: 'LOC' });
      continue;
    }
    if (kind === 'country' && canonicalCountry(text)) type = 'LOC';
    // a well-known organization by name ("Al Jazeera", "Procter & Gamble", "Chicago Bulls")
    else if (!kind && isKnownOrganization(text)) type = 'ORG';
    else if (words.length === 1 && (kind === 'majorcity' || kind === 'region') && s.type === 'ORG') type = 'LOC';
    // "Tokyo said": a lone major city is the place (or its government), not a person; a
    // person of that name elsewhere in the article ("George Washington") wins it back by vote
    else if (words.length === 1 && (kind === 'majorcity' || kind === 'region') && s.type === 'PER') type = 'LOC';
    else if (words.length > 1 && head === 'orgsuf') type = 'ORG';
    else if (words.length > 1 && (bodyOfWaterWords.has(lastLower) || geoWords.has(lastLower))) type = 'LOC';
    else if (words.length > 1 && head === 'locsuf' && s.type !== 'ORG') type = 'LOC';
    else if (words.length > 1 && s.type === 'PER' && words.some((w) => orgHeads.has(w.lower))) type = 'ORG';
    else if (s.type !== 'PER' && !kind && personShaped(words) && appositiveTitle(tokens, s.tokenEnd)) type = 'PER';
    else if (s.type === 'LOC' && !kind && placePrefixedName(words)) type = 'ORG';
    // "Nikkei Asia", "Radio Free Asia": a person's name does not end in a country or region
    // (unless that is also a family name: "Michael Jordan")
    else if (s.type === 'PER' && words.length >= 2 && endsInCountryOrRegion(words) && !isFamilyName(lastLower)) type = 'ORG';
    else if (s.type === 'PER' && !kind && words.length === 2 && placePrefixedName(words) && !isGivenName(words[0]!.lower) && !personWord(words[1]!) && wordClass(tokens[s.tokenStart - 1]?.lower ?? '') !== 'title') type = 'ORG';
    if (kind !== 'country' && head !== 'orgsuf' && head !== 'locsuf') type = typeFromContext(tokens, s.tokenStart, s.tokenEnd) ?? type;
    out.push(type === s.type ? s : { ...s, type });
  }
  return out;
}
const placeOfNouns = new Set(lexicon.contextTypes.placeOf);
const publicationNouns = new Set(lexicon.contextTypes.publications);
const companyAfterNouns = new Set(lexicon.contextTypes.companyAfter);
const kinNouns = new Set(lexicon.kinNouns);

/**
 * Words around a name that settle its type whatever the name: "the village
 * of Novye Atagi" is a place, "the daily Mlada Fronta Dnes" a publication,
 * "Toyota shares" a company (not the city of Toyota).
 */
function typeFromContext(tokens: readonly Token[], a: number, e: number): TagType | null {
  const sentence = tokens[a]!.sentence;
  const at = (t: number): Token | undefined => (tokens[t]?.sentence === sentence ? tokens[t] : undefined);
  const prev = at(a - 1);
  const prev2 = at(a - 2);
  const next = at(e);
  if (prev?.lower === 'of' && prev2 && prev2.text === prev2.lower && placeOfNouns.has(prev2.lower)) return 'LOC';
  // "the daily Granma", "the Communist Party daily Granma", "the Maariv newspaper"
  if (prev && prev.text === prev.lower && publicationNouns.has(prev.lower) && prev2 && (prev2.lower === 'the' || isCapitalized(prev2.text))) return 'ORG';
  if (next && next.text === next.lower && publicationNouns.has(next.lower) && prev?.lower === 'the' && !placeKind(wordsText(tokens.slice(a, e)))) return 'ORG';
  if (next && next.text === next.lower && companyAfterNouns.has(next.lower)) return 'ORG';
  // "the Bronfman family"
  if (next && kinNouns.has(next.lower) && prev?.lower === 'the' && e - a === 1) return 'PER';
  // "Toyota and Nissan shares": the noun after a pair of names covers both
  if (next && (next.lower === 'and' || next.lower === 'or')) {
    let t = e + 1;
    while (t < e + 5 && at(t) && isCapitalized(tokens[t]!.text)) t++;
    const after = at(t);
    if (t > e + 1 && after && after.text === after.lower && companyAfterNouns.has(after.lower)) return 'ORG';
  }
  return null;
}

const orgHeads = new Set(lexicon.orgHeads);
const bodyOfWaterWords = new Set(lexicon.bodyOfWater);
const geoWords = new Set(lexicon.geoFeature);

/**
 * "Tokyo Electron", "Washington Post": a known place followed by a word that
 * makes no place name (no geographic head like "Bay" or "County") names an
 * organization from that place.
 */
function placePrefixedName(words: readonly Token[]): boolean {
  if (words.length < 2 || words.length > 4) return false;
  const last = words[words.length - 1]!;
  if (!/^[A-Z][a-z]+$/.test(last.text) || wordClass(last.lower) || bodyOfWaterWords.has(last.lower) || geoWords.has(last.lower)) return false;
  for (let n = words.length - 1; n >= 1; n--) {
    if (bigPlace(wordsText(words.slice(0, n)))) return !placeKind(wordsText(words.slice(n)));
  }
  return false;
}

/** A country, region or major city of the gazetteer. */
function bigPlace(text: string): boolean {
  const k = placeKind(text);
  return k === 'country' || k === 'region' || k === 'majorcity';
}

function endsInCountryOrRegion(words: readonly Token[]): boolean {
  const k = placeKind(words[words.length - 1]!.text);
  return k === 'country' || k === 'region';
}

/** "Beijing-Tokyo", "US-China": place, hyphen, place, written without spaces. */
function hyphenatedPlaces(words: readonly Token[]): boolean {
  if (words.length !== 3 || !/^[-–]$/.test(words[1]!.text)) return false;
  if (words[1]!.start !== words[0]!.end || words[2]!.start !== words[1]!.end) return false;
  return bigPlace(words[0]!.text) && bigPlace(words[2]!.text);
}

/** A word that could be part of a person's name: a listed given or family name, or a romanized East Asian name part. */
function personWord(word: Token): boolean {
  return isGivenName(word.lower) || isFamilyName(word.lower) || romanizationOf(word.lower) !== null;
}

/** A capitalized word or initials ("J.", "J.R.") */
const nameWordShape = /^[A-Z][a-z'’-]+$|^(?:[A-Z]\.){1,3}$/;
function personShaped(words: readonly Token[]): boolean {
  return words.length >= 2 && words.length <= 4 && words.every((w) => nameWordShape.test(w.text));
}

/** "Koji Tomita, Japan's ambassador ...": a comma, then a title word within a few words. */
function appositiveTitle(tokens: readonly Token[], end: number): boolean {
  if (tokens[end]?.text !== ',') return false;
  for (let t = end + 1; t < tokens.length && t <= end + 6; t++) {
    const tok = tokens[t]!;
    if (tok.sentence !== tokens[end]!.sentence || tok.text === ',' || tok.text === '.') return false;
    if (wordClass(tok.lower) === 'title') return true;
  }
  return false;
}

/**
 * Capitalized word sequences the tagger left out, where the evidence for a
 * type is clear: a place in the gazetteer, an organization or place head word
 * ("... University", "... Sea"), a person cue (a title word before, "said"
 * after, a known given name first). Anything less clear stays out.
 */
export function addCapitalizedNames(
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  spans: readonly TaggedSpan[],
): TaggedSpan[] {
  const covered = new Uint8Array(tokens.length);
  for (const s of spans) covered.fill(1, s.tokenStart, s.tokenEnd);
  const out = [...spans];
  const lowerSeen = new Set<string>();
  for (const t of tokens) if (t.text === t.lower) lowerSeen.add(t.lower);
  for (const sentence of sentences) {
    if (caseless(tokens, sentence)) continue;
    let t = sentence.tokenStart;
    while (t < sentence.tokenEnd) {
      const tok = tokens[t]!;
      if (covered[t] || !isCapitalized(tok.text)) {
        t++;
        continue;
      }
      // a run of capitalized words, with connectors between them
      let e = t + 1;
      while (e < sentence.tokenEnd && !covered[e] && e - t < maxNameTokens) {
        const x = tokens[e]!;
        if (isCapitalized(x.text) && x.pos !== 'PUNCT') e++;
        else if (connectors.has(x.lower) && e + 1 < sentence.tokenEnd && isCapitalized(tokens[e + 1]!.text) && !covered[e + 1]) e += 2;
        else break;
      }
      const runEnd = e;
      let a = t;
      // leading words that are not part of a name
      while (a < e) {
        const x = tokens[a]!;
        const initialCommon = a === sentence.tokenStart && (x.pos !== 'PROPN' || lowerSeen.has(x.lower));
        if (
          initialCommon ||
          wordClass(x.lower) === 'title' ||
          titleModifierWords.has(x.lower) ||
          (portfolioWords.has(x.lower) && wordClass(tokens[a + 1]?.lower ?? '') === 'title') ||
          (((demonymToCountry(x.text) && !canonicalCountry(x.text)) || (notNames.has(x.lower) && !knownAcronymInMixedCase(tokens, a))) && wordClass(tokens[e - 1]!.lower) !== 'orgsuf') ||
          connectors.has(x.lower)
        )
          a++;
        else break;
      }
      while (e > a && (connectors.has(tokens[e - 1]!.lower) || notNames.has(tokens[e - 1]!.lower))) e--;
      t = runEnd;
      if (e <= a) continue;
      if (!tokens.slice(a, e).some((x) => x.pos === 'PROPN') && !(e - a === 1 && knownAcronymInMixedCase(tokens, a))) continue;
      const type = evidentType(tokens, a, e) ?? coordinatedType(tokens, spans, a, e);
      if (!type) continue;
      out.push({ tokenStart: a, tokenEnd: e, type });
      covered.fill(1, a, e);
    }
  }
  return out.sort((x, y) => x.tokenStart - y.tokenStart);
}

/**
 * "Joe Biden and Yoon Suk Yeol": a person-shaped run coordinated with a
 * person name is a person too (and likewise for two places or organizations
 * of the same shape).
 */
function coordinatedType(tokens: readonly Token[], spans: readonly TaggedSpan[], a: number, e: number): TagType | null {
  const words = tokens.slice(a, e);
  if (words.length < 2 || words.length > 4 || !words.every((w) => /^[A-Z][a-z'’-]+$/.test(w.text))) return null;
  const and = tokens[a - 1];
  if (!and || (and.lower !== 'and' && and.lower !== 'or') || and.sentence !== words[0]!.sentence) return null;
  const partner = spans.find((s) => s.tokenEnd === a - 1);
  return partner?.type === 'PER' && partner.tokenEnd - partner.tokenStart >= 2 ? 'PER' : null;
}

function evidentType(tokens: readonly Token[], a: number, e: number): TagType | null {
  const words = tokens.slice(a, e);
  const text = wordsText(words);
  const fromContext = typeFromContext(tokens, a, e);
  if (fromContext && placeKind(text) !== 'country') return fromContext;
  if (bigPlace(text)) return 'LOC';
  const kind = placeKind(text);
  if (isKnownOrganization(text)) return 'ORG';
  const headClass = wordClass(words[words.length - 1]!.lower);
  if (headClass === 'orgsuf' && words.length > 1) return 'ORG';
  if (words.length > 2 && words.some((w) => orgHeads.has(w.lower))) return 'ORG';
  if (headClass === 'locsuf' && words.length > 1) return 'LOC';
  const before = tokens[a - 1];
  const after = tokens[e];
  const afterNext = tokens[e + 1];
  const sameSentence = (x: Token | undefined): x is Token => x !== undefined && x.sentence === words[0]!.sentence;
  const titleBefore = sameSentence(before) && wordClass(before.lower) === 'title';
  const saidAfter =
    (sameSentence(after) && personCueVerbs.has(after.lower)) ||
    (sameSentence(after) && after.text === ',' && sameSentence(afterNext) && personCueVerbs.has(afterNext.lower));
  const personShape = personShaped(words);
  if (titleBefore && words.length <= 4) return 'PER';
  // "A. Stewart", "J.K. Rowling": initials, then a capitalized word
  if (personShape && /^(?:[A-Z]\.){1,2}$/.test(words[0]!.text) && words[1]!.start > words[0]!.end && /^[A-Z][a-z]/.test(words[words.length - 1]!.text) && !kind) return 'PER';
  if (personShape && (saidAfter || isGivenName(words[0]!.lower))) return 'PER';
  // "Yoichiro Sato, an Asia-Pacific studies professor": an apposition headed by a title or occupation
  if (personShape && appositiveTitle(tokens, e)) return 'PER';
  // "Yoon Suk Yeol", "Zhang Baohui": every word shaped like a romanized East Asian name part
  if (personShape && words.length <= 3 && words.every((w) => romanizationOf(w.lower) !== null) && !placeKind(words[0]!.text)) return 'PER';
  if (kind === 'city' && sameSentence(before) && wordClass(before.lower) === 'locprep') return 'LOC';
  return null;
}

const dateLike = /^(\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}(\/\d{2,4})?)$/;
const months = new Set(ruleWords.months);

/**
 * Wire datelines: "LONDON 1996-08-30", "AL-AIN, United Arab Emirates 1996-12-06",
 * "NAIROBI, Kenya (AP)": the capitalized words opening a line, before a date,
 * a comma or a news-agency bracket, are a place.
 */
export function datelinePlaces(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  const added: TaggedSpan[] = [];
  for (let t = 0; t < tokens.length; t++) {
    if (!tokens[t]!.lineStart) continue;
    let e = t;
    while (e < tokens.length && e - t < 6 && !(e > t && tokens[e]!.lineStart)) {
      const x = tokens[e]!;
      if (x.text === x.text.toUpperCase() && /[A-Z]/.test(x.text)) e++;
      else if (/^[-.'’]$/.test(x.text) && e > t && tokens[e + 1] && tokens[e + 1]!.start === x.end && x.start === tokens[e - 1]!.end) e++;
      else break;
    }
    if (e === t) continue;
    const after = tokens[e];
    if (!after || after.lineStart) continue;
    const next = tokens[e + 1];
    const dateAfter = dateLike.test(after.text) || months.has(after.lower.replace(/\.$/, ''));
    const commaPlace = after.text === ',' && next !== undefined && isCapitalized(next.text);
    const agency = after.text === '(' && next !== undefined && /^[A-Z][A-Za-z]{1,8}$/.test(next.text);
    if (!dateAfter && !commaPlace && !agency) continue;
    added.push({ tokenStart: t, tokenEnd: e, type: 'LOC' });
  }
  if (added.length === 0) return [...spans];
  const kept = spans.filter((s) => !added.some((a) => a.tokenStart < s.tokenEnd && s.tokenStart < a.tokenEnd));
  return [...kept, ...added].sort((a, b) => a.tokenStart - b.tokenStart);
}

const sports = {
  headline: new Set(lexicon.sports.headlineSports),
  cues: new Set(lexicon.sports.docCues),
  roles: new Set(lexicon.sports.roleNouns),
  contest: new Set(lexicon.sports.contestVerbs),
  links: new Set(lexicon.sports.contestLinks),
  clubs: new Set(lexicon.sports.clubWords),
};
const scoreShape = /^\d{1,3}(?:[-/]\d{1,3})?$/;
const weekdays = new Set(ruleWords.weekdays);

/** A sports report: a "SOCCER -" style slug opening the text, or many sports words. */
function isSportsReport(tokens: readonly Token[]): boolean {
  const first = tokens[0]?.lower ?? '';
  const second = tokens[1]?.lower ?? '';
  if (tokens[0] && tokens[0].text === tokens[0].text.toUpperCase() && (sports.headline.has(first) || sports.headline.has(`${first} ${second}`))) return true;
  const seen = new Set<string>();
  let hits = 0;
  for (const t of tokens) {
    if (!sports.cues.has(t.lower)) continue;
    hits++;
    seen.add(t.lower);
  }
  // dense in sports words, not merely touching one ("goals" and "draw" in a climate story)
  const perThousand = (hits * 1000) / Math.max(1, tokens.length);
  return (seen.size >= 5 && perThousand >= 5) || (seen.size >= 3 && perThousand >= 15);
}

/** Does the context of tokens [a, b) show a team: a score, a team role, a contest? */
function actsAsTeam(tokens: readonly Token[], a: number, b: number): boolean {
  const next = tokens[b];
  const prev = tokens[a - 1];
  const prev2 = tokens[a - 2];
  if (next && (scoreShape.test(next.text) || sports.roles.has(next.lower) || sports.contest.has(next.lower))) return true;
  if (prev && sports.contest.has(prev.lower)) return true;
  // "lost 2-1 to Barcelona", "drew with Essex", "a win over Lazio"
  return prev !== undefined && prev2 !== undefined && sports.links.has(prev.lower) && (sports.contest.has(prev2.lower) || scoreShape.test(prev2.text));
}

/**
 * Clubs in sports reports: "Barcelona coach Bobby Robson", "Surrey 402-7",
 * "Leicestershire beat Somerset". A place name that acts as a team anywhere
 * in the report is the club at every mention, an organization; so is a name
 * with a club word ("Atletico Madrid", "Manchester United"). A country stays
 * a place: national teams are written as their country. Single capitalized
 * words the tagger missed are added when they act as a team themselves.
 */
export function sportsTeams(tokens: readonly Token[], initial: readonly boolean[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  if (!isSportsReport(tokens)) return [...spans];
  const teams = new Set<string>();
  const isCountry = (text: string): boolean => placeKind(text) === 'country' || canonicalCountry(text) !== null;
  for (const s of spans) {
    if (s.type === 'PER' && s.tokenEnd - s.tokenStart > 1 && !spanHasClubWord(tokens, s)) continue;
    const text = textOf(tokens, s);
    if (isCountry(text)) continue;
    if (spanHasClubWord(tokens, s) || ((s.type === 'LOC' || placeKind(text)) && actsAsTeam(tokens, s.tokenStart, s.tokenEnd))) teams.add(text.toLowerCase());
  }
  const covered = new Uint8Array(tokens.length);
  for (const s of spans) covered.fill(1, s.tokenStart, s.tokenEnd);
  const added: TaggedSpan[] = [];
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t]!;
    if (covered[t] || !/^[A-Z][a-z]{2,}$/.test(tok.text) || tok.pos !== 'PROPN' || isCountry(tok.text) || demonymToCountry(tok.text)) continue;
    if (wordClass(tok.lower) || notNames.has(tok.lower) || months.has(tok.lower) || weekdays.has(tok.text) || (initial[t] && !placeKind(tok.text))) continue;
    if (teams.has(tok.lower) || actsAsTeam(tokens, t, t + 1)) {
      added.push({ tokenStart: t, tokenEnd: t + 1, type: 'ORG' });
      teams.add(tok.lower);
    }
  }
  const out = spans.map((s) => (s.type !== 'ORG' && teams.has(textOf(tokens, s).toLowerCase()) ? { ...s, type: 'ORG' as const } : s));
  return [...out, ...added].sort((x, y) => x.tokenStart - y.tokenStart);
}

function spanHasClubWord(tokens: readonly Token[], s: TaggedSpan): boolean {
  if (s.tokenEnd - s.tokenStart < 2) return false;
  for (let t = s.tokenStart; t < s.tokenEnd; t++) if (sports.clubs.has(tokens[t]!.lower)) return true;
  return false;
}

const stateAbbreviations = new Set(lexicon.stateAbbreviations);

/**
 * Addresses: "Buffalo, N.Y.", "Vevey, Switzerland", "Orlando, Fla.-based".
 * A US state abbreviation after a capitalized word and a comma is a place,
 * and so is an untagged capitalized word (or two) before a comma and a
 * state, region or country; both are places whatever the tagger said of
 * the town.
 */
export function addressPlaces(tokens: readonly Token[], initial: readonly boolean[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  const spanAt = new Int32Array(tokens.length).fill(-1);
  spans.forEach((s, i) => spanAt.fill(i, s.tokenStart, s.tokenEnd));
  const out = spans.map((s) => ({ ...s }));
  const added: TaggedSpan[] = [];
  const regionAt = (t: number): number => {
    const tok = tokens[t];
    if (!tok) return 0;
    if (stateAbbreviations.has(tok.text)) return 1;
    const j = spanAt[t]!;
    if (j < 0 || out[j]!.tokenStart !== t) return 0;
    const kind = placeKind(textOf(tokens, out[j]!));
    return kind === 'region' || kind === 'country' ? out[j]!.tokenEnd - t : 0;
  };
  for (let c = 1; c + 1 < tokens.length; c++) {
    if (tokens[c]!.text !== ',' || tokens[c + 1]!.sentence !== tokens[c]!.sentence) continue;
    const regionLength = regionAt(c + 1);
    if (regionLength === 0) continue;
    const town = tokens[c - 1]!;
    if (!isCapitalized(town.text) || town.sentence !== tokens[c]!.sentence) continue;
    const after = tokens[c + 1 + regionLength];
    // "Zhao Lijian, China's spokesman": an apposition, not an address
    if (after && after.sentence === town.sentence && (after.text === "'s" || after.text === '’s' || (isCapitalized(after.text) && after.text !== '-'))) continue;
    if (stateAbbreviations.has(tokens[c + 1]!.text)) {
      const k = spanAt[c + 1]!;
      if (k < 0) added.push({ tokenStart: c + 1, tokenEnd: c + 2, type: 'LOC' });
      else if (out[k]!.tokenEnd - out[k]!.tokenStart === 1) out[k]!.type = 'LOC';
    }
    const j = spanAt[c - 1]!;
    if (j >= 0) {
      const s = out[j]!;
      if (s.type !== 'LOC' && s.tokenEnd - s.tokenStart <= 2 && !(s.type === 'PER' && s.tokenEnd - s.tokenStart > 1) && !isKnownOrganization(textOf(tokens, s)) && wordClass(tokens[s.tokenEnd - 1]!.lower) !== 'orgsuf') s.type = 'LOC';
      continue;
    }
    let a = c - 1;
    while (a > 0 && c - a < 3 && spanAt[a - 1]! < 0 && tokens[a - 1]!.sentence === town.sentence && /^[A-Z][a-z]+$/.test(tokens[a - 1]!.text) && !initial[a - 1]) a--;
    const words = tokens.slice(a, c);
    if (initial[a] || !words.every((w) => /^[A-Z][a-z]+$/.test(w.text) && !wordClass(w.lower) && !notNames.has(w.lower) && !demonymToCountry(w.text))) continue;
    added.push({ tokenStart: a, tokenEnd: c, type: 'LOC' });
  }
  if (added.length === 0) return out;
  return [...out, ...added].sort((x, y) => x.tokenStart - y.tokenStart);
}

/**
 * "Investors welcomed the move.", "Late last week, ...": a lone capitalized
 * word opening a sentence, tagged a name on no evidence but its capital. It
 * stays a name when anything supports it: another mention of the name, a
 * capitalized use mid-sentence, a listed given or family name, a place, a
 * known organization, a romanized name shape of six letters or more
 * ("Kishida"; "Late" would pass as two syllables), or a person cue ("said")
 * after it.
 */
export function dropUnsupportedOpeners(
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  initial: readonly boolean[],
  spans: readonly TaggedSpan[],
): TaggedSpan[] {
  const capitalizedMid = new Set<string>();
  tokens.forEach((t, i) => {
    if (!initial[i] && isCapitalized(t.text) && t.text !== t.text.toUpperCase()) capitalizedMid.add(t.lower);
  });
  const nameCount = new Map<string, number>();
  for (const s of spans) {
    const key = keyOf(tokens, s.tokenStart, s.tokenEnd);
    nameCount.set(key, (nameCount.get(key) ?? 0) + 1);
  }
  return spans.filter((s) => {
    if (s.tokenEnd - s.tokenStart !== 1 || !initial[s.tokenStart]) return true;
    const tok = tokens[s.tokenStart]!;
    const sentence = sentences[tok.sentence]!;
    // headlines open with names ("Kishida meets Xi")
    if (!/^[A-Z][a-z]+$/.test(tok.text) || sentence.paragraph === -1 || caseless(tokens, sentence)) return true;
    const next = tokens[s.tokenStart + 1];
    const supported =
      (nameCount.get(tok.lower) ?? 0) > 1 ||
      capitalizedMid.has(tok.lower) ||
      isGivenName(tok.lower) ||
      isFamilyName(tok.lower) ||
      placeKind(tok.text) !== null ||
      isKnownOrganization(tok.text) ||
      (tok.text.length >= 6 && romanizationOf(tok.lower) !== null) ||
      (next !== undefined && (personCueVerbs.has(next.lower) || next.text === ',' || next.text === "'s" || next.text === '’s' || isCapitalized(next.text)));
    return supported;
  });
}
