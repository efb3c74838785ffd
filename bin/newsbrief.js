#!/usr/bin/env node
// The CLI owns its process, so it may tune V8 for it before the library is loaded (a library never sets
// V8 flags in its user's process). A smaller cumulative inlining budget than V8's default (920 bytes of
// bytecode) makes TurboFan's compiles of newsbrief's large per-article functions cheaper than what the
// extra inlining earns: a cold pass over news, and every later pass, ran faster with it (issue 14; figures
// in the commit that added this). Worker threads of `newsbrief batch` share the process's flags.
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--max-inlined-bytecode-size-cumulative=300');

import('../dist/cli.js').catch((error) => {
  console.error(`newsbrief: cannot start (${error.message}). Run "npm run build" first if you are in a source checkout.`);
  process.exit(70);
});
