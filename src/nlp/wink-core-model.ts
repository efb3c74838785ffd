import { decodeBase64 } from '../base64';
import { nodeRequire } from '../node-require';

/**
 * wink's English core model (lexicon, feature lists, packing), read the way the model package's own
 * `read-core-model.js` + `load-core-model.js` read it, at about half the cost of the first call's largest part.
 *
 * Why: the package's reader starts with `JSON.parse(JSON.stringify(originalModel))`, a deep copy of the whole
 * 3 MB model (about 30 ms of the first call, and 90,000 new lexeme strings plus a second 1.9 MB base64 string
 * on the heap), so that each wink instance may grow its own lists. Only the lists grow; the strings in them and
 * the base64 text are never changed. This reader copies the lists (an array of the same strings), the small
 * parts as the package does, and decodes the base64 with Node's Buffer. The result is the same model, value for
 * value (tests/wink-core-model.test.ts compares it with the package's).
 *
 * The package keeps the parsed JSON in its module; Node's require cache hands the same object back here, so it
 * is not parsed twice. Where there is no synchronous require (a browser), null: the caller uses the package's reader.
 */
const CORE_JSON = 'wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json';

interface FeatureData {
  list: unknown[];
  hash?: Record<string, number>;
  intrinsicSize?: number;
  index?: number;
  maxIndex?: number;
}

/** The shape of the shipped JSON this reader relies on; anything else is copied as it is. */
interface CoreModelJson {
  packing: { layout: Record<string, number[]>; efList?: string[] };
  features: Record<string, FeatureData>;
  pos: { hash: Record<string, number> };
  lexicon: string;
  xpansions: string;
  [part: string]: unknown;
}

export function readWinkCoreModel(): object | null {
  const load = nodeRequire();
  if (!load) return null;
  let original: CoreModelJson;
  try {
    original = load(CORE_JSON) as CoreModelJson;
  } catch {
    return null;
  }
  return coreModelFrom(original);
}

/** The model as read-core-model.js and load-core-model.js leave it, without changing `original`. */
export function coreModelFrom(original: CoreModelJson): object {
  const model: Record<string, unknown> = {};
  const features: Record<string, FeatureData> = {};
  // the parts in the package's order (its copy keeps the JSON's key order)
  for (const part of Object.keys(original)) {
    if (part === 'features') {
      for (const name of Object.keys(original.features)) {
        const { list, ...rest } = original.features[name]!;
        features[name] = { ...(JSON.parse(JSON.stringify(rest)) as object), list: list.slice() };
      }
      model.features = features;
    } else if (part === 'lexicon' || part === 'xpansions') {
      model[part] = new Uint32Array(decodeBase64(original[part]).buffer);
    } else {
      // the small parts (header, packing, pos, trex, ...: about 10 kB) are copied as the package copies the whole
      model[part] = JSON.parse(JSON.stringify(original[part]));
    }
  }

  const packing = model.packing as CoreModelJson['packing'];
  const pos = model.pos as CoreModelJson['pos'];
  // read-core-model.js: a text -> index hash for every feature packed by index, and for the lexicon
  for (const f of Object.keys(packing.layout)) {
    if (packing.layout[f]![3] === 0) features[f]!.hash = hashOf(features[f]!.list as string[]);
  }
  features.lexeme!.hash = hashOf(features.lexeme!.list as string[]);
  const clusters = features.posClusters!.list;
  for (let k = 0; k < clusters.length; k++) clusters[k] = new Set((clusters[k] as string).split('_').map((e) => pos.hash[e] || 0));

  // load-core-model.js: sizes of the index-packed features, and the list of extrinsic features
  packing.efList = [];
  for (const f of Object.keys(packing.layout)) {
    const layout = packing.layout[f]!;
    if (layout[3] === 0) {
      const feature = features[f]!;
      feature.intrinsicSize = feature.list.length;
      feature.index = feature.list.length;
      feature.maxIndex = layout[1]! >>> layout[2]!;
    }
    if (layout[4] === 1) packing.efList.push(f);
  }
  features.lexeme!.intrinsicSize = features.lexeme!.list.length;
  features.lexeme!.index = features.lexeme!.list.length;
  return model;
}

function hashOf(list: readonly string[]): Record<string, number> {
  const hash = Object.create(null) as Record<string, number>;
  for (let k = 0; k < list.length; k++) hash[list[k]!] = k;
  return hash;
}
