#!/usr/bin/env -S node --max-semi-space-size=16
// `npm start`: the server from the production build (dist/); V8's compile cache keeps the parsed code on disk.
// Node flags are set where the process starts (package.json's start, the Dockerfile's CMD, the line above; the bench
// and the tests read package.json's): V8 sizes its heap before any code runs, so they cannot be set from here.
// --max-semi-space-size=16: Node 24 lets V8's young generation grow to 2 × 64 MiB on a machine with this much memory,
// and a server under load fills it and keeps the pages (~300 MiB resident after the HTTP bench, ~200 with 16 MiB
// semi-spaces, Node 22's default size). The live heap is ~40-60 MiB; the old generation's limit needs no flag.
import module from 'node:module'
import { ensureBuild } from './ensure-build.js'

module.enableCompileCache()
ensureBuild()
await import('../dist/server/main.js')
