import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../server/cli/cli-app.js'
import { openStore } from '../../server/store/store.js'
import { startFakes, type Fakes } from '../connectors/support/connector-app.js'
import type { FakeReply, RecordedRequest } from '../connectors/support/loopback-server.js'

// In process (not a child like the other CLI tests): the Meta SDK is pointed at a loopback fake through
// FacebookAdsApi.GRAPH, which only this process can redefine. Identifiers in the answers are made up.
const TOKEN = 'EAAB-cli-secret-token-0001'
const EXPIRED: FakeReply = {
  status: 400,
  body: { error: { message: 'Error validating access token', type: 'OAuthException', code: 190, error_subcode: 463 } },
}
const metaGraph = (request: RecordedRequest): FakeReply =>
  request.query.get('type') === 'adinterest'
    ? { status: 200, body: { data: [{ id: '6003020834693', name: 'Design', path: ['Interests', 'Design'] }] } }
    : { status: 200, body: { data: [{ id: '6003020834693', current_status: 'NORMAL' }] } }

let fakes: Fakes
const dirs: string[] = []
beforeAll(async () => {
  fakes = await startFakes(metaGraph, () => ({ status: 500 }))
})
afterAll(async () => {
  await fakes.close()
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
})
afterEach(() => fakes.reset())

async function aDatabase(...agencies: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'kohde-resolve-cli-'))
  dirs.push(dir)
  const store = await openStore({ dataDir: dir })
  const ids = []
  for (const name of agencies) ids.push((await store.agencies.create(name)).id)
  await store.close()
  return { dir, ids }
}

async function kohde(args: string[], env: Record<string, string>) {
  let out = ''
  let err = ''
  const io = { cwd: process.cwd(), env, out: (t: string) => void (out += t), err: (t: string) => void (err += t) }
  const code = await runCli(args, io)
  return { code, out, err }
}

const metaEnv = (dir: string) => ({
  KOHDE_DATA_DIR: dir,
  KOHDE_META_ACCESS_TOKEN: TOKEN,
  KOHDE_META_AD_ACCOUNT_ID: 'act_123',
})
const MY_RUN = ['resolve', '--platform', 'meta', '--prefix', 'interest.design']

async function mappingsOf(dir: string, agencyId: string) {
  const store = await openStore({ dataDir: dir })
  try {
    return (await store.platformMappings.list(agencyId)).map((m) => [m.key, m.platform, m.mapping.id, m.account])
  } finally {
    await store.close()
  }
}

describe('kohde resolve', () => {
  it('when Meta answers one exact match, then prints it with its live source, stores it for the agency and exits 0', async () => {
    const { dir, ids } = await aDatabase('Agency A')

    const { code, out } = await kohde(MY_RUN, metaEnv(dir))

    expect(code).toBe(0)
    expect(out).toMatch(/^Live lookup on \d{4}-\d{2}-\d{2}: 1 identifiers stored\.$/m)
    expect(out).toContain(
      'interest.design → Meta interests: 6003020834693 "Design" (Interests > Design), live meta act_123',
    )
    expect(out).not.toContain(TOKEN)
    expect(await mappingsOf(dir, ids[0]!)).toEqual([['interest.design', 'meta', '6003020834693', 'act_123']])
  })

  it('when the token has expired, then says where it stopped with the platform code, writes nothing and exits 1', async () => {
    const { dir, ids } = await aDatabase('Agency A')
    fakes.answerMeta(() => EXPIRED)

    const { code, out } = await kohde(MY_RUN, metaEnv(dir))

    expect(code).toBe(1)
    expect(out).toContain('Stopped at interest.design on meta')
    expect(out).toContain('Meta code 190/463')
    expect(out).toContain('Nothing was written.')
    expect(await mappingsOf(dir, ids[0]!)).toEqual([])
  })

  it('when run twice, then the second keeps the stored identifier without asking Meta again', async () => {
    const { dir } = await aDatabase('Agency A')
    await kohde(MY_RUN, metaEnv(dir))
    fakes.meta.requests.splice(0)

    const { code, out } = await kohde(MY_RUN, metaEnv(dir))

    expect(code).toBe(0)
    expect(out).toContain('1 identifiers already stored were kept.')
    expect(fakes.meta.requests).toEqual([])
  })

  it('when no platform has credentials, then explains it and exits 2', async () => {
    const { dir } = await aDatabase('Agency A')

    const { code, err } = await kohde(['resolve'], { KOHDE_DATA_DIR: dir })

    expect(code).toBe(2)
    expect(err).toContain('not connected')
  })

  it('when the database holds two agencies and none is named, then lists them and exits 2', async () => {
    const { dir, ids } = await aDatabase('Agency A', 'Agency B')

    const without = await kohde(MY_RUN, metaEnv(dir))
    const named = await kohde([...MY_RUN, '--agency', 'Agency B'], metaEnv(dir))

    expect(without.code).toBe(2)
    expect(without.err).toContain('name one with --agency')
    expect(without.err).toContain(`${ids[1]}  Agency B`)
    expect(named.code).toBe(0)
    expect(await mappingsOf(dir, ids[1]!)).toHaveLength(1)
    expect(await mappingsOf(dir, ids[0]!)).toEqual([])
  })

  it('when --limit is not a number, then exits 2 before touching the database', async () => {
    const { code, err } = await kohde(['resolve', '--limit', 'many'], { KOHDE_DATA_DIR: '/nonexistent/kohde' })

    expect(code).toBe(2)
    expect(err).toContain('--limit')
  })
})

describe('kohde resolve with an old LinkedIn version', () => {
  it('when KOHDE_LINKEDIN_VERSION has been sunset, then warns on stderr before the run and keeps stdout for the report', async () => {
    const { dir } = await aDatabase('Agency A')
    // 202401 sunset in January 2025 (LinkedIn's migrations table): long past on any day this test runs.
    const env = {
      ...metaEnv(dir),
      KOHDE_LINKEDIN_ACCESS_TOKEN: 'li-cli-token',
      KOHDE_LINKEDIN_AD_ACCOUNT_ID: '507000001',
      KOHDE_LINKEDIN_VERSION: '202401',
    }

    const { code, out, err } = await kohde([...MY_RUN, '--json'], env)

    expect(code).toBe(0)
    expect(err).toMatch(/^warning: LinkedIn API version 202401 was sunset around 2025-01-15: set a newer version/)
    expect(JSON.parse(out)).toMatchObject({ stored: 1 })
  })
})
