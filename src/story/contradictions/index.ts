import type { Contradiction } from '../schema';
import type { Check, CheckContext } from './check';
import { titleCheck } from './01-titles';
import { dateCheck } from './02-dates';
import { numberCheck } from './03-numbers';
import { statusCheck } from './04-status';
import { locationCheck } from './05-locations';
import { attributionCheck } from './06-attribution';

/** The contradiction checks, in the order their findings are listed. Each can be run alone. */
const CHECKS: readonly Check[] = [titleCheck, dateCheck, numberCheck, statusCheck, locationCheck, attributionCheck];

export function findContradictions(ctx: CheckContext, checks: readonly Check[] = CHECKS): Contradiction[] {
  return checks.flatMap((check) => check.run(ctx));
}

export type { Check, CheckContext } from './check';
