// The files of wink-eng-lite-web-model that src/nlp/wink-model.ts imports one by one (the package types its main
// module only). Each is CommonJS with one `module.exports`; what they hold is wink's business, so it stays unknown.
declare module 'wink-eng-lite-web-model/dist/load-sbd-model.js' {
  const loadSbdModel: () => unknown;
  export default loadSbdModel;
}
declare module 'wink-eng-lite-web-model/dist/load-pos-model.js' {
  const loadPosModel: () => unknown;
  export default loadPosModel;
}
declare module 'wink-eng-lite-web-model/dist/load-negation-model.js' {
  const loadNegationModel: () => unknown;
  export default loadNegationModel;
}
declare module 'wink-eng-lite-web-model/dist/load-cer-meta-model.js' {
  const loadCerMetaModel: () => unknown;
  export default loadCerMetaModel;
}
declare module 'wink-eng-lite-web-model/dist/feature.js' {
  const featureFn: unknown;
  export default featureFn;
}
declare module 'wink-eng-lite-web-model/dist/porter-stemmer.js' {
  const stem: unknown;
  export default stem;
}
declare module 'wink-eng-lite-web-model/dist/lemmatize.js' {
  const lemmatize: unknown;
  export default lemmatize;
}
declare module 'wink-eng-lite-web-model/dist/readability-stats.js' {
  const readabilityStats: unknown;
  export default readabilityStats;
}
// in the bundle a function that reads the JSON afresh (scripts/lib/cjs-hub-plugin.ts `fresh`; src/nlp/wink-core-model.ts),
// imported from src (the tests) the JSON itself
declare module 'wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json' {
  /** The parts of wink's core model JSON that its reader turns into the model wink reads (read-core-model.js). */
  export interface CoreModelJson {
    packing: { layout: Record<string, number[]> } & Record<string, unknown>;
    features: Record<string, { list: string[] } & Record<string, unknown>>;
    pos: { hash: Record<string, number> };
    lexicon: string;
    xpansions: string;
  }
  const coreModelJson: CoreModelJson | (() => CoreModelJson);
  export default coreModelJson;
}
