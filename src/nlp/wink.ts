import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type WinkNLP = ReturnType<typeof winkNLP>;

let instance: WinkNLP | undefined;

/**
 * The one wink-nlp instance, created on first use: loading the model takes
 * a few hundred milliseconds, which an import should not cost.
 */
export function wink(): WinkNLP {
  instance ??= winkNLP(model, ['sbd', 'pos', 'negation']);
  return instance;
}
