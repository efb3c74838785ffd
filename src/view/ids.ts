/**
 * Ids an article's elements carry, so panels (of an article or of a story)
 * can link to them. A story page holds several articles, whose briefings
 * reuse the same item ids ("q1" in each), so there each article's ids get a
 * prefix; and its entities are keyed by the story entity they merged into,
 * so one click on a person highlights them in every article.
 */
export interface ViewIds {
  /** the key an entity's marks and buttons carry (data-entity, data-select): what selecting it matches */
  entityKey: (id: string) => string;
  /** the element id of the entity's card in the panel */
  entity: (id: string) => string;
  quote: (id: string) => string;
  event: (id: string) => string;
  time: (id: string) => string;
  /** a claim of a contradiction, marked in its article (story pages only) */
  claim: (id: string) => string;
}

/** The ids for one article: `prefix` before every item id, `entityKey` mapping its entity ids (identity by default). */
export function viewIds(prefix = '', entityKey: (id: string) => string = (id) => id): ViewIds {
  return {
    entityKey,
    entity: (id) => `ent-${entityKey(id)}`,
    quote: (id) => `${prefix}qt-${id}`,
    event: (id) => `${prefix}ev-${id}`,
    time: (id) => `${prefix}tx-${id}`,
    claim: (id) => `${prefix}cl-${id}`,
  };
}

/** The single-article page: no prefix. */
export const articleIds: ViewIds = viewIds();
