import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

// the lazily loaded half of the demo: the HTML reader's two libraries, handed to html-shim.ts
globalThis.__newsbriefHtmlSupport = { parseHTML, Readability };
