/// <reference path="../wink-model-parts.d.ts" />
import coreModelJson, { type CoreModelJson } from 'wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json';
import { decodeBase64 } from '../base64';
import { LearnedCompounds } from './wink-learned-compounds';

/** Set (to true) by the build when it bundles wink with its feature hashes read as Maps (scripts/lib/wink-map-hash-plugin.ts). */
declare const WINK_MAP_HASH: boolean | undefined;

/** A feature's value -> index hash: a Map in the bundle (WINK_MAP_HASH), the object wink's own reader makes elsewhere. */
export type FeatureHash = Map<string, number> | Record<string, number>;

interface FeatureOut {
  list: unknown[];
  hash?: FeatureHash;
  intrinsicSize?: number;
  index?: number;
  maxIndex?: number;
  /** the lexeme feature's learned compounds, read by the bundle's patched cache.js (wink-map-hash-plugin.ts) */
  compounds?: LearnedCompounds;
}

/**
 * The core model's parsed JSON. In the bundle the import is a function that reads it afresh from dist/wink-model.cjs
 * (scripts/lib/cjs-hub-plugin.ts `fresh`), so that nothing holds the JSON once the model is built from it: its base64
 * lexicon and lists were about 2.5 MB of live heap for the life of the process. Imported from src (the tests), it is
 * the JSON itself.
 */
function readCoreModelJson(): CoreModelJson {
  return typeof coreModelJson === 'function' ? coreModelJson() : coreModelJson;
}

/**
 * wink's core model as the package's own loader makes it (dist/read-core-model.js and load-core-model.js: the same
 * fields, values and key order), without its `JSON.parse(JSON.stringify(model))` deep copy of the 3 MB JSON.
 *
 * Why: the copy is there so that every load gets a model of its own to grow (wink appends the words it learns to
 * the feature lists and hashes), while the parsed JSON may be shared with another reader of the file (wink's own
 * loader, or a second build of this library in the same process), so it is never written. wink writes only those
 * lists and the objects around them: copying them (an array of string pointers each) and sharing the rest
 * (the tokenizer's patterns, the category and POS tables, the preserve lists, which wink only reads) gives each
 * load the same private model for a fraction of the work and of the garbage: the copy and its 3 MB string were
 * about 25 ms of the first call, and its strings were a second copy of every lexeme held for the life of the
 * process. Each call returns a new model, so replacing the wink instance (wink.ts LEXICON_LIMIT) starts afresh.
 * tests/wink-model-parts.test.ts checks the result against the package's own loader, field by field.
 */
export function loadCoreModel(): unknown {
  const json = readCoreModelJson();
  const layout = json.packing.layout;
  // plain objects like the JSON's own, in its key order; each feature's list copied, since wink appends to it
  const plainFeatures: Record<string, FeatureOut> = {};
  for (const name of Object.keys(json.features)) plainFeatures[name] = { ...json.features[name]!, list: json.features[name]!.list.slice() };
  const model: Record<string, unknown> = { ...json };
  model.packing = { ...json.packing };
  model.features = plainFeatures;
  // read-core-model.js: the packed lexicon and expansions as 32-bit words, a hash (text -> index) for every feature
  // whose values are listed, the lexeme hash, and each POS cluster as a Set of POS codes
  model.lexicon = new Uint32Array(decodeBase64(json.lexicon).buffer);
  model.xpansions = new Uint32Array(decodeBase64(json.xpansions).buffer);
  for (const name in layout) {
    if (layout[name]![3] === 0) plainFeatures[name]!.hash = hashOf(plainFeatures[name]!.list as string[]);
  }
  plainFeatures.lexeme!.hash = hashOf(plainFeatures.lexeme!.list as string[]);
  // the bundle's wink hides the compounds it learned from earlier texts instead of forgetting them (wink-learned-compounds.ts)
  const lexemeHash = plainFeatures.lexeme!.hash;
  if (lexemeHash instanceof Map) plainFeatures.lexeme!.compounds = new LearnedCompounds(plainFeatures.lexeme!.list as string[], lexemeHash);
  const clusters = plainFeatures.posClusters!.list;
  for (let k = 0; k < clusters.length; k++) {
    clusters[k] = new Set((clusters[k] as string).split('_').map((tag) => json.pos.hash[tag] || 0));
  }
  // load-core-model.js: sizes and limits of the listed features, and the list of features extracted for new words
  const efList: string[] = [];
  (model.packing as Record<string, unknown>).efList = efList;
  for (const name in layout) {
    const [, mask, shift, intrinsic, extractable] = layout[name]!;
    if (intrinsic === 0) {
      const feature = plainFeatures[name]!;
      feature.intrinsicSize = feature.list.length;
      feature.index = feature.list.length;
      feature.maxIndex = mask! >>> shift!;
    }
    if (extractable === 1) efList.push(name);
  }
  plainFeatures.lexeme!.intrinsicSize = plainFeatures.lexeme!.list.length;
  plainFeatures.lexeme!.index = plainFeatures.lexeme!.list.length;
  return model;
}

/**
 * value -> its index in the list: a Map where the bundled wink reads Maps (see WINK_MAP_HASH; the lexeme hash's
 * 87,593 keys build in about half the time), else a prototype-free object as wink's reader makes it.
 */
function hashOf(list: readonly string[]): FeatureHash {
  if (typeof WINK_MAP_HASH !== 'undefined' && WINK_MAP_HASH) {
    const map = new Map<string, number>();
    for (let k = 0; k < list.length; k++) map.set(list[k]!, k);
    return map;
  }
  const hash = Object.create(null) as Record<string, number>;
  for (let k = 0; k < list.length; k++) hash[list[k]!] = k;
  return hash;
}
