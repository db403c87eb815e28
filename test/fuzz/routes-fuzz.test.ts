import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { formatReport, runFuzz, sweepMethods } from './support/fuzz-runner.js'
import { httpClient } from './support/http-client.js'
import { checkResponse } from './support/response-check.js'
import { startFuzzWorld, type FuzzWorld } from './support/fuzz-world.js'
import { storeDigest } from './support/store-digest.js'

// CI runs a short fuzz; `npm run fuzz` sends 100,000 requests. KOHDE_FUZZ_SEED replays a run.
const COUNT = Number(process.env.KOHDE_FUZZ_REQUESTS ?? 5000)
const SEED = Number(process.env.KOHDE_FUZZ_SEED ?? Date.now() % 2 ** 31)
const CONCURRENCY = 8

let world: FuzzWorld
beforeAll(async () => {
  world = await startFuzzWorld()
})
afterAll(() => world.close())

describe('every route, sign-in route and web page under mutated requests from every role', () => {
  it('when valid requests are mutated (bodies, queries, paths, headers, credentials), then no answer is a 5xx, every 4xx carries its error code, and no secret reaches an answer or the log', async () => {
    const started = Date.now()
    const report = await runFuzz(world, { count: COUNT, seed: SEED, concurrency: CONCURRENCY })
    console.info(formatReport(report, SEED, Date.now() - started))

    expect(report.sent).toBe(COUNT)
    const shown = report.failures.slice(0, 8).map(({ plan: _plan, ...failure }) => failure)
    expect(shown, JSON.stringify(shown, null, 2)).toEqual([])
    expect([...report.statuses.keys()].filter((s) => s >= 500 || s === 0)).toEqual([])
    expect(world.logs.errors, world.logs.errors.slice(0, 3).join('\n')).toEqual([])
    expect(world.logs.leaks, world.logs.leaks.slice(0, 3).join('\n')).toEqual([])
  }, 3_600_000)
})

describe('every route, page, /static file and unknown path with every method', () => {
  it('when each is asked with GET, HEAD, OPTIONS, the write methods and odd ones (TRACE, PROPFIND, MKCOL, …), anonymously and as the admin, then no answer is a 5xx, every 4xx carries its code and every 405 its Allow', async () => {
    const started = Date.now()
    const report = await sweepMethods(world)
    console.info(formatReport(report, 0, Date.now() - started))

    const shown = report.failures.slice(0, 8).map(({ plan: _plan, ...failure }) => failure)
    expect(shown, JSON.stringify(shown, null, 2)).toEqual([])
    expect(report.statuses.get(405)).toBeGreaterThan(0)
    expect(world.logs.errors, world.logs.errors.slice(0, 3).join('\n')).toEqual([])
  }, 600_000)
})

describe('every plan export of a plan whose name, client and audience are hostile', () => {
  it('when each format is downloaded for the client and the agency, then each is a 200 with a safe file name and no CSV cell starts a formula (issue 16)', async () => {
    const client = httpClient(world.port, 2)
    const planner = world.identities.planner
    const asks = ['json', 'csv', 'xlsx', 'google-ads-editor', 'google-ads-editor-notes', 'pdf'].flatMap((format) =>
      format === 'xlsx' || format === 'pdf' ? [`${format}&audience=client`, `${format}&audience=internal`] : [format],
    )
    const results = []
    for (const ask of asks) {
      const request = {
        method: 'GET',
        path: `/api/v1/plans/${world.objects.hostilePlan}/export?format=${ask}`,
        headers: { authorization: `Bearer ${planner.token}` },
      }
      const response = await client.send(request)
      const { problems } = checkResponse(request, response, world.secrets, null)
      const text = response.body.toString('utf8').replace(/^\uFEFF/, '')
      // A CSV cell starting with = + - @ tab or CR is a formula in Excel unless guarded by a leading apostrophe.
      const formulas = /csv|plain/.test(response.headers['content-type'] ?? '')
        ? text
            .split(/\r?\n/)
            .flatMap((row) => row.split(','))
            .filter((cell) => /^"?[=+@\t\r]/.test(cell))
        : []
      results.push({ ask, status: response.status, problems, formulas })
    }
    client.close()
    console.info(`  hostile-name exports: ${results.map((r) => `${r.ask} ${r.status}`).join(', ')}`)

    expect(results.filter((r) => r.status !== 200 || r.problems.length > 0 || r.formulas.length > 0)).toEqual([])
  }, 120_000)
})

describe('every write route under mutated requests, one at a time', () => {
  it('when a write is rejected with a 4xx, then nothing stored has changed', async () => {
    const started = Date.now()
    let rejected = 0
    const report = await runFuzz(world, {
      // One at a time with two store digests each: a sample, not the whole count.
      count: Math.min(2000, Math.max(200, Math.round(COUNT / 20))),
      seed: SEED + 1,
      concurrency: 1,
      only: (target) => target.method !== 'GET',
      around: async (send) => {
        const before = await storeDigest(world.store)
        const response = await send()
        if (response.status < 400 || response.status >= 500) return { response, problems: [] }
        rejected += 1
        const after = await storeDigest(world.store)
        return {
          response,
          problems: after === before ? [] : [`a rejected write changed the store: ${before} → ${after}`],
        }
      },
    })
    console.info(
      `${formatReport(report, SEED + 1, Date.now() - started)}\n  rejected writes, store unchanged after each: ${rejected}`,
    )

    const shown = report.failures.slice(0, 8).map(({ plan: _plan, ...failure }) => failure)
    expect(shown, JSON.stringify(shown, null, 2)).toEqual([])
    expect(rejected).toBeGreaterThan(report.sent / 2)
  }, 3_600_000)
})
