import { spawn, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { startCommand } from '../../../bench/start-command.js'

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))
export const ADMIN = { email: 'admin@process.test', password: 'process admin password' }

export type ServerProcess = {
  url: string
  child: ChildProcess
  output: () => string
  stop(signal?: NodeJS.Signals): Promise<number | null>
}

/**
 * Runs kohde as `npm start` does (bin/kohde-server.js: the production build, with its Node flags), so a signal reaches
 * the server.
 */
export async function startServer(
  env: Record<string, string>,
  options: { admin?: boolean } = {},
): Promise<ServerProcess> {
  const admin = options.admin === false ? {} : { KOHDE_ADMIN_EMAIL: ADMIN.email, KOHDE_ADMIN_PASSWORD: ADMIN.password }
  const { nodeFlags, script } = startCommand(ROOT)
  const child = spawn(process.execPath, [...nodeFlags, script], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '/tmp',
      PORT: '0',
      LOG_LEVEL: 'silent',
      ...admin,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let text = ''
  child.stdout!.on('data', (chunk: Buffer) => (text += chunk.toString()))
  child.stderr!.on('data', (chunk: Buffer) => (text += chunk.toString()))
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start:\n${text}`)), 30_000)
    const check = () => {
      const match = /listening on (http:\/\/\S+)/.exec(text)
      if (match?.[1]) {
        clearTimeout(timer)
        resolve(match[1])
      }
    }
    child.stdout!.on('data', check)
    void exited.then(() => reject(new Error(`the server exited:\n${text}`)))
  })
  return {
    url,
    child,
    output: () => text,
    stop: (signal: NodeJS.Signals = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal)
      return exited
    },
  }
}

/** A bearer token for the process's first admin. */
export async function adminToken(url: string, credentials = ADMIN): Promise<string> {
  const response = await fetch(`${url}/api/v1/auth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(credentials),
  })
  if (response.status !== 200) throw new Error(`login failed: ${response.status} ${await response.text()}`)
  return ((await response.json()) as { token: string }).token
}

export async function api(url: string, token: string, method: string, path: string, body?: unknown) {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  const text = await response.text()
  return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : null }
}
