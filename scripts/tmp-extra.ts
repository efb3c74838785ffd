import { readFileSync } from 'node:fs';
import { extractBriefing } from '../src/extract';
import { pageFiles } from './lib/pages';
const dir = 'fixtures/pages';
for (const f of pageFiles(dir)) {
  const input = readFileSync(`${dir}/${f}`, 'utf8');
  const exp = JSON.parse(readFileSync(`${dir}/${f.replace(/\.(html|txt)$/, '.expected.json')}`, 'utf8'));
  const b = extractBriefing(input, { format: f.endsWith('.html') ? 'html' : 'text' });
  const src = b.body.text ?? input;
  for (const r of b.body.removed) {
    const t = src.slice(r.start, r.end).replace(/\s+/g, ' ');
    if (!exp.removed.some((e: any) => t.includes(e.text.replace(/\s+/g, ' ')) || e.text.replace(/\s+/g, ' ').includes(t))) console.log(f, 'EXTRA', r.reason, JSON.stringify(t.slice(0, 90)));
  }
}
