import { extractBriefing } from './extract';
import { loadHtmlModules } from './html-modules';

export interface WarmupOptions {
  /** also load linkedom and Readability for HTML input (default: false) */
  html?: boolean;
}

// short, but it reaches every stage: a dateline, names of all three types, a quote, a date, an event
const WARMUP_ARTICLE =
  'GENEVA (Reuters) - The World Health Organization said on Monday that Maria Lopez, its chief scientist, ' +
  'will visit Brazil next week. "We are ready," Lopez told reporters in Geneva after the talks ended.';

/**
 * Pays the one-time costs before the first real article arrives: the wink-nlp
 * model, the gazetteers and the entity model are built on first use, which a
 * server would otherwise charge to its first request. With `html: true` it
 * also loads the HTML reader (and is then the way to enable HTML input where
 * it cannot be loaded synchronously, as in a browser).
 */
export async function warmup(options: WarmupOptions = {}): Promise<void> {
  if (options.html) await loadHtmlModules();
  extractBriefing(WARMUP_ARTICLE, { publishedAt: '2024-01-01', format: 'text' });
}
