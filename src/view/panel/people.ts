import type { Entity } from '../../schema';
import { articleIds } from '../ids';
import { attributes, escapeHtml } from '../escape';
import { type EntityIndex, ENTITY_TYPE_LABELS, entityKindLabel } from '../labels';

const TYPES: Entity['type'][] = ['person', 'organization', 'location'];

/**
 * Who's who: one card per entity, people first, each with a button that
 * highlights the entity's mentions and quotes in the text. `quoteCounts` maps
 * an entity id to the quotes attributed to it.
 */
export function renderPeoplePanel(entities: readonly Entity[], index: EntityIndex, quoteCounts: ReadonlyMap<string, number>): string {
  if (entities.length === 0) return section('<p class="empty">No people, organizations or places found.</p>');
  const groups = TYPES.map((type) => {
    const members = entities.filter((e) => e.type === type);
    if (members.length === 0) return '';
    const cards = members.map((e) => card(e, index, quoteCounts.get(e.id) ?? 0)).join('\n');
    return `<h3>${ENTITY_TYPE_LABELS[type].many} <span class="count">(${members.length})</span></h3>\n<ul class="cards cards-${type}">\n${cards}\n</ul>`;
  });
  return section(groups.filter(Boolean).join('\n'));
}

function section(body: string): string {
  return `<section class="panel-section" aria-labelledby="h-people"><h2 id="h-people">Who’s who</h2>\n${body}</section>`;
}

/** A button naming the entity; the page script makes it select the entity, and it reads as a plain name without script. */
export function entityButton(entity: Entity, label = entity.name): string {
  return `<button${attributes({ type: 'button', class: `who who-${entity.type}`, 'data-select': entity.id, 'aria-pressed': 'false' })}>${escapeHtml(label)}</button>`;
}

function card(entity: Entity, index: EntityIndex, quotes: number): string {
  const lines: string[] = [entityButton(entity)];
  lines.push(`<span class="subtype">${escapeHtml(entityKindLabel(entity))}</span>`);
  if (entity.titles.length) lines.push(`<p class="titles">${escapeHtml(entity.titles.join('; '))}</p>`);
  const affiliations = entity.affiliations.map((id) => index.get(id)).filter((e): e is Entity => e !== undefined);
  if (affiliations.length) {
    const links = affiliations.map((a) => `<a href="#${articleIds.entity(a.id)}">${escapeHtml(a.name)}</a>`).join(', ');
    lines.push(`<p class="affiliations">With ${links}</p>`);
  }
  if (entity.aliases.length) lines.push(`<p class="aliases">Also: ${escapeHtml(entity.aliases.join(', '))}</p>`);
  const counts = [`${entity.mentions.length} mention${entity.mentions.length === 1 ? '' : 's'}`];
  if (quotes > 0) counts.push(`${quotes} quote${quotes === 1 ? '' : 's'}`);
  lines.push(`<p class="counts">${counts.join(' · ')}</p>`);
  return `<li${attributes({ class: `card card-${entity.type}`, id: articleIds.entity(entity.id), 'data-card': entity.id })}>${lines.join('')}</li>`;
}
