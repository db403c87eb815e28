import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const PROBE = join(ROOT, 'test', 'connectors', 'support', 'sdk-probe.ts')
const SDKS = ['google-ads-api', 'facebook-nodejs-business-sdk', 'linkedin-api-client']
const EXPORT_LIBRARIES = ['exceljs', 'pdfkit']

type Probe = { atStart: string[]; withViewEngine: string[]; afterFirstPage: string[]; afterConnect: string[] }

// A fresh process, because this one has loaded the SDKs through other test files' imports.
const probe = () =>
  new Promise<Probe>((resolve, reject) =>
    execFile(process.execPath, ['--import', 'tsx', PROBE], { cwd: ROOT }, (error, stdout, stderr) =>
      error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(JSON.parse(stdout) as Probe),
    ),
  )

describe('platform SDK and Handlebars loading', () => {
  let loaded: Probe
  beforeAll(async () => {
    loaded = await probe()
  }, 120_000)

  it('when the server modules are imported, then no ad-platform SDK, exceljs or pdfkit is loaded', () => {
    expect(loaded.atStart).toContain('express')
    for (const name of [...SDKS, ...EXPORT_LIBRARIES]) expect(loaded.atStart).not.toContain(name)
  })

  it('when the app takes its view engine, then Handlebars loads only with the first page', () => {
    expect(loaded.atStart).not.toContain('handlebars')
    expect(loaded.withViewEngine).not.toContain('handlebars')
    expect(loaded.afterFirstPage).toContain('handlebars')
  })

  it('when a connector is made for each platform, then each platform SDK is loaded', () => {
    for (const name of SDKS) expect(loaded.afterConnect).toContain(name)
  })
})
