import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type WinkNLP = ReturnType<typeof winkNLP>;
type WinkModel = Parameters<typeof winkNLP>[0];

let instance: WinkNLP | undefined;

/** What wink reads from the model to build its sentence, POS and negation machines (and nothing else). */
const PIPE: Parameters<typeof winkNLP>[1] = ['sbd', 'pos', 'negation'];

/**
 * The one wink-nlp instance, created on first use: loading the model takes
 * a few hundred milliseconds, which an import should not cost.
 */
export function wink(): WinkNLP {
  instance ??= winkNLP(withoutUnusedMachines(model), PIPE);
  return instance;
}

/** wink's own empty machine (automaton.js emptyModelJSON): no states, recognizes nothing. */
const EMPTY_MACHINE = '[100,0,{"0":{}},{},{},{}]';

/**
 * The model with its named-entity and sentiment machines empty. wink parses
 * and builds every machine a model has whatever the pipe says, but runs only
 * the pipe's (NER and sentiment are not in PIPE: rdd.entities stays [] and no
 * sentiment is scored either way); those two automata held 1.5 MB for the
 * life of the process, and V8 sizes the heap at a multiple of what is live.
 */
function withoutUnusedMachines(full: WinkModel): WinkModel {
  const m = Object.assign(Object.create(null), full) as Record<string, unknown>;
  m.ner = () => ({ machines: [], transformers: [] });
  m.sa = () => ({ machines: [EMPTY_MACHINE], setter: () => undefined });
  return m as unknown as WinkModel;
}
