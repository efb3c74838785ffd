import { VIEW_SCRIPT } from './assets/script';
import { VIEW_CSS } from './assets/style';
import { escapeHtml } from './escape';

export interface PageParts {
  /** the document title */
  title: string;
  /** one line under the brand: dates, publisher, sources (HTML) */
  meta: string;
  /** the reading column: an article's text, or a story's sources (HTML) */
  main: string;
  /** panel sections (HTML) */
  panel: string[];
  /** small print at the bottom (HTML) */
  footer: string;
  /** the words above the meta line (default "newsbrief briefing") */
  brand?: string;
  /** accessible names of the reading column and the panel (defaults: "Article text", "Briefing") */
  mainLabel?: string;
  panelLabel?: string;
  /** more legend entries (HTML list items) */
  legend?: string;
  /** more CSS, after the shared stylesheet */
  css?: string;
}

const LEGEND = [
  '<li><span class="m m-person">person</span></li>',
  '<li><span class="m m-organization">organization</span></li>',
  '<li><span class="m m-location">place</span></li>',
  '<li><span class="quote">quote</span></li>',
  '<li><span class="ev st-occurred">event</span> (underline: solid occurred, dashed planned, wavy possible; struck through: did not happen)</li>',
  '<li><span class="tx">time</span> (hover or focus for its value)</li>',
].join('');

/**
 * The page frame shared by every view: landmarks, a skip link, the legend,
 * the inlined stylesheet and script. Nothing is loaded from anywhere else.
 */
export function renderPage(parts: PageParts): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="newsbrief">
<title>${escapeHtml(shortTitle(parts.title))}</title>
<style>${VIEW_CSS}${parts.css ?? ''}</style>
</head>
<body>
<a class="skip" href="#nb-panel">Skip to the ${escapeHtml((parts.panelLabel ?? 'Briefing').toLowerCase())}</a>
<header class="site">
<p class="brand">${escapeHtml(parts.brand ?? 'newsbrief briefing')}</p>
<p class="meta">${parts.meta}</p>
<div class="legend"><span class="legend-title">Legend:</span><ul class="legend-items">${LEGEND}${parts.legend ?? ''}</ul></div>
</header>
<div class="layout">
<main id="nb-article" aria-label="${escapeHtml(parts.mainLabel ?? 'Article text')}">
${parts.main}
</main>
<aside id="nb-panel" class="panel" aria-label="${escapeHtml(parts.panelLabel ?? 'Briefing')}">
<div class="js-only status-line"><p id="nb-status" role="status">Select a name to highlight its mentions and quotes.</p><button type="button" id="nb-clear" class="who">Clear highlight</button></div>
${parts.panel.filter(Boolean).join('\n')}
</aside>
</div>
<footer>${parts.footer}</footer>
<script>${VIEW_SCRIPT}</script>
</body>
</html>
`;
}

// browsers and validators cut titles past 70 characters (the validator counts escapes too); cut at a word well before
function shortTitle(title: string): string {
  if (title.length <= 60) return title;
  const cut = title.slice(0, 59);
  const space = cut.lastIndexOf(' ');
  return `${cut.slice(0, space > 30 ? space : 59)}…`;
}
