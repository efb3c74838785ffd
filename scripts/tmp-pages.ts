import { scorePages } from './lib/pages';
const s = scorePages('/work/wt/clean/fixtures/pages');
const { results, ...rest } = s;
console.log(rest);
for (const r of results) for (const m of r.misses) console.log(r.file, m);
