import type { Briefing, Quote } from '../schema';
import { type Block, articleBlocks, inlineRemoved } from './blocks';
import { attributes, escapeHtml } from './escape';
import { type EntityIndex, ENTITY_TYPE_LABELS, QUOTE_KIND_LABELS, reasonLabel, shortName, speakerName, STATUS_LABELS } from './labels';
import { articleIds, type ViewIds } from './ids';
import { type ArticleMark, briefingMarks, outOfRange } from './marks';
import { type Mark, type MarkSegment, marksPerRange, nestMarks, type Segment } from './segments';

export interface RenderedArticle {
  html: string;
  /** highlights whose span lies outside the text: a briefing paired with the wrong input */
  skippedMarks: number;
}

export interface ArticleOptions {
  /** the ids its elements carry (default: the single-article page's) */
  ids?: ViewIds;
  /** the level of the headline's heading: 1 on its own page, lower inside a story (default 1) */
  headingLevel?: number;
  /** more highlights to draw, such as a story's claims */
  extraMarks?: readonly Mark<ArticleMark>[];
}

/** What every renderer below reads: the text, the article's entities, and the ids to give elements. */
interface Context {
  text: string;
  entities: EntityIndex;
  ids: ViewIds;
}

/** The article text as HTML blocks with every highlight of the briefing nested inside. */
export function renderArticle(briefing: Briefing, text: string, entities: EntityIndex, options: ArticleOptions = {}): RenderedArticle {
  const ctx: Context = { text, entities, ids: options.ids ?? articleIds };
  const level = options.headingLevel ?? 1;
  const blocks = articleBlocks(briefing, text);
  const marks = [...briefingMarks(briefing, inlineRemoved(briefing, blocks)), ...(options.extraMarks ?? [])];
  const skippedMarks = outOfRange(marks, text.length);
  const inRange = marks.filter((m) => m.start >= 0 && m.end <= text.length);
  const hasHeadline = blocks.some((b) => b.kind === 'headline');
  const parts = hasHeadline || level > 1 ? [] : ['<h1 class="b-untitled">Article</h1>'];
  const perBlock = marksPerRange(blocks, inRange);
  blocks.forEach((block, i) => parts.push(renderBlock(block, nestMarks(perBlock[i]!, block.start, block.end), ctx, level)));
  return { html: parts.join('\n'), skippedMarks };
}

function renderBlock(block: Block, segments: Segment<ArticleMark>[], ctx: Context, level: number): string {
  const inner = renderSegments(segments, ctx, false);
  switch (block.kind) {
    case 'headline':
      return `<h${level} class="b-headline">${inner}</h${level}>`;
    case 'paragraph':
      return `<p class="b-par">${inner}</p>`;
    case 'other':
      return `<p class="b-other" title="Not part of the story text">${inner}</p>`;
    case 'removed':
      return (
        `<details class="b-removed"><summary>Removed boilerplate: <span class="reason">${escapeHtml(reasonLabel(block.reason))}</span></summary>` +
        `<p><del>${inner}</del></p></details>`
      );
  }
}

function renderSegments(segments: Segment<ArticleMark>[], ctx: Context, inLink: boolean): string {
  let html = '';
  for (const segment of segments) {
    if (segment.type === 'text') html += escapeHtml(ctx.text.slice(segment.start, segment.end));
    else html += renderMark(segment, ctx, inLink);
  }
  return html;
}

// links cannot nest: a mark inside a link renders as a plain span
function renderMark(segment: MarkSegment<ArticleMark>, ctx: Context, inLink: boolean): string {
  const data = segment.mark.data;
  const isLink = data.kind === 'mention' && !inLink;
  const { tag, attrs } = openTag(segment, ctx, inLink);
  // the mark's whole span, on every piece: lets a reader (or a test) tie the element back to the briefing
  if (data.kind !== 'removed' && data.kind !== 'quoted') attrs['data-span'] = `${segment.mark.start}-${segment.mark.end}`;
  const children = renderSegments(segment.children, ctx, inLink || isLink);
  const after = data.kind === 'quote' && segment.last ? speakerBadge(data.quote, ctx, inLink) : '';
  return `<${tag}${attributes(attrs)}>${children}</${tag}>${after}`;
}

const confidenceNote = (confidence: number | undefined): string => (confidence === undefined ? '' : `, confidence ${confidence.toFixed(2)}`);

type Attrs = Record<string, string | number | boolean | undefined>;

function openTag(segment: MarkSegment<ArticleMark>, ctx: Context, inLink: boolean): { tag: string; attrs: Attrs } {
  const { entities, ids } = ctx;
  const data = segment.mark.data;
  // only a mark's first piece carries its id, so ids stay unique when a mark is split
  const idIf = (id: string): string | undefined => (segment.first ? id : undefined);
  switch (data.kind) {
    case 'removed':
      return { tag: 'del', attrs: { class: 'removed', title: `Removed: ${reasonLabel(data.removed.reason)}` } };
    case 'quote': {
      const q = data.quote;
      const who = speakerName(q, entities);
      return {
        tag: 'span',
        attrs: {
          class: `quote quote-${q.kind}`,
          id: idIf(ids.quote(q.id)),
          'data-quote': q.id,
          'data-speaker': q.speaker.entityId ? ids.entityKey(q.speaker.entityId) : undefined,
          title: `${QUOTE_KIND_LABELS[q.kind]}, ${who ? `said by ${who}` : 'speaker unknown'}${confidenceNote(q.confidence)}`,
        },
      };
    }
    case 'quoted':
      return { tag: 'span', attrs: { class: 'quoted', 'data-quoted-by': data.quote.id } };
    case 'mention': {
      const { entity, mention } = data;
      const attrs: Attrs = {
        class: `m m-${entity.type} k-${mention.kind}`,
        'data-entity': ids.entityKey(entity.id),
        'data-kind': mention.kind,
        title: `${ENTITY_TYPE_LABELS[entity.type].one}: ${entity.name}${mention.kind === 'name' ? '' : ` (${mention.kind})`}${confidenceNote(entity.confidence)}`,
      };
      return inLink ? { tag: 'span', attrs } : { tag: 'a', attrs: { href: `#${ids.entity(entity.id)}`, ...attrs } };
    }
    case 'trigger': {
      const v = data.event;
      return {
        tag: 'span',
        attrs: {
          class: `ev st-${v.status}`,
          id: idIf(ids.event(v.id)),
          'data-event': v.id,
          'data-status': v.status,
          title: `${v.type} event, ${STATUS_LABELS[v.status].label}${v.time?.value ? `, ${v.time.value}` : ''}`,
        },
      };
    }
    case 'time': {
      const t = data.time;
      return {
        tag: 'span',
        attrs: {
          class: 'tx',
          id: idIf(ids.time(t.id)),
          'data-time': t.id,
          'data-value': t.value ?? '',
          title: t.value ? `${t.type}: ${t.value}${t.mod ? ` (${t.mod})` : ''}` : `${t.type}: not normalized`,
          // focusable so keyboard users get the value too (CSS shows it on focus); not inside a link, which is focusable already
          tabindex: inLink ? undefined : 0,
        },
      };
    }
    case 'claim':
      // every piece carries data-claim, so a claim split around a quote's edge can be read back whole
      return { tag: 'mark', attrs: { class: 'claim', id: idIf(data.id), 'data-claim': data.id, title: data.label } };
  }
}

/**
 * The link from a quote to its speaker's entry in the panel, or the speaker's
 * words when no entity was resolved. Its label is drawn by CSS from
 * data-label, so the article's text (copied, or read as textContent) stays
 * exactly the input; screen readers get aria-label.
 */
function speakerBadge(quote: Quote, ctx: Context, inLink: boolean): string {
  const { entities, ids } = ctx;
  const entity = quote.speaker.entityId ? entities.get(quote.speaker.entityId) : undefined;
  const name = speakerName(quote, entities);
  if (!name) return '';
  const attrs = { class: 'qs', 'data-speaker-of': quote.id, 'data-label': shortName(name, entity?.type ?? null), title: `Said by ${name}` };
  if (entity && !inLink) {
    return `<a${attributes({ href: `#${ids.entity(entity.id)}`, 'data-entity-link': ids.entityKey(entity.id), 'aria-label': `said by ${name}`, ...attrs })}></a>`;
  }
  return `<span${attributes({ role: 'note', 'aria-label': `said by ${name}`, ...attrs })}></span>`;
}
