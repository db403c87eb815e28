import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { startCommand } from '../../bench/start-command.js'
import { DEMO_LOGINS } from '../../server/demo/demo-seed.js'
import { adminToken, api, startServer } from './support/server-process.js'

describe('npm start on an empty database', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'kohde-first-start-'))
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }))

  it('when no admin is configured, then seeds the demo agency, prints the logins once, and each login sees its share', async () => {
    const first = await startServer({ KOHDE_DATA_DIR: dataDir }, { admin: false })
    const login = (role: string) => {
      const { email, password } = DEMO_LOGINS.find((l) => l.role === role)!
      return { email, password }
    }
    const staff = await adminToken(first.url, login('staff'))
    const client = await adminToken(first.url, login('client'))

    const audiences = await api(first.url, staff, 'GET', '/api/v1/audiences')
    const clientPlans = await api(first.url, client, 'GET', '/api/v1/plans')
    const clientAudiences = await api(first.url, client, 'GET', '/api/v1/audiences')
    const printed = first.output()
    const shareUrl = /Shared plan link: (\S+)/.exec(printed)![1]!
    const shared = await fetch(shareUrl)
    await first.stop()
    const second = await startServer({ KOHDE_DATA_DIR: dataDir }, { admin: false })
    await second.stop()

    for (const l of DEMO_LOGINS) expect(printed).toContain(`${l.email}  ${l.password}  ${l.role}`)
    expect(printed).toContain('Talotehdas Oy')
    expect((audiences.body!.items as { audience: { name: string } }[]).map((a) => a.audience.name)).toEqual([
      'Arvokkaan huvilan ostajat',
      'Pienen mökin ostajat',
      'Varaston ja autotallin ostajat',
    ])
    expect(clientPlans.body!.items).toHaveLength(1)
    expect(clientAudiences.status).toBe(403)
    expect(shared.status).toBe(200)
    expect(second.output()).not.toContain('Demo logins')
  }, 60_000)

  it('when the server listens beyond loopback without an admin configured, then refuses to seed the public demo passwords', () => {
    const empty = mkdtempSync(join(tmpdir(), 'kohde-first-start-'))
    const root = join(import.meta.dirname, '../..')
    const { nodeFlags, script } = startCommand(root)
    const run = spawnSync(process.execPath, [...nodeFlags, script], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', KOHDE_DATA_DIR: empty, HOST: '0.0.0.0', PORT: '0', LOG_LEVEL: 'silent' },
      encoding: 'utf8',
      timeout: 30_000,
    })
    rmSync(empty, { recursive: true, force: true })

    expect(run.status).toBe(1)
    expect(run.stderr).toContain('KOHDE_ADMIN_EMAIL')
  })
})
