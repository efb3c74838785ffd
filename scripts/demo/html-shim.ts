import type { Readability as RealReadability } from '@mozilla/readability';
import type { parseHTML as realParseHTML } from 'linkedom';

/**
 * Stands in for linkedom and @mozilla/readability in the demo's main bundle
 * (scripts/build-demo.ts maps both packages here), so plain text never loads
 * them. The real ones arrive with html-support.js, which the page loads only
 * when the pasted input is HTML; it sets globalThis.__newsbriefHtmlSupport.
 */
export interface HtmlSupport {
  parseHTML: typeof realParseHTML;
  Readability: typeof RealReadability;
}

declare global {
  var __newsbriefHtmlSupport: HtmlSupport | undefined;
}

function support(): HtmlSupport {
  const loaded = globalThis.__newsbriefHtmlSupport;
  if (!loaded) throw new Error('HTML support (html-support.js) is not loaded yet');
  return loaded;
}

export const parseHTML = ((html: string) => support().parseHTML(html)) as typeof realParseHTML;

export class Readability {
  constructor(...args: ConstructorParameters<typeof RealReadability>) {
    // a constructor may return another object: the caller gets the real Readability
    return new (support().Readability)(...args) as unknown as Readability;
  }
}
