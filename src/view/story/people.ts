import type { Entity } from '../../schema';
import type { StoryEntity } from '../../story/schema';
import { attributes, escapeHtml } from '../escape';
import { articleIds } from '../ids';
import { entityKindLabel } from '../labels';
import { type Source, type StoryView, articlesOf, entityName } from './sources';

/**
 * The people once, however many outlets name them, each with their titles,
 * affiliations and the outlets that mention them (how often, and the titles
 * each gives them); then the
 * organizations and places, folded away. A name's button highlights it in
 * every article.
 */
export function renderStoryPeople(view: StoryView): string {
  const people = view.story.entities.filter((e) => e.type === 'person');
  const others = view.story.entities.filter((e) => e.type !== 'person');
  const list = (entities: StoryEntity[]): string => `<ul class="cards">\n${entities.map((e) => card(view, e)).join('\n')}\n</ul>`;
  const parts = [people.length ? list(people) : '<p class="empty">No people found.</p>'];
  if (others.length) {
    parts.push(`<details class="more-entities"><summary>Organizations and places <span class="count">(${others.length})</span></summary>${list(others)}</details>`);
  }
  return `<section class="panel-section" aria-labelledby="h-people"><h2 id="h-people">People <span class="count">(${people.length})</span></h2>\n${parts.join('\n')}</section>`;
}

/** A button naming a story entity: selects it in every article (reads as a plain name without script). */
export function storyEntityButton(entity: StoryEntity): string {
  return `<button${attributes({ type: 'button', class: `who who-${entity.type}`, 'data-select': entity.id, 'aria-pressed': 'false' })}>${escapeHtml(entity.name)}</button>`;
}

function card(view: StoryView, entity: StoryEntity): string {
  const lines = [storyEntityButton(entity)];
  lines.push(`<span class="subtype">${escapeHtml(entityKindLabel(entity))}</span>`);
  if (entity.titles.length) lines.push(`<p class="titles">${escapeHtml(entity.titles.join('; '))}</p>`);
  if (entity.affiliations.length) {
    const links = entity.affiliations.map((id) => `<a href="#${articleIds.entity(id)}">${escapeHtml(entityName(view, id))}</a>`).join(', ');
    lines.push(`<p class="affiliations">With ${links}</p>`);
  }
  if (entity.aliases.length) lines.push(`<p class="aliases">Also: ${escapeHtml(entity.aliases.join(', '))}</p>`);
  const outlets = articlesOf(view, entity.sources).map((source) => outletItem(source, entity));
  lines.push(`<p class="in-outlets">In ${outlets.length} article${outlets.length === 1 ? '' : 's'}:</p><ul class="outlets">${outlets.join('')}</ul>`);
  return `<li${attributes({ class: `card card-${entity.type}`, id: articleIds.entity(entity.id), 'data-card': entity.id })}>${lines.join('')}</li>`;
}

function outletItem(source: Source, entity: StoryEntity): string {
  const own = entity.sources.filter((s) => s.article === source.id).map((s) => source.index.get(s.entityId)).filter((e): e is Entity => e !== undefined);
  const mentions = own.reduce((n, e) => n + e.mentions.length, 0);
  const count = source.briefing ? ` <span class="count">${mentions} mention${mentions === 1 ? '' : 's'}</span>` : '';
  // what this outlet calls them: where outlets differ on a title, the reader sees who says what
  const titles = [...new Set(own.flatMap((e) => e.titles))];
  const called = titles.length ? ` <span class="outlet-titles">${escapeHtml(titles.join('; '))}</span>` : '';
  return `<li class="outlet-item"><a href="#${source.anchor}">${escapeHtml(source.label)}</a>${count}${called}</li>`;
}
