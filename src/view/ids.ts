/** Ids the article gives its elements, so panels (of an article or, later, of a story) can link to them. */
export const articleIds = {
  entity: (id: string) => `ent-${id}`,
  quote: (id: string) => `qt-${id}`,
  event: (id: string) => `ev-${id}`,
  time: (id: string) => `tx-${id}`,
};
