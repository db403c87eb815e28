#!/usr/bin/env node
// `npm start`: the server from the production build (dist/); V8's compile cache keeps the parsed code on disk.
import module from 'node:module'
import { ensureBuild } from './ensure-build.js'

module.enableCompileCache()
ensureBuild()
await import('../dist/server/main.js')
