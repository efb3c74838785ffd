import type { Doc, ResolveLayer } from '../../document';
import type { Stage } from '../../stage';
import { readsEnglish } from '../language';
import { buildEntities } from './build';
import { clusterNames } from './cluster';
import { addAcronymExpansions } from './expansions';
import { buildContext } from './context';
import { attachDemonyms } from './demonyms';
import { assignGenders } from './gender';
import { indexMentions } from './indexes';
import { markMetonymy } from './metonymy';
import { resolveNominals } from './nominals';
import { resolveOrganizationIt } from './organization-pronouns';
import { prepareMentions } from './prepare';
import { resolvePronouns } from './pronouns';
import { resolveInterviewee, resolveQuotedFirstPerson } from './first-person';
import { answererIds, resolveInterviewTurns } from './interview-turns';
import { attachTitles } from './titles';

/**
 * One entity per real-world referent: clusters the recognizer's name
 * mentions, attaches demonyms, titles, affiliations, pronouns and nominals,
 * marks places standing for governments, and ranks by salience.
 * `entities` is ordered by salience, highest first (not text order); ids
 * ("e1", "e2", ...) follow first appearance. The layer also carries the
 * mentions indexed by sentence and by token (see indexes.ts).
 */
export const resolveStage: Stage<'resolve'> = {
  name: 'resolve',
  requires: ['tokens', 'entities'],
  run(doc: Doc): ResolveLayer {
    if (!readsEnglish(doc)) return { entities: [], ...indexMentions([], doc.tokens!) };
    const drafts = addAcronymExpansions(prepareMentions(doc), doc.tokens!.tokens, doc.source);
    if (drafts.length === 0) return { entities: [], ...indexMentions([], doc.tokens!) };
    const clusters = clusterNames(drafts, doc.source);
    const ctx = buildContext(doc, clusters);
    markMetonymy(ctx);
    attachDemonyms(ctx);
    attachTitles(ctx);
    assignGenders(ctx.clusters);
    resolvePronouns(ctx);
    resolveQuotedFirstPerson(ctx);
    resolveInterviewee(ctx);
    const answerers = resolveInterviewTurns(ctx, doc.tokens!.interview ?? null);
    resolveNominals(ctx);
    resolveOrganizationIt(ctx);
    const entities = buildEntities(ctx);
    const answererEntities = answererIds(entities, answerers);
    return { entities, ...indexMentions(entities, doc.tokens!), ...(answererEntities.length > 0 ? { answerers: answererEntities } : {}) };
  },
};
