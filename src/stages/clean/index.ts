import type { CleanLayer, Doc, Span } from '../../document';
import type { Credit, RemovedSpan, Warning } from '../../schema';
import type { Stage } from '../../stage';
import { findCaption, hasStoryOutside, isCaptionOfCredit } from './caption';
import { commentSectionStart } from './comments';
import { mastheadSpan } from './masthead';
import { applyPageFurniture } from './page-furniture';
import { labelFurnitureRuns } from './furniture-runs';
import { agencyOfSignoff, classifyLine, classifySegment, isAbsorbable, isPostalAddress, type Verdict } from './classify';
import { unitVerdict } from './verdict';
import { agencyOfByline, parseBioCredit, parseCaptionCredit, parseCreditLine } from './credits';
import { findDateline, normalizeAgency, type Dateline } from './dateline';
import { findStatedDate, isDateLine } from './dates';
import { isHeadlineShape, isKicker, isTitleLine } from './headline';
import { isSectionLabel, sectionLabelAfterHeadline } from './section-label';
import { type Block, type Line, layout, splitSegments, wordCount } from './layout';
import { publisherFromBlurb, publisherFromCopyright, publisherFromSyndication } from './publisher';
import { findTickerRuns } from './ticker';
import { markReporterBeats } from './reporter-beat';
import { UnitRecord } from './unit-record';

/**
 * Separates the story from what a page wrapped around it. Plain text is read
 * as lines and blank-line blocks; each line or sentence-like segment gets a
 * boilerplate verdict from its shape and vocabulary, and its position decides:
 * strong evidence removes anywhere, weak evidence only before the first or
 * after the last story paragraph. Everything else stays, so a story sentence
 * is never removed for looking like boilerplate; doubtful pieces are warned.
 */
export const cleanStage: Stage<'clean'> = {
  name: 'clean',
  requires: [],
  run(doc: Doc): CleanLayer {
    return cleanText(doc.source, doc.options.page?.furniture ?? []);
  },
};

interface Unit extends Span {
  block: number;
  wholeLine: boolean;
  verdict: Verdict | null;
  removed: boolean;
}

type Zone = 'head' | 'body' | 'tail';

const FOLLOWS_BLURB = new Set(['publisher-blurb', 'syndication-note']);
const FOLDS_INTO_BLURB = new Set(['promo', 'related-links', 'share']);

/** `furniture`: spans an HTML page's markup already named as furniture (byline, photo-caption ...). */
export function cleanText(source: string, furniture: readonly RemovedSpan[] = []): CleanLayer {
  const { lines, blocks } = layout(source);
  const warnings: Warning[] = [];
  const consumed = new Set<number>();
  const page = applyPageFurniture(source, lines, furniture, consumed);
  const removed: RemovedSpan[] = page.removed;
  const credits: Credit[] = page.credits;

  for (const run of findTickerRuns(source, lines)) {
    removed.push({ start: run.start, end: run.end, reason: 'market-ticker' });
    for (const index of run.lines) consumed.add(index);
  }

  const captionBlocks = new Set<number>();
  const captionCredits = new Map<number, Span | null>();
  const captionStory = new Set<number>();
  for (const block of blocks) {
    if (block.lines.some((l) => consumed.has(l.index))) continue;
    const caption = findCaption(source, block);
    if (!caption && !isCaptionOfCredit(source, block, blocks[block.index + 1], blocks[block.index + 2])) continue;
    captionBlocks.add(block.index);
    captionCredits.set(block.index, caption?.credit ?? null);
    if (caption?.storyBefore) captionStory.add(block.index);
  }
  // captions with no story around them are the story: only their credits are boilerplate
  const keepCaptionText = captionBlocks.size > 0 && !hasStoryOutside(source, blocks, captionBlocks);
  for (const index of [...captionBlocks]) {
    const block = blocks[index]!;
    const credit = captionCredits.get(index);
    const cut = credit && (keepCaptionText || captionStory.has(index)) ? credit : block;
    if (cut !== block) captionBlocks.delete(index);
    removed.push({ start: cut.start, end: cut.end, reason: 'photo-caption' });
    credits.push(...parseCaptionCredit(source, cut));
  }

  const units = buildUnits(source, blocks, consumed, captionBlocks);
  markCommentSection(source, blocks, units);
  const byBlock = groupByBlock(units, blocks.length);
  markReporterBeats(source, byBlock);
  const story = blocks.map((b) => (byBlock[b.index] ?? []).some((u) => isStoryUnit(source, u)));
  const firstStory = story.indexOf(true);
  const lastStory = story.lastIndexOf(true);
  const zoneOf = (b: number): Zone => (firstStory < 0 ? 'body' : b < firstStory ? 'head' : b > lastStory ? 'tail' : 'body');

  if (lastStory >= 0) continueListsAcrossBlocks(source, byBlock, lastStory);

  for (const block of blocks) {
    const list = byBlock[block.index] ?? [];
    labelFurnitureRuns(source, list, zoneOf(block.index));
    decideBlock(list, zoneOf(block.index));
    for (const unit of list) {
      if (unit.removed) removed.push({ start: unit.start, end: unit.end, reason: unit.verdict!.reason });
      else if (unit.verdict && unit.verdict.reason !== 'timestamp') {
        warnings.push({
          code: 'possible-boilerplate',
          message: `looks like ${unit.verdict.reason} but sits inside the story, so it was kept`,
          span: { start: unit.start, end: unit.end },
        });
      }
    }
  }

  const masthead = mastheadSpan(source, blocks, removed);
  const mergedRemoved = mergeRemoved(source, masthead ? [...removed, masthead] : removed);
  const removedUnits = units.filter((u) => u.removed);
  let previous = '';
  for (const unit of removedUnits) {
    const reason = unit.verdict!.reason;
    const text = source.slice(unit.start, unit.end);
    if (reason === 'credits' || reason === 'byline') credits.push(...parseCreditLine(source, unit, /editor/i.test(previous) ? 'editor' : 'reporter'));
    else if (reason === 'author-bio') credits.push(...parseBioCredit(source, unit));
    else if (reason === 'photo-caption') credits.push(...parseCaptionCredit(source, unit));
    previous = text;
  }

  const { headline, kicker } = findHeadline(source, blocks, mergedRemoved, firstStory);
  const label = sectionLabelAfterHeadline(source, blocks, mergedRemoved, headline);
  const labels = [kicker, label].filter((r): r is RemovedSpan => r !== null);
  const keptOut = labels.length > 0 ? mergeRemoved(source, [...mergedRemoved, ...labels]) : mergedRemoved;
  const paragraphs = keptPieces(source, blocks, keptOut, headline);
  const { dateline, datelineInfo, statedDate } = findDatelineAndDate(source, paragraphs, removedUnits, firstStory, blocks);
  // a masthead that only an author bio named is the publisher too, when nothing else names one
  const publisher = findPublisher(source, keptOut, datelineInfo) ?? (masthead ? source.slice(masthead.start, masthead.end).trim() : null);

  return {
    headline,
    paragraphs,
    removed: keptOut,
    publisher,
    credits: dedupeCredits(credits),
    dateline,
    statedDate,
    warnings,
  };
}

/**
 * From a comments header on, what no other verdict named is a reader's comment, up to the first block
 * that is page furniture of another kind (the copyright and policy links closing the page).
 */
function markCommentSection(source: string, blocks: readonly Block[], units: Unit[]): void {
  const start = commentSectionStart(source, blocks);
  if (start < 0) return;
  const byBlock = groupByBlock(units, blocks.length);
  for (let b = start; b < blocks.length; b++) {
    const list = byBlock[b]!;
    if (b > start && list.some((u) => u.verdict)) return;
    for (const unit of list) if (!unit.verdict) unit.verdict = unitVerdict('comments', true, false, false);
  }
}

// "1. Cafe owner's fury over parking fines": a numbered list item, read as one line, not as the sentence "1." and another
const NUMBERED_ITEM = /^\d{1,2}[.)]\s+\S/;

function buildUnits(source: string, blocks: readonly Block[], consumed: ReadonlySet<number>, captions: ReadonlySet<number>): Unit[] {
  const units: Unit[] = [];
  for (const block of blocks) {
    if (captions.has(block.index)) continue;
    const blockUnits: Unit[] = [];
    for (const line of block.lines) {
      if (consumed.has(line.index)) continue;
      const verdict = classifyLine(source.slice(line.start, line.end));
      if (verdict) {
        blockUnits.push(new UnitRecord(line.start, line.end, block.index, true, verdict));
        continue;
      }
      const text = source.slice(line.start, line.end);
      if (NUMBERED_ITEM.test(text) && wordCount(text) <= 20 && !/[.!?]["”’]?$/.test(text)) {
        blockUnits.push(new UnitRecord(line.start, line.end, block.index, true, classifySegment(text)));
        continue;
      }
      const segments = splitSegments(source, line);
      for (const seg of segments) {
        // a UnitRecord, not a literal: see unit-record.ts (V8 would allocate literal units in old space)
        blockUnits.push(new UnitRecord(seg.start, seg.end, block.index, segments.length === 1, classifySegment(source.slice(seg.start, seg.end), segments.length === 1)));
      }
    }
    propagateHeaders(source, blockUnits);
    absorbNeighbours(source, blockUnits);
    markPublisherAddress(source, blockUnits);
    for (const unit of blockUnits) units.push(unit);
  }
  return units;
}

/** Short lines after a "RELATED COVERAGE" or "Share this:" line are the list it introduces. */
function propagateHeaders(source: string, list: Unit[]): void {
  let header: Verdict | null = null;
  for (const unit of list) {
    if (unit.verdict?.header) {
      header = unit.verdict;
      continue;
    }
    const text = source.slice(unit.start, unit.end);
    if (header && !unit.verdict && unit.wholeLine && wordCount(text) <= 20 && !/[.!?]["”’]?$/.test(text)) {
      unit.verdict = unitVerdict(header.reason, header.strong, false, false);
    } else if (!unit.verdict || unit.verdict.reason !== header?.reason) {
      header = null;
    }
  }
}

/**
 * After the story, a block that is only a list header ("Read more") is often
 * followed by the listed headlines, one per block: short lines with no final
 * stop. They take the header's reason. Inside the story such lines are
 * sub-heads, so this runs on the tail only.
 */
function continueListsAcrossBlocks(source: string, byBlock: Unit[][], lastStory: number): void {
  let header: Verdict | null = null;
  for (let b = lastStory + 1; b < byBlock.length; b++) {
    const list = byBlock[b]!;
    const only = list.length === 1 ? list[0]! : null;
    if (only?.verdict?.header) {
      header = only.verdict;
      continue;
    }
    const text = only ? source.slice(only.start, only.end) : '';
    if (header && only && !only.verdict && only.wholeLine && wordCount(text) <= 20 && !/[.!?]["”’]?$/.test(text)) {
      only.verdict = unitVerdict(header.reason, header.strong, false, false);
    } else {
      header = null;
    }
  }
}

/** A publisher's name after a copyright line, or a reader question before a promo, joins it. */
function absorbNeighbours(source: string, list: Unit[]): void {
  for (let i = 1; i < list.length; i++) {
    const unit = list[i]!;
    const prev = list[i - 1]!.verdict;
    if (!unit.verdict && prev && !opensLineOfProse(source, list, i) && isAbsorbable(source.slice(unit.start, unit.end), 'after')) unit.verdict = unitVerdict(prev.reason, prev.strong, false, prev.tailOnly);
  }
  // "For more stories, visit our site" after a blurb belongs to the blurb
  for (let i = 1; i < list.length; i++) {
    const unit = list[i]!;
    const prev = list[i - 1]!.verdict;
    if (unit.verdict && prev && FOLLOWS_BLURB.has(prev.reason) && FOLDS_INTO_BLURB.has(unit.verdict.reason)) {
      unit.verdict = unitVerdict(prev.reason, prev.strong || unit.verdict.strong, false, false);
    }
  }
  for (let i = list.length - 2; i >= 0; i--) {
    const unit = list[i]!;
    const next = list[i + 1]!.verdict;
    if (!unit.verdict && next && isAbsorbable(source.slice(unit.start, unit.end), 'before')) unit.verdict = unitVerdict(next.reason, next.strong, false, next.tailOnly);
  }
}

// what a publisher prints at the page's foot beside its postal address
const PUBLISHER_LINES = new Set(['copyright', 'publisher-blurb']);

/**
 * "Harbor Town Gazette, 22 Wharf Street, Harbor Town, ME 04011. Copyright 2025 Coastal Publishing Co.": an address
 * is the publisher's when its paragraph also holds the copyright or the publisher's blurb. A story's own closing
 * address (donations, a funeral, a police station, a restaurant's info box) has no such neighbour and stays.
 */
function markPublisherAddress(source: string, list: Unit[]): void {
  for (let i = 0; i < list.length; i++) {
    const unit = list[i]!;
    if (unit.verdict || !isPostalAddress(source.slice(unit.start, unit.end))) continue;
    const beside = [list[i - 1]?.verdict, list[i + 1]?.verdict].some((v) => v && PUBLISHER_LINES.has(v.reason));
    if (beside) unit.verdict = unitVerdict('publisher-blurb', false, false, false);
  }
}

/**
 * The first sentence of a new line that goes on with prose: "The U.S." of "12:05 GMT" then "The U.S. Coast Guard says
 * it has rescued ..." (the segmenter breaks after "U.S."). A story's sentence, not a name closing the line before. The
 * rest of the line is read piece by piece with the same absorbable test: a line of short pieces ("Twitter. Facebook.
 * Instagram." under "Follow us", "REUTERS. File photo." under a photo credit) is furniture and is still absorbed, as
 * is a name after a copyright notice on the same line or on a line of its own.
 */
function opensLineOfProse(source: string, list: readonly Unit[], i: number): boolean {
  const unit = list[i]!;
  if (unit.wholeLine || !newlineBetween(source, list[i - 1]!.end, unit.start)) return false;
  for (let j = i + 1; j < list.length && !newlineBetween(source, list[j - 1]!.end, list[j]!.start); j++) {
    const text = source.slice(list[j]!.start, list[j]!.end);
    if (!isAbsorbable(text, 'after') && wordCount(text) >= MIN_PROSE_WORDS) return true;
  }
  return false;
}

/**
 * A clause has a subject, a verb and more ("Coast Guard says it has rescued ...", "Navy says ships left."); a caption's
 * "File photo." of two words is no sentence the line goes on with.
 */
const MIN_PROSE_WORDS = 3;

/** Is there a line break in source[from, to)? Only a gap between two units of one block is read (they are in text order). */
function newlineBetween(source: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (source.charCodeAt(k) === 0x0a) return true;
  return false;
}

function groupByBlock(units: readonly Unit[], count: number): Unit[][] {
  const out: Unit[][] = Array.from({ length: count }, () => []);
  for (const unit of units) out[unit.block]!.push(unit);
  return out;
}

/** Prose that is not boilerplate: a sentence of eight words or more, or a long line. */
function isStoryUnit(source: string, unit: Unit): boolean {
  if (unit.verdict) return false;
  const text = source.slice(unit.start, unit.end);
  const words = wordCount(text);
  return (words >= 8 && /[.!?…]["”’)]?$/.test(text)) || words >= 25;
}

/**
 * Removes what the evidence allows: the whole block when every unit is
 * boilerplate, else the boilerplate at its edges (a credit line closing the
 * last paragraph). Weak verdicts count only outside the story.
 */
function decideBlock(list: Unit[], zone: Zone): void {
  const removable = (u: Unit) => u.verdict !== null && (u.verdict.strong || zone === 'tail' || (zone === 'head' && !u.verdict.tailOnly));
  if (list.length > 0 && list.every(removable)) {
    for (const unit of list) unit.removed = true;
    return;
  }
  for (let i = list.length - 1; i >= 0 && removable(list[i]!); i--) list[i]!.removed = true;
  for (let i = 0; i < list.length && removable(list[i]!); i++) list[i]!.removed = true;
  // a line of its own with strong evidence ("Read more: ...", "Advertisement") goes wherever it sits
  for (const unit of list) if (unit.wholeLine && unit.verdict?.strong) unit.removed = true;
}

/** Sorted, with neighbours of the same reason (only whitespace between) joined. */
function mergeRemoved(source: string, removed: RemovedSpan[]): RemovedSpan[] {
  const sorted = [...removed].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: RemovedSpan[] = [];
  for (const span of sorted) {
    const last = out[out.length - 1];
    if (last && span.start < last.end) {
      last.end = Math.max(last.end, span.end);
      continue;
    }
    if (last && last.reason === span.reason && source.slice(last.end, span.start).trim() === '') {
      last.end = span.end;
      continue;
    }
    out.push({ ...span });
  }
  return out;
}

/**
 * The first kept line, when it is shaped like a headline. "LIVE RESULTS" or "EXCLUSIVE" above the title is a section
 * label, and so is a section's name in title case ("Retail", "Fact Check", or any menu word: "Sport", "Jobs";
 * section-label.ts, boilerplate.json rubricWords gives the count), and the headline is the
 * line after it; but only when that line reads as a title in ordinary case: "PM RESIGNS"
 * over a story's first paragraph, or over a deck, is itself the headline. A skipped label is returned as removed.
 */
function findHeadline(source: string, blocks: readonly Block[], removed: readonly RemovedSpan[], firstStory: number): { headline: Span | null; kicker: RemovedSpan | null } {
  const candidates: { line: Line; block: Block }[] = [];
  for (const block of blocks) {
    if (firstStory >= 0 && block.index > firstStory) break;
    for (const line of block.lines) {
      if (removed.some((r) => r.start <= line.start && line.end <= r.end)) continue;
      candidates.push({ line, block });
      if (candidates.length === 2) break;
    }
    if (candidates.length === 2) break;
  }
  const [first, second] = candidates;
  if (!first) return { headline: null, kicker: null };
  const firstText = source.slice(first.line.start, first.line.end);
  if ((isKicker(firstText) || isSectionLabel(firstText)) && second && isHeadlineShape(firstText) && !isDateLine(firstText)) {
    const secondText = source.slice(second.line.start, second.line.end);
    const title = /\p{Ll}/u.test(secondText) ? headlineLine(source, second.block, second.line, removed) : null;
    if (title) return { headline: title, kicker: { start: first.line.start, end: first.line.end, reason: 'kicker' } };
  }
  return { headline: headlineLine(source, first.block, first.line, removed), kicker: null };
}

/** The line as the headline, or null when it does not read as one. */
function headlineLine(source: string, block: Block, line: Line, removed: readonly RemovedSpan[]): Span | null {
  const text = source.slice(line.start, line.end);
  if (!isHeadlineShape(text) || isDateLine(text)) return null;
  // a hard-wrapped first sentence is not a headline: its next line goes on in lower case
  const next = block.lines[block.lines.indexOf(line) + 1];
  if (next && /^[a-z]/.test(source[next.start] ?? '')) return null;
  const dateline = findDateline(source, line);
  if (dateline && dateline.span.end >= line.end - 1) return null;
  if (removed.some((r) => r.start < line.end && line.start < r.end)) return null;
  return { start: line.start, end: line.end };
}

/** Each block minus removed spans and the headline: the story paragraphs. */
function keptPieces(source: string, blocks: readonly Block[], removed: readonly RemovedSpan[], headline: Span | null): Span[] {
  const cuts = [...removed, ...(headline ? [headline] : [])].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  let c = 0;
  for (const block of blocks) {
    let start = block.start;
    while (c < cuts.length && cuts[c]!.end <= block.start) c++;
    for (let k = c; k < cuts.length && cuts[k]!.start < block.end; k++) {
      pushTrimmed(source, start, Math.min(cuts[k]!.start, block.end), out);
      start = Math.max(start, cuts[k]!.end);
    }
    pushTrimmed(source, start, block.end, out);
  }
  return out;
}

function pushTrimmed(source: string, start: number, end: number, out: Span[]): void {
  while (start < end && /\s/.test(source[start]!)) start++;
  while (end > start && /\s/.test(source[end - 1]!)) end--;
  if (end > start) out.push({ start, end });
}

function findDatelineAndDate(
  source: string,
  paragraphs: readonly Span[],
  removedUnits: readonly Unit[],
  firstStory: number,
  blocks: readonly Block[],
): { dateline: Span | null; datelineInfo: Dateline | null; statedDate: CleanLayer['statedDate'] } {
  let dateline: Span | null = null;
  let datelineInfo: Dateline | null = null;
  let statedDate: CleanLayer['statedDate'] = null;
  const storyStart = firstStory >= 0 ? blocks[firstStory]!.start : Infinity;
  let titleLines = 0;
  for (const paragraph of paragraphs.slice(0, 4)) {
    const text = source.slice(paragraph.start, paragraph.end);
    if (paragraph.start <= storyStart && isDateLine(text)) {
      const found = findStatedDate(text)!;
      dateline ??= paragraph;
      statedDate ??= { value: found.value, span: { start: paragraph.start + found.start, end: paragraph.start + found.end } };
      continue;
    }
    const info = findDateline(source, paragraph);
    if (info) {
      dateline = info.span;
      datelineInfo = info;
      const found = findStatedDate(source.slice(info.span.start, info.span.end));
      if (found && !statedDate) statedDate = { value: found.value, span: { start: info.span.start + found.start, end: info.span.start + found.end } };
      break;
    }
    // past the story's first paragraph only when that was a one-line title ("WASHINGTON ―" opens the next)
    if (paragraph.start >= storyStart && (titleLines++ > 0 || !isTitleLine(text))) break;
  }
  if (!statedDate) {
    // a "Published ..." line, else a byline that carries the date: "By Jane Roe | March 13, 2015"
    const dated = [...removedUnits.filter((u) => u.verdict?.reason === 'timestamp'), ...removedUnits.filter((u) => u.verdict?.reason === 'byline')];
    for (const unit of dated) {
      const found = findStatedDate(source.slice(unit.start, unit.end));
      if (found) {
        statedDate = { value: found.value, span: { start: unit.start + found.start, end: unit.start + found.end } };
        break;
      }
    }
  }
  return { dateline, datelineInfo, statedDate };
}

/** Who published the text: a blurb naming it, then a copyright holder, then a dateline's agency, then a syndicator. */
function findPublisher(source: string, removed: readonly RemovedSpan[], dateline: Dateline | null): string | null {
  const texts = removed.map((r) => ({ reason: r.reason, text: source.slice(r.start, r.end) }));
  for (const t of texts) {
    if (t.reason !== 'publisher-blurb' && t.reason !== 'syndication-note') continue;
    const name = publisherFromBlurb(t.text);
    if (name) return name;
  }
  for (const t of texts) {
    if (t.reason !== 'copyright') continue;
    const name = publisherFromCopyright(t.text);
    if (name) return name;
  }
  if (dateline?.agency) return dateline.agency;
  for (const t of texts) {
    const agency = t.reason === 'byline' ? agencyOfByline(t.text) : null;
    if (agency) return agency;
  }
  for (const t of texts) {
    const agency = t.reason === 'credits' ? agencyOfSignoff(t.text) : null;
    if (agency) return normalizeAgency(agency);
  }
  for (const t of texts) {
    const name = t.reason === 'syndication-note' ? publisherFromSyndication(t.text) : null;
    if (name) return name;
  }
  return null;
}

function dedupeCredits(credits: readonly Credit[]): Credit[] {
  const seen = new Set<string>();
  const out: Credit[] = [];
  for (const credit of [...credits].sort((a, b) => a.span.start - b.span.start)) {
    const key = `${credit.role}\u0000${credit.name.toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(credit);
  }
  return out;
}

export { splitBlocks } from './blocks';
