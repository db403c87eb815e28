import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const VILLA = 'test/fixtures/audiences/luxury-villa.json'
const FINANCE = 'test/fixtures/audiences/finance-leaders-uusimaa.yaml'

type Run = { code: number; stdout: string; stderr: string }

// `npx kohde …` without npx, whose own warnings would mix into stderr: the production build (bin/kohde.js, dist/);
// each test is its own process, so they run concurrently.
const run = (args: string[], command = [process.execPath, 'bin/kohde.js']): Promise<Run> =>
  new Promise((done) => {
    const [file, ...prefix] = command as [string, ...string[]]
    execFile(file, [...prefix, ...args], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) =>
      done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    )
  })

const scratch = mkdtempSync(join(tmpdir(), 'kohde-cli-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))
function aFile(name: string, text: string): string {
  const path = join(scratch, name)
  writeFileSync(path, text)
  return path
}
const fidelityRow = (criterion: string) =>
  new RegExp(`^  (exact|approximated|unsupported|unresolved) +${criterion} `, 'm')

describe.concurrent('kohde --help', () => {
  it('when asked for help, then lists the compile command and exits 0', async () => {
    const { code, stdout } = await run(['--help'])

    expect(code).toBe(0)
    expect(stdout).toMatch(/^ {2}compile {2}/m)
  })

  it('when run from the TypeScript sources through tsx, then works the same', async () => {
    const { code, stdout } = await run(['--help'], [join(ROOT, 'node_modules', '.bin', 'tsx'), 'server/cli/main.ts'])

    expect(code).toBe(0)
    expect(stdout).toContain('Usage: kohde <command>')
  })

  it('when given no command, then prints the help on stderr and exits 2', async () => {
    const { code, stderr } = await run([])

    expect(code).toBe(2)
    expect(stderr).toContain('no command given')
  })

  it('when given an unknown command, then exits 2 naming it', async () => {
    const { code, stderr } = await run(['deploy'])

    expect(code).toBe(2)
    expect(stderr).toContain('unknown command: deploy')
  })
})

describe.concurrent('kohde compile', () => {
  it('when given the luxury-villa JSON, then prints a fidelity table, policy and spec per channel and exits 0', async () => {
    const { code, stdout } = await run(['compile', VILLA])

    expect(code).toBe(0)
    for (const channel of ['google', 'facebook', 'instagram', 'linkedin'])
      expect(stdout).toMatch(new RegExp(`^== ${channel} — fidelity: (exact|approximate|lossy)$`, 'm'))
    expect(stdout).toMatch(/^ {2}STATUS +CRITERION +MESSAGE$/m)
    for (const criterion of ['geo:FI', 'age:30–60', 'title\\.ceo', 'income\\.top-20', 'not list\\.current-customers'])
      expect(stdout).toMatch(fidelityRow(criterion))
    expect(stdout.match(/^Policy findings:$/gm)).toHaveLength(4)
    expect(stdout.match(/^Spec:$/gm)).toHaveLength(4)
  })

  it('when given a YAML audience and --channel, then compiles only those channels', async () => {
    const { code, stdout } = await run(['compile', FINANCE, '--channel', 'google,linkedin'])

    expect(code).toBe(0)
    expect(stdout.match(/^== \w+/gm)).toEqual(['== google', '== linkedin'])
    expect(stdout).toMatch(fidelityRow('geo:FI-18'))
    expect(stdout).toMatch(fidelityRow('geo:FI/postal:00100'))
  })

  it('when given --json, then prints the compile response of the HTTP API', async () => {
    const { code, stdout } = await run(['compile', VILLA, '--json', '--channel', 'facebook', '--channel', 'instagram'])

    const body = JSON.parse(stdout) as { channels: Record<string, { fidelity: { items: { criterion: string }[] } }> }
    expect(code).toBe(0)
    expect(Object.keys(body.channels)).toEqual(['facebook', 'instagram'])
    expect(body.channels.facebook?.fidelity.items.map((i) => i.criterion)).toContain('title.physician')
  })

  it('when the file does not exist, then exits 2 naming it', async () => {
    const { code, stderr } = await run(['compile', 'no-such-audience.json'])

    expect(code).toBe(2)
    expect(stderr).toContain('no-such-audience.json: no such file')
  })

  it('when the JSON is malformed, then exits 2 saying so', async () => {
    const { code, stderr } = await run(['compile', aFile('broken.json', '{"name": "x",')])

    expect(code).toBe(2)
    expect(stderr).toContain('not valid JSON')
  })

  it('when the YAML is malformed, then exits 2 saying so', async () => {
    const { code, stderr } = await run(['compile', aFile('broken.yaml', 'name: [x\ngeo: {')])

    expect(code).toBe(2)
    expect(stderr).toContain('not valid YAML')
  })

  it('when the audience breaks the schema, then exits 2 listing each path', async () => {
    const file = aFile(
      'bad.json',
      JSON.stringify({ name: 'x', geo: { include: [{ city: 'Helsinki' }] }, colour: 'blue' }),
    )

    const { code, stderr } = await run(['compile', file])

    expect(code).toBe(2)
    expect(stderr).toContain('not a valid audience')
    expect(stderr).toMatch(/^ {2}geo\.include\[0\]\.country: .*\(invalid_type\)$/m)
    expect(stderr).toMatch(/^ {2}colour: unknown field \(unrecognized_keys\)$/m)
  })

  it('when the audience cannot be targeted (422), then exits 2 listing the issues with their codes', async () => {
    const file = aFile('impossible.yaml', 'name: x\ngeo:\n  include: [{ country: FI }]\nage: { min: 60, max: 30 }\n')

    const { code, stderr } = await run(['compile', file])

    expect(code).toBe(2)
    expect(stderr).toMatch(/^ {2}age\.min: .*\(age_range_empty\)$/m)
  })

  it('when a channel is unknown, then exits 2 naming it and the valid ones', async () => {
    const { code, stderr } = await run(['compile', VILLA, '--channel', 'google,tiktok'])

    expect(code).toBe(2)
    expect(stderr).toContain('unknown channel tiktok')
    expect(stderr).toContain('google, facebook, instagram, linkedin')
  })

  it('when an option is unknown, then exits 2 with the usage', async () => {
    const { code, stderr } = await run(['compile', VILLA, '--colour'])

    expect(code).toBe(2)
    expect(stderr).toContain('usage: kohde compile')
  })

  it('when asked for help, then prints its usage and exits 0', async () => {
    const { code, stdout } = await run(['compile', '--help'])

    expect(code).toBe(0)
    expect(stdout).toContain('Usage: kohde compile <audience.json|.yaml>')
  })
})
