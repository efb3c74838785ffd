import { withLayer, type Doc } from './document';
import { NewsbriefStageError } from './errors';
import type { LayerName, Stage } from './stage';
import { cleanStage } from './stages/clean';
import { languageStage } from './stages/language';
import { tokenizeStage } from './stages/tokenize';
import { entitiesStage } from './stages/entities';
import { resolveStage } from './stages/resolve';
import { timeStage } from './stages/time';
import { quotesStage } from './stages/quotes';
import { eventsStage } from './stages/events';
import { summaryStage } from './stages/summary';

/** The default stages, in order. */
export const defaultStages: readonly Stage[] = [
  cleanStage,
  languageStage,
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
    current = withLayer(current, stage.name, layer as Doc[typeof stage.name]);
  }
  return current;
}

/** Runs the default stages up to and including `last`: handy for tests and evaluation scripts. */
export function runUntil(doc: Doc, last: LayerName): Doc {
  const index = defaultStages.findIndex((s) => s.name === last);
  return runPipeline(doc, defaultStages.slice(0, index + 1));
}
