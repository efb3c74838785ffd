import { extractBriefing, NewsbriefError, renderBriefingHtml, warmup } from '../../src/index';
import { looksLikeHtml } from '../../src/html';

/**
 * The demo page's script: reads the pasted article and optional date, runs
 * newsbrief in the page and shows the HTML view in a sandboxed frame. HTML
 * input first loads html-support.js (linkedom and Readability) once.
 */

const form = document.getElementById('demo-form') as HTMLFormElement;
const input = document.getElementById('demo-input') as HTMLTextAreaElement;
const published = document.getElementById('demo-published') as HTMLInputElement;
const status = document.getElementById('demo-status') as HTMLElement;
const frame = document.getElementById('demo-view') as HTMLIFrameElement;
const json = document.getElementById('demo-json') as HTMLElement;
const save = document.getElementById('demo-save') as HTMLAnchorElement;

let htmlSupport: Promise<void> | null = null;

function loadHtmlSupport(): Promise<void> {
  htmlSupport ??= new Promise<void>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = 'html-support.js';
    // a browser cannot load the HTML reader synchronously: warmup({ html: true }) hands the library the loaded one
    script.onload = () => warmup({ html: true }).then(resolve, reject);
    script.onerror = () => {
      htmlSupport = null;
      reject(new Error('could not load html-support.js next to this page'));
    };
    document.head.append(script);
  });
  return htmlSupport;
}

async function show(event: Event): Promise<void> {
  event.preventDefault();
  const text = input.value;
  if (!text.trim()) {
    status.textContent = 'Paste an article first.';
    return;
  }
  try {
    const isHtml = looksLikeHtml(text);
    if (isHtml) {
      status.textContent = 'Loading HTML support…';
      await loadHtmlSupport();
    }
    status.textContent = 'Reading…';
    const started = performance.now();
    const briefing = extractBriefing(text, published.value ? { publishedAt: published.value } : {});
    const took = Math.round(performance.now() - started);
    const page = renderBriefingHtml(briefing, text);
    frame.srcdoc = page;
    frame.hidden = false;
    // a blob: URL made in this page: saving needs no server either
    if (save.href.startsWith('blob:')) URL.revokeObjectURL(save.href);
    save.href = URL.createObjectURL(new Blob([page], { type: 'text/html' }));
    save.hidden = false;
    json.textContent = JSON.stringify(briefing, null, 2);
    const counts = `${briefing.entities.length} entities, ${briefing.quotes.length} quotes, ${briefing.events.length} events`;
    status.textContent = `Read ${isHtml ? 'an HTML page' : 'plain text'} in ${took} ms: ${counts}.`;
  } catch (error) {
    status.textContent = error instanceof NewsbriefError ? error.message : `Something went wrong: ${String(error)}`;
  }
}

form.addEventListener('submit', (event) => void show(event));
status.textContent = 'Ready.';
