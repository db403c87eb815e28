// `npm start`'s command line, read from package.json: the bench's server child, the start-up bench and the tests
// that start kohde as a process run the server with exactly production's Node flags (V8's young generation is sized
// there), so what they measure is what runs. The Dockerfile's CMD is held to the same words (test/deploy/).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

export type StartCommand = { nodeFlags: string[]; script: string }

/** `node [--flag…] bin/kohde-server.js` from the "start" script of `root`/package.json; throws on any other shape. */
export function startCommand(root: string): StartCommand {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts?: { start?: unknown } }
  const start = pkg.scripts?.start
  const words = typeof start === 'string' ? start.trim().split(/\s+/) : []
  const [node, ...rest] = words
  const script = rest.at(-1)
  const nodeFlags = rest.slice(0, -1)
  if (node !== 'node' || !script?.endsWith('.js') || !nodeFlags.every((flag) => /^--[a-z0-9-]+(=\S+)?$/.test(flag)))
    throw new Error(`package.json's start script is not \`node [--flag…] <script>.js\`: ${JSON.stringify(start)}`)
  return { nodeFlags, script }
}
