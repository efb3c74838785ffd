#!/usr/bin/env node
// The CLI owns its process, so it may tune V8 for it before the library is loaded (a library never sets
// V8 flags in its user's process). A smaller cumulative inlining budget than V8's default (920 bytes of
// bytecode) makes TurboFan's compiles of newsbrief's large per-article functions cheaper than what the
// extra inlining earns: a cold pass over news, and every later pass, ran faster with it (issue 14; figures
// in the commit that added this). Worker threads of `newsbrief batch` share the process's flags.
// An interrupt budget 8x V8's default (67,584 bytes of bytecode run before a function is weighed for TurboFan)
// leaves lukewarm functions unoptimized: each batch worker compiles the same ~600 functions again in its own
// isolate, and with two workers on two cores those compiles take the core the other worker needs (one cold worker:
// helper-thread CPU about 2.9 -> 1.0 s per 200 articles; `newsbrief batch -c 2` over 400 articles: CPU 17.1 -> 15.2 s;
// issue 14, figures in the commit). Node refuses V8 flags in a Worker's execArgv, so the library's pool cannot have it.
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--max-inlined-bytecode-size-cumulative=300');
setFlagsFromString('--interrupt-budget=540672');

import('../dist/cli.js').catch((error) => {
  console.error(`newsbrief: cannot start (${error.message}). Run "npm run build" first if you are in a source checkout.`);
  process.exit(70);
});
