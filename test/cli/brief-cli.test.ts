import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

const run = (args: string[]): Promise<{ code: number; stdout: string; stderr: string }> =>
  new Promise((done) => {
    execFile(process.execPath, ['bin/kohde.js', 'brief', ...args], { cwd: ROOT }, (error, stdout, stderr) =>
      done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    )
  })

describe.concurrent('kohde brief', () => {
  it('when given a Finnish brief, then reports the recognised terms and exits 0', async () => {
    const { code, stdout, stderr } = await run(['Lääkärit ja juristit Helsingissä, 30–60v', '--locale', 'fi'])

    expect(code, stderr).toBe(0)
    expect(stdout).toContain('title.physician')
    expect(stdout).toContain('title.lawyer')
  })

  it('when asked for --json, then prints a draft audience', async () => {
    const { code, stdout } = await run(['hög inkomst, läkare', '--locale', 'sv', '--json'])

    expect(code).toBe(0)
    expect(JSON.parse(stdout).audience.include.flat()).toContainEqual({ facet: 'title', value: 'title.physician' })
  })

  it('when the locale is unknown, then exits 2', async () => {
    expect((await run(['läkare', '--locale', 'de'])).code).toBe(2)
  })
})
