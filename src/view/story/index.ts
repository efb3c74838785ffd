import { NewsbriefInputError } from '../../errors';
import { loadSchemas } from '../../schema-loader';
import type { Story } from '../../story/schema';
import { escapeHtml } from '../escape';
import { renderPage } from '../page';
import { renderSourceList, renderSources } from './articles';
import { claimMarks, placeClaims } from './claims';
import { renderDisagreements } from './disagreements';
import { renderStoryPeople } from './people';
import { type StoryViewArticle, storyView } from './sources';
import { renderStatements } from './statements';
import { STORY_CSS } from './style';
import { renderStoryTimeline } from './timeline';

export type { StoryViewArticle } from './sources';

/**
 * One self-contained HTML page showing a story (from `mergeBriefings`):
 * where the sources disagree, each claim quoted from its article and linked
 * to its place there; the people once with the outlets that name them; each
 * statement once with every outlet's words for it; one timeline across the
 * sources; and each article's text, folded, marked as in the single-article
 * view. Inline CSS and a small inline script; no network.
 *
 * `articles` are the briefings the story was merged from, each with the
 * input it was made from (for HTML input the spans point into the briefing's
 * `body.text`, which is shown instead). An article the story names but
 * `articles` lacks is listed without its text.
 *
 * @throws NewsbriefInputError (`OPTIONS_INVALID`) when `story` is not a Story
 *   or an article is not `{ id, briefing, input }`.
 */
export function renderStoryHtml(story: Story, articles: readonly StoryViewArticle[]): string {
  if (!loadSchemas().StorySchema.safeParse(story).success) throw new NewsbriefInputError('OPTIONS_INVALID', 'renderStoryHtml needs a Story (from mergeBriefings) as its first argument');
  if (!Array.isArray(articles)) throw new NewsbriefInputError('OPTIONS_INVALID', 'renderStoryHtml needs an array of { id, briefing, input } as its second argument');
  for (const a of articles) {
    if (!a || typeof a.id !== 'string' || !a.briefing || !Array.isArray(a.briefing.entities)) {
      throw new NewsbriefInputError('OPTIONS_INVALID', 'each article given to renderStoryHtml must be { id, briefing, input }');
    }
    if (typeof a.input !== 'string') throw new NewsbriefInputError('INPUT_NOT_STRING', `article "${a.id}": input must be the string its briefing was made from`);
  }
  const view = storyView(story, articles);
  const placed = placeClaims(view);
  const sources = renderSources(view, claimMarks(placed));
  const list = [...view.sources.values()];
  const missing = list.filter((s) => !s.briefing).map((s) => s.label);
  const unplaced = placed.flat().filter((p) => !p.anchor).length;
  const notes = [
    ...missing.map((label) => `${escapeHtml(label)}: no briefing given, so its text and items are not shown`),
    ...sources.skipped.map((s) => `${escapeHtml(s.label)}: ${s.count} highlight${s.count === 1 ? '' : 's'} pointed outside its text: was the briefing made from this input?`),
    ...(unplaced ? [`${unplaced} claim${unplaced === 1 ? '' : 's'} could not be found in the article text given and ${unplaced === 1 ? 'is' : 'are'} not linked`] : []),
  ];
  const title = [...story.articles].reverse().find((a) => a.headline)?.headline ?? 'one story';
  return renderPage({
    title: `Story: ${title}`,
    brand: 'newsbrief story',
    meta: `${list.length} article${list.length === 1 ? '' : 's'} merged · ${story.contradictions.length} disagreement${story.contradictions.length === 1 ? '' : 's'} found`,
    mainLabel: 'Disagreements and articles',
    panelLabel: 'Story',
    legend: '<li><mark class="claim">claim</mark> (words the sources disagree on)</li>',
    css: STORY_CSS,
    main: [
      `<h1 class="story-title">Story: ${escapeHtml(title)}</h1>`,
      renderSourceList(list, view),
      renderDisagreements(view, placed),
      sources.html,
    ].join('\n'),
    panel: [
      renderStoryPeople(view),
      renderStatements(view),
      renderStoryTimeline(view),
      notes.length ? `<section class="panel-section" aria-labelledby="h-notes"><h2 id="h-notes">Warnings</h2><ul class="notes">${notes.map((n) => `<li>${n}</li>`).join('')}</ul></section>` : '',
    ],
    footer: 'Made by newsbrief from the articles’ text alone: merges and disagreements are machine readings, check them against the articles.',
  });
}
