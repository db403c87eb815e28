import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { runCli } from '../../server/cli/cli-app.js'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const VILLA_PLAN = 'test/fixtures/plans/luxury-villa-plan.json'
const SIZED_PLAN = 'test/fixtures/plans/sized-plan.yaml'
const VILLA = 'test/fixtures/audiences/luxury-villa.json'

type Run = { code: number; stdout: string; stderr: string }
// In process: one module graph for every case (the compile CLI tests cover the child-process entry point).
async function run(args: string[], cwd = ROOT): Promise<Run> {
  let stdout = ''
  let stderr = ''
  const io = { cwd, env: {}, out: (t: string) => void (stdout += t), err: (t: string) => void (stderr += t) }
  const code = await runCli(args, io)
  return { code, stdout, stderr }
}

const scratch = mkdtempSync(join(tmpdir(), 'kohde-export-cli-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

describe('kohde export', () => {
  it('when a plan file is exported as CSV, then prints one row per line with the hand-checked delivery', async () => {
    const { code, stdout } = await run(['export', VILLA_PLAN, '--format', 'csv'])

    // 100 € at the seed's 10 € CPM buys 10,000 impressions; 1,000 € at 1 € CPC buys 1,000 clicks.
    const rows = stdout
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n')
    expect(code).toBe(0)
    expect(rows[0]).toMatch(
      /^channel,audience,start_date,end_date,budget_eur,pricing,cpm_eur,cpc_eur,ctr,impressions,clicks,/,
    )
    expect(rows.slice(1).map((r) => r.split(',').slice(0, 2).concat(r.split(',')[9]!, r.split(',')[10]!))).toEqual([
      ['facebook', 'Luxury villa buyers', '10000', '90'],
      ['instagram', 'Luxury villa buyers', '10000', '80'],
      ['linkedin', 'Luxury villa buyers', '10000', '45'],
      ['google', 'Luxury villa buyers', '20000', '1000'],
    ])
  })

  it('when a plan is exported as XLSX or PDF with --out, then writes that file and says where', async () => {
    const xlsx = join(scratch, 'plan.xlsx')
    const pdf = join(scratch, 'plan.pdf')

    const [a, b] = await Promise.all([
      run(['export', VILLA_PLAN, '--format', 'xlsx', '--out', xlsx]),
      run(['export', VILLA_PLAN, '--format', 'pdf', '--out', pdf]),
    ])

    expect([a.code, b.code]).toEqual([0, 0])
    expect(a.stderr).toContain(`wrote ${xlsx}`)
    expect(readFileSync(xlsx).subarray(0, 2).toString('latin1')).toBe('PK')
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-')
  })

  it('when a binary format has no --out, then the file gets its own name in the working folder', async () => {
    const cwd = mkdtempSync(join(scratch, 'cwd-'))

    const { code, stderr } = await run(['export', join(ROOT, VILLA_PLAN), '--format', 'xlsx'], cwd)

    expect(code).toBe(0)
    expect(stderr).toContain(`wrote ${join(cwd, 'Luxury villa buyers.xlsx')}`)
    expect(readFileSync(join(cwd, 'Luxury villa buyers.xlsx')).subarray(0, 2).toString('latin1')).toBe('PK')
  })

  it('when an audience file is exported as JSON, then prints every channel’s spec', async () => {
    const { code, stdout } = await run(['export', VILLA, '--format', 'json'])

    const body = JSON.parse(stdout) as Record<string, unknown>
    expect(code).toBe(0)
    expect(JSON.stringify(body)).toContain('"geo_target_constant":"geoTargetConstants/2246"')
    expect(JSON.stringify(body)).toContain('"publisher_platforms":["instagram"]')
  })

  it('when an audience is exported for Google Ads Editor, then prints its import CSV header and Finland', async () => {
    const { code, stdout } = await run(['export', VILLA, '--format', 'google-ads-editor'])

    const rows = stdout.replace(/^\uFEFF/, '').split('\n')
    expect(code).toBe(0)
    expect(rows[0]).toMatch(/^Campaign,Campaign Type,Networks,/)
    const location = rows[0]!.split(',').indexOf('Location ID')
    expect(rows.some((r) => r.split(',')[location] === '2246')).toBe(true)
  })

  it.each([
    [['export', VILLA, '--format', 'pdf'], 'pdf needs a plan file'],
    [['export', SIZED_PLAN, '--format', 'csv'], "an export needs the plan's audience"],
    [['export', VILLA_PLAN, '--format', 'docx'], '--format: one of json, csv, xlsx'],
    [['export', VILLA_PLAN], '--format is required'],
    [['export', 'no/such/plan.json', '--format', 'csv'], 'no such file'],
  ])('when run as %j, then explains and exits 2', async (args, message) => {
    const { code, stderr } = await run(args)

    expect(code).toBe(2)
    expect(stderr).toContain(message)
  })

  it('when asked for help, then kohde lists export and resolve', async () => {
    const { code, stdout } = await run(['--help'])

    expect(code).toBe(0)
    expect(stdout).toMatch(/^ {2}export {2}/m)
    expect(stdout).toMatch(/^ {2}resolve {2}/m)
  })
})
