import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

type Run = { code: number; stdout: string; stderr: string }

// bin/kohde.js as `npx kohde` runs it: the production build in dist/ (the suite's global setup keeps it fresh).
const kohde = (args: string[], env: Record<string, string> = {}): Promise<Run> =>
  new Promise((done) => {
    execFile(
      process.execPath,
      ['bin/kohde.js', ...args],
      { cwd: ROOT, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env } },
      (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    )
  })

type Envelope = { error: { code: string; message: string; issues?: { path: (string | number)[]; code?: string }[] } }

describe.concurrent('kohde from the production build', () => {
  it('when asked for help, then lists every command from dist/ and exits 0', async () => {
    const { code, stdout, stderr } = await kohde(['--help'])

    expect(code).toBe(0)
    expect(stderr).toBe('')
    for (const name of ['compile', 'estimate', 'optimize', 'brief', 'export', 'resolve'])
      expect(stdout).toMatch(new RegExp(`^ {2}${name} +\\S`, 'm'))
  })

  it('when a --json run has a missing file, then stdout is the error envelope with input_invalid and it exits 2', async () => {
    const { code, stdout, stderr } = await kohde(['compile', 'no-such-audience.json', '--json'])

    expect(code).toBe(2)
    expect(stderr).toBe('')
    const body = JSON.parse(stdout) as Envelope
    expect(body.error.code).toBe('input_invalid')
    expect(body.error.message).toContain('no-such-audience.json: no such file')
  })

  it("when a --json run's audience cannot be targeted, then the envelope carries audience_invalid and each issue's path", async () => {
    const { code, stdout } = await kohde([
      'compile',
      'test/fixtures/audiences/luxury-villa.json',
      '--channel',
      'x',
      '--json',
    ])
    expect(code).toBe(2)
    expect((JSON.parse(stdout) as Envelope).error).toEqual({
      code: 'input_invalid',
      message: 'unknown channel x: choose from google, facebook, instagram, linkedin',
    })
  })

  it('when a --json run has a bad option, then the envelope says usage_invalid', async () => {
    const { code, stdout } = await kohde([
      'estimate',
      'test/fixtures/plans/luxury-villa-plan.json',
      '--colour',
      '--json',
    ])

    expect(code).toBe(2)
    expect((JSON.parse(stdout) as Envelope).error.code).toBe('usage_invalid')
  })

  it('when kohde resolve --json cannot reach the database, then the envelope says database_unavailable in one sentence', async () => {
    const { code, stdout, stderr } = await kohde(['resolve', '--json'], {
      DATABASE_URL: 'postgres://kohde@127.0.0.1:9/kohde',
    })

    expect(code).toBe(1)
    expect(stderr).toBe('')
    expect((JSON.parse(stdout) as Envelope).error).toEqual({
      code: 'database_unavailable',
      message: 'cannot reach PostgreSQL at 127.0.0.1:9 (ECONNREFUSED): is it running, and is DATABASE_URL right?',
    })
  })
})
