import type { Doc } from './document';
import { NewsbriefStageError } from './errors';
import { cleanStage } from './stages/clean';
import { tokenizeStage } from './stages/tokenize';
import { entitiesStage } from './stages/entities';
import { resolveStage } from './stages/resolve';
import { timeStage } from './stages/time';
import { quotesStage } from './stages/quotes';
import { eventsStage } from './stages/events';
import { summaryStage } from './stages/summary';

export type LayerName = Exclude<keyof Doc, 'source' | 'options'>;

/**
 * One step of the pipeline: a pure function of the document built so far that
 * returns its own layer. `requires` names the layers it reads; the runner
 * checks them, so a stage can be run and tested alone on a hand-built Doc.
 */
export interface Stage<K extends LayerName = LayerName> {
  readonly name: K;
  readonly requires: readonly LayerName[];
  run(doc: Doc): NonNullable<Doc[K]>;
}

/** The default stages, in order. */
export const defaultStages: readonly Stage[] = [
  cleanStage,
  tokenizeStage,
  entitiesStage,
  resolveStage,
  timeStage,
  quotesStage,
  eventsStage,
  summaryStage,
];

/** Runs stages in order; a failure is wrapped with the stage's name. */
export function runPipeline(doc: Doc, stages: readonly Stage[] = defaultStages): Doc {
  let current = doc;
  for (const stage of stages) {
    const missing = stage.requires.filter((layer) => current[layer] === undefined);
    if (missing.length > 0) {
      throw new NewsbriefStageError(stage.name, new Error(`missing layers: ${missing.join(', ')}`));
    }
    let layer: unknown;
    try {
      layer = stage.run(current);
    } catch (error) {
      throw new NewsbriefStageError(stage.name, error);
    }
    current = { ...current, [stage.name]: layer };
  }
  return current;
}

/** Runs the default stages up to and including `last`: handy for tests and evaluation scripts. */
export function runUntil(doc: Doc, last: LayerName): Doc {
  const index = defaultStages.findIndex((s) => s.name === last);
  return runPipeline(doc, defaultStages.slice(0, index + 1));
}
