import type { Doc } from './document';
import { textOf } from './document';
import { applyMinConfidence } from './confidence';
import { NewsbriefError } from './errors';
import { type Briefing, BriefingSchema, type Warning } from './schema';

/** Builds the public Briefing from the finished document and validates it against the schema. */
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
  const filtered = applyMinConfidence(briefing, doc.options.minConfidence);
  const checked = BriefingSchema.safeParse(filtered);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new NewsbriefError('OUTPUT_INVALID', `the briefing failed its own schema at ${issue?.path.join('.')}: ${issue?.message}`);
  }
  return filtered;
}
