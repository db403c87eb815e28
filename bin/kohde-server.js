#!/usr/bin/env -S node --max-semi-space-size=16
// `npm start`: the server from the production build (dist/); V8's compile cache keeps the parsed code on disk.
// Node flags are set where the process starts (package.json's start, the Dockerfile's CMD, the line above; the bench
// and the tests read package.json's): V8 sizes its heap before any code runs, so they cannot be set from here.
// --max-semi-space-size=16: left alone, Node 24's V8 let the young generation grow to 128 MiB (2 × 64 MiB semi-spaces,
// on a 23 GiB machine) and kept the pages: 230-340 MiB resident after the HTTP load on SQLite, against 185-220 MiB
// with 16 MiB semi-spaces and about the same scavenge time per request (8 MiB saved ~10 MiB more but took 2-3× the
// scavenge time). The live heap is 40-70 MiB: the old generation's limit needs no flag.
import module from 'node:module'
import { ensureBuild } from './ensure-build.js'

module.enableCompileCache()
ensureBuild()
await import('../dist/server/main.js')
