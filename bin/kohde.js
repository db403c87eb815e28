#!/usr/bin/env node
// The CLI from the production build (dist/); V8's compile cache keeps the parsed code on disk between runs.
import module from 'node:module'
import { ensureBuild } from './ensure-build.js'

module.enableCompileCache()
ensureBuild()
await import('../dist/server/cli.js')
