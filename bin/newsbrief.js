#!/usr/bin/env node
import('../dist/cli.js').catch((error) => {
  console.error(`newsbrief: cannot start (${error.message}). Run "npm run build" first if you are in a source checkout.`);
  process.exit(70);
});
