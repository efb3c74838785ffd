import products from '../../../data/entities/products.json';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';

/**
 * "A grey Audi was seen leaving", "their black BMW, which": a colour
 * (products.json colours) between a determiner and an organization's name,
 * with no noun after the name, describes a thing the maker made, a product
 * (CoNLL's MISC), not the company. That mention goes; the maker's other
 * mentions stay ("Audi said"). A noun after the name keeps it as the maker's
 * ("a white Ford van"). Persons are left alone: on GUM the same shape held
 * two persons and no product.
 */
const colours: ReadonlySet<string> = new Set(products.colours);
// a product is dropped only after a colour's word in lower case, so an article without one changes nothing
export const dropColouredProducts: EntityPass = { name: 'drop-coloured-products', triggers: colours, run };
const determiners: ReadonlySet<string> = new Set(products.colourDeterminers);

function run({ tokens }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  return spans.filter((s) => !(s.type === 'ORG' && s.tokenEnd - s.tokenStart <= 2 && coloured(tokens, s)));
}

function coloured(tokens: EntityPassContext['tokens'], s: TaggedSpan): boolean {
  const colour = tokens[s.tokenStart - 1];
  const determiner = tokens[s.tokenStart - 2];
  const sentence = tokens[s.tokenStart]!.sentence;
  if (!colour || !determiner || colour.sentence !== sentence || determiner.sentence !== sentence) return false;
  if (colour.text !== colour.lower || !colours.has(colour.lower) || !determiners.has(determiner.lower)) return false;
  const next = tokens[s.tokenEnd];
  return !next || next.sentence !== sentence || (next.pos !== 'NOUN' && next.pos !== 'PROPN');
}
