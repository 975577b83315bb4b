#!/usr/bin/env node
// The committed bundle keeps `gantry` fast and dependency-free after `npm ci`.
await import('../dist/cli/index.js');
