import type { Doc } from './document';
import { textOf } from './document';
import { applyMinConfidence } from './confidence';
import type { Briefing, Warning } from './schema';

/**
 * Builds the public Briefing from the finished document.
 *
 * It is not parsed with BriefingSchema here: the stages build it from typed layers, and the tests parse every
 * fixture's briefing with the schema (tests/invariants.test.ts, the seed fixtures). The run-time check cost about
 * 3 ms per article warm (a fifth of an average article's time) and zod's load on the first call (issue 14).
 */
export function assemble(doc: Doc): Briefing {
  const clean = doc.clean!;
  // the time stage decided the publication date (src/stages/time/publication.ts); assemble only reports it
  const time = doc.time!;
  const source = doc.source;
  const warnings: Warning[] = [
    ...clean.warnings,
    ...(doc.language?.warnings ?? []),
    ...(doc.entities?.warnings ?? []),
    ...(doc.resolve?.warnings ?? []),
    ...(time.warnings ?? []),
    ...(doc.quotes?.warnings ?? []),
    ...(doc.events?.warnings ?? []),
    ...(time.publishedAtWarning ? [time.publishedAtWarning] : []),
  ];
  const briefing: Briefing = {
    schemaVersion: 1,
    headline: clean.headline ? { text: textOf(source, clean.headline), span: clean.headline } : null,
    publishedAt: time.publishedAt,
    referenceDate: time.referenceDate,
    source: {
      publisher: clean.publisher ?? doc.options.page?.siteName ?? null,
      credits: [...clean.credits, ...(doc.resolve?.credits ?? [])].sort((a, b) => a.span.start - b.span.start),
      dateline: clean.dateline ? { text: textOf(source, clean.dateline), span: clean.dateline } : null,
    },
    body: {
      ...(doc.options.extractedFromHtml ? { text: source } : {}),
      paragraphs: clean.paragraphs,
      sentences: (doc.tokens?.sentences ?? []).map(({ start, end }) => ({ start, end })),
      removed: clean.removed,
    },
    summary: (doc.summary?.summary ?? []).map((span) => ({ text: textOf(source, span), span })),
    entities: doc.resolve?.entities ?? [],
    quotes: doc.quotes?.quotes ?? [],
    events: doc.events?.events ?? [],
    timeExpressions: doc.time?.timeExpressions ?? [],
    warnings,
  };
  return applyMinConfidence(briefing, doc.options.minConfidence);
}
