/// <reference path="../wink-model-parts.d.ts" />
import loadSbdModel from 'wink-eng-lite-web-model/dist/load-sbd-model.js';
import loadPosModel from 'wink-eng-lite-web-model/dist/load-pos-model.js';
import loadNegationModel from 'wink-eng-lite-web-model/dist/load-negation-model.js';
import loadCerMetaModel from 'wink-eng-lite-web-model/dist/load-cer-meta-model.js';
import featureFn from 'wink-eng-lite-web-model/dist/feature.js';
import stem from 'wink-eng-lite-web-model/dist/porter-stemmer.js';
import lemmatize from 'wink-eng-lite-web-model/dist/lemmatize.js';
import readabilityStats from 'wink-eng-lite-web-model/dist/readability-stats.js';
import { loadCoreModel } from './wink-core-model';

/** wink's own empty machine (automaton.js emptyModelJSON): no states, recognizes nothing. */
const EMPTY_MACHINE = '[100,0,{"0":{}},{},{},{}]';

/**
 * wink's English model as the package's `dist/model.js` puts it together, from the same files, but without
 * its named-entity and sentiment machines.
 *
 * Why the parts and not the package's main module: that module requires every part at import, the entity and
 * sentiment automata's JSON (570 kB) among them, which wink parses and builds whatever the pipe says although it
 * runs only the pipe's (NER and sentiment are not in wink.ts's PIPE: `rdd.entities` stays [] and no sentiment is
 * scored either way). Built, the two automata held 1.5 MB for the life of the process; parsed, their JSON held
 * 0.3 MB more and cost about 7 ms of every import, and a browser bundle carried it.
 *
 * The core model is read from the package's JSON by wink-core-model.ts, as the package's own reader reads it but
 * without its deep copy of the 3 MB JSON. `onCore` sees the core model before wink does.
 */
export function englishModel(onCore: (core: unknown) => void): object {
  const model = Object.create(null) as Record<string, unknown>;
  model.core = () => {
    const core = loadCoreModel();
    onCore(core);
    return core;
  };
  model.sbd = loadSbdModel;
  model.pos = loadPosModel;
  model.ner = () => ({ machines: [], transformers: [] });
  model.negation = loadNegationModel;
  model.sa = () => ({ machines: [EMPTY_MACHINE], setter: () => undefined });
  model.metaCER = loadCerMetaModel;
  model.featureFn = featureFn;
  const addons = Object.create(null) as Record<string, unknown>;
  addons.stem = stem;
  addons.lemmatize = lemmatize;
  addons.readabilityStats = readabilityStats;
  addons.wordVectors = undefined;
  model.addons = addons;
  return model;
}
