import type { Token } from '../../../document';
import { isCommonWord } from '../../../nlp/common-words';
import { isCommonWordBrand, isGivenName, placeKind } from '../gazetteer';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { spanIndexByToken, spanText, taggedSpan, wordsText } from './shared';
import { priceMoveVerbs } from './words';
import { companyCue, executiveTitles, companyPossessions, shareNouns, sharesLinks } from './company-evidence';

/**
 * "Novo Chief Executive Maziar Doustdar", "Novo shares rose 6%", "Shares of
 * Novo fell": a name that has a chief executive, a chairman or shares that
 * move is a company's, so a person the tagger read there is an organization
 * ("Novo Nordisk" had been a person at six mentions), or a place the
 * gazetteer does not know ("Serra Alta"). The cue retypes the
 * cued name wherever the article writes it as a person, and a longer person
 * name that opens with the cued word ("Novo" -> "Novo Nordisk"): companies
 * are shortened to their first word, people to their last, so a cued
 * surname ("Ford Chief Executive ...") never retypes "Bill Ford".
 * Cues (data/entities/company-lists.json): an office of executiveTitles
 * right after the name or its possessive, "shares"/"stock" and a verb of
 * price movement right after it, a verb of price movement and a percentage right after it ("In London, Mulberry
 * rose 7%"), or "shares of" / "shares in" right before it,
 * or what only a company owns right after its possessive ("Urban Decay's sales
 * rose": companyPossessions).
 * Capitalized words the tagger left out between "shares of" or "shares in"
 * and a verb of price movement ("Shares in FirstGroup fell 2%") are such a
 * company too, unless they are a known place or open with a common word (a brand
 * that is also a common word, alone there, is one: "Shares of Apple fell").
 */
export const companiesByExecutivesAndShares: EntityPass = {
  name: 'companies-by-executives-and-shares',
  // every cue opens with a share noun or an executive title's first word
  triggers: new Set([...shareNouns, ...priceMoveVerbs, ...[...executiveTitles, ...companyPossessions].map((words) => words[0]!)]),
  run,
};

function run({ tokens }: EntityPassContext, spans: readonly TaggedSpan[]): readonly TaggedSpan[] {
  const untagged = untaggedSharesOf(tokens, spans);
  if (untagged.length > 0) spans = [...spans, ...untagged].sort((a, b) => a.tokenStart - b.tokenStart);
  const cued = new Set<string>();
  for (const s of spans) if (companyCue(tokens, s)) cued.add(spanText(tokens, s));
  if (cued.size === 0) return spans;
  let changed = false;
  const out = spans.map((s) => {
    // the tagger also reads an unknown company as a place ("Shares of Serra Alta rose"); a place the gazetteer knows stays one
    if (s.type === 'LOC' && cued.has(spanText(tokens, s)) && !placeKind(spanText(tokens, s))) {
      changed = true;
      return taggedSpan(s.tokenStart, s.tokenEnd, 'ORG');
    }
    if (s.type !== 'PER') return s;
    // a longer name opening with the cued word is the company's full name, unless that word is a given name:
    // "Tiffany Chief Executive ... Tiffany Trump" and "Ross Chairman ... Ross Perot Jr." are persons
    const longer = s.tokenEnd - s.tokenStart >= 2 && cued.has(tokens[s.tokenStart]!.text) && !isGivenName(tokens[s.tokenStart]!.lower);
    if (!cued.has(spanText(tokens, s)) && !longer && !endsInCuedName(tokens, s, cued)) return s;
    changed = true;
    return taggedSpan(s.tokenStart, s.tokenEnd, 'ORG');
  });
  return changed || untagged.length > 0 ? out : [...spans];
}

/** "Shares in FirstGroup fell": up to three capitalized words no span covers between "shares of/in" and a price verb. */
function untaggedSharesOf(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  const spanAt = spanIndexByToken(tokens.length, spans);
  const found: TaggedSpan[] = [];
  for (let t = 2; t < tokens.length; t++) {
    const link = tokens[t - 1]!;
    const noun = tokens[t - 2]!;
    const sentence = tokens[t]!.sentence;
    if (!sharesLinks.has(link.lower) || !shareNouns.has(noun.lower) || noun.sentence !== sentence || link.sentence !== sentence) continue;
    let end = t;
    while (end < tokens.length && end - t < 3 && spanAt[end]! < 0 && tokens[end]!.sentence === sentence && /^[A-Z]/.test(tokens[end]!.text)) end++;
    const verb = tokens[end];
    if (end === t || !verb || verb.sentence !== sentence || !priceMoveVerbs.has(verb.lower)) continue;
    // (a brand that is also a common word, alone there, is the company: "Shares of Apple fell"; "Shares of Gold rose" is no brand)
    const commonWordBrand = end === t + 1 && isCommonWordBrand(tokens[t]!.text);
    if ((isCommonWord(tokens[t]!.lower) && !commonWordBrand) || placeKind(wordsText(tokens.slice(t, end))) !== null) continue;
    found.push(taggedSpan(t, end, 'ORG'));
  }
  return found;
}

/**
 * "Frigorifico Serra Alta ... Shares of Serra Alta rose": a cued name of two or more words that ends a longer
 * person span is the company's short name, the span its full name (a person goes by one word, not two).
 */
function endsInCuedName(tokens: readonly Token[], s: TaggedSpan, cued: ReadonlySet<string>): boolean {
  for (let a = s.tokenStart + 1; a <= s.tokenEnd - 2; a++) if (cued.has(spanText(tokens, { ...s, tokenStart: a }))) return true;
  return false;
}
