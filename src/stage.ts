import type { Doc } from './document';

export type LayerName = Exclude<keyof Doc, 'source' | 'options'>;

/**
 * One step of the pipeline: a pure function of the document built so far that
 * returns its own layer. `requires` names the layers it reads; the runner
 * checks them, so a stage can be run and tested alone on a hand-built Doc.
 * Kept apart from the pipeline so that stages import this file and the
 * pipeline imports the stages, without a circle.
 */
export interface Stage<K extends LayerName = LayerName> {
  readonly name: K;
  readonly requires: readonly LayerName[];
  run(doc: Doc): NonNullable<Doc[K]>;
}
