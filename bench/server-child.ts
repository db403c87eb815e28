// Starts bench-server.ts in its own process and waits for its port and token.
import { fork, type ChildProcess } from 'node:child_process'
import { closeSync, openSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { build, type BuildOptions } from 'esbuild'
import type { BenchServerReady } from './bench-server.js'
import { stopChild, track } from './child-processes.js'
import { startCommand } from './start-command.js'

export const ROOT = fileURLToPath(new URL('..', import.meta.url))

export type ServerChild = BenchServerReady & { child: ChildProcess; url: string; stop(): Promise<void> }

// The settings main.ts reads, cleared so the server runs with production defaults plus what the bench sets.
const CONFIG_VARIABLES = ['PORT', 'HOST', 'KOHDE_DATA_DIR', 'LOG_LEVEL', 'BODY_LIMIT', 'DATABASE_URL']
const ADMIN_VARIABLES = ['KOHDE_ADMIN_EMAIL', 'KOHDE_ADMIN_PASSWORD', 'KOHDE_PUBLIC_URL', 'KOHDE_TRUST_PROXY']

export function serverEnv(settings: Record<string, string>): NodeJS.ProcessEnv {
  const env = { ...process.env }
  for (const name of [...CONFIG_VARIABLES, ...ADMIN_VARIABLES]) delete env[name]
  return { ...env, HOST: '127.0.0.1', ...settings }
}

export type ServerOptions = {
  dataDir: string
  databaseUrl?: string | undefined
  // The request log goes here, as production's stdout would go to a file or journal.
  logFile: string
  // --cpu-prof into this folder (for profiling the server under load).
  cpuProfDir?: string | undefined
  // Another checkout's bench/bench-server.ts (bench/ab.ts runs the base revision beside the working tree).
  root?: string | undefined
  // The user whose token and session the bench uses (default: the demo's staff user).
  user?: string | undefined
  // Node flags instead of those of `npm start` (experiments comparing V8 settings); default: production's.
  nodeFlags?: readonly string[] | undefined
}

/**
 * bench-server.ts compiled as the production build compiles server/main.ts (scripts/build.js's options and plugins)
 * into dist/bench/: the server under load runs JavaScript as `npm start` does, not TypeScript through tsx, whose
 * loader thread, transformed sources and source maps added ~40 MiB and more live heap to what the bench measured.
 */
async function builtBenchServer(root: string): Promise<string> {
  const { TARGETS } = (await import(pathToFileURL(join(root, 'scripts/build.js')).href)) as {
    TARGETS: { folder: string; options: BuildOptions }[]
  }
  const server = TARGETS.find((t) => t.folder === 'server')
  if (!server) throw new Error(`bench: ${root}/scripts/build.js has no server target`)
  // Two levels under the root, as dist/server/: the views are found at ../../views from the bundle.
  const outdir = join(root, 'dist', 'bench')
  await build({
    ...server.options,
    entryPoints: { 'bench-server': 'bench/bench-server.ts' },
    absWorkingDir: root,
    outdir,
    logLevel: 'error',
  })
  return join(outdir, 'bench-server.js')
}

export async function startServerChild(options: ServerOptions, timeoutMs = 60_000): Promise<ServerChild> {
  const root = options.root ?? ROOT
  const entry = await builtBenchServer(root)
  const log = openSync(options.logFile, 'a')
  const profiling = options.cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfDir}`] : []
  const child = track(
    fork(entry, [], {
      cwd: root,
      // `npm start`'s flags (package.json): the server under load runs as production runs it.
      execArgv: [...(options.nodeFlags ?? startCommand(root).nodeFlags), ...profiling],
      env: serverEnv({
        KOHDE_DATA_DIR: options.dataDir,
        ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
        ...(options.user ? { KOHDE_BENCH_USER: options.user } : {}),
      }),
      stdio: ['ignore', log, 'inherit', 'ipc'],
    }),
  )
  closeSync(log)
  const ready = await new Promise<BenchServerReady>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`bench server not ready after ${timeoutMs} ms`)), timeoutMs)
    child.once('message', (message: { ready?: BenchServerReady }) => {
      clearTimeout(timer)
      if (message.ready) resolve(message.ready)
      else reject(new Error('bench server sent an unexpected message'))
    })
    child.once('exit', (code, signal) => {
      clearTimeout(timer)
      reject(new Error(`bench server exited before it was ready (code ${code}, signal ${signal})`))
    })
  }).catch(async (error: unknown) => {
    await stopChild(child, 1_000)
    throw error
  })
  return { ...ready, child, url: `http://127.0.0.1:${ready.port}`, stop: () => stopChild(child) }
}
