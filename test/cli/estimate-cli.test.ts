import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const VILLA = 'test/fixtures/plans/luxury-villa-plan.json'
const SIZED = 'test/fixtures/plans/sized-plan.yaml'
const BOUNDED = 'test/fixtures/plans/bounded-optimize.yaml'

type Run = { code: number; stdout: string; stderr: string }

// The production build (bin/kohde.js) rather than npx, whose own warnings would mix into stderr; each test is its own process.
const run = (args: string[]): Promise<Run> =>
  new Promise((done) => {
    execFile(process.execPath, ['bin/kohde.js', ...args], { cwd: ROOT }, (error, stdout, stderr) =>
      done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    )
  })

const scratch = mkdtempSync(join(tmpdir(), 'kohde-estimate-cli-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))
function aFile(name: string, text: string): string {
  const path = join(scratch, name)
  writeFileSync(path, text)
  return path
}

// A table row: the cells in order, two or more spaces apart.
const row = (...cells: string[]) =>
  new RegExp(`^ {2}${cells.map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join(' {2,}')}$`, 'm')

describe.concurrent('kohde estimate', () => {
  it('when asked for help, then kohde lists estimate and optimize beside compile', async () => {
    const { code, stdout } = await run(['--help'])

    expect(code).toBe(0)
    expect(stdout).toMatch(/^ {2}estimate {2}/m)
    expect(stdout).toMatch(/^ {2}optimize {2}/m)
  })

  it('when given the sized YAML plan, then prints 10,000 impressions for 100 € at 10 € CPM and for 300 € at 30 € CPM, 1,000 clicks for 1,000 € at 1 € CPC', async () => {
    const { code, stdout } = await run(['estimate', SIZED])

    // Reach: 100,000 (1 − e^(−0.1)) = 9,516 and 100,000 (1 − e^(−0.2)) = 18,127; frequency = impressions ÷ reach.
    expect(code).toBe(0)
    expect(stdout).toMatch(row('CHANNEL', 'BUDGET', 'IMPRESSIONS', 'CLICKS', 'REACH', 'FREQUENCY', 'TARGETED SIZE'))
    expect(stdout).toMatch(row('facebook', '100.00 €', '10,000', '90', '9,516', '1.05', '100,000'))
    expect(stdout).toMatch(row('linkedin', '300.00 €', '10,000', '45', '9,516', '1.05', '100,000'))
    expect(stdout).toMatch(row('google', '1,000.00 €', '20,000', '1,000', '18,127', '1.10', '100,000'))
    expect(stdout).toMatch(row('TOTAL', '1,400.00 €', '40,000', '1,135', '34,329', '1.17', 'universe 150,000'))
  })

  it('when it prints, then lists the assumptions with their sources', async () => {
    const { stdout } = await run(['estimate', SIZED])

    expect(stdout).toMatch(/^Assumptions \(value — source\):$/m)
    expect(stdout).toMatch(
      /^ {2}rate\.facebook\.cpm +10 — a Finnish agency’s article .*100 € buys 10,000 impressions$/m,
    )
    expect(stdout).toMatch(/^ {2}universe +150,000 — request$/m)
  })

  it('when the plan has an audience and a flight, then shows the targeted and described sizes and the budget per day', async () => {
    const { code, stdout } = await run(['estimate', VILLA])

    expect(code).toBe(0)
    expect(stdout).toMatch(/^ {2}CHANNEL +BUDGET +PER DAY +IMPRESSIONS .+ TARGETED SIZE +AS DESCRIBED$/m)
    expect(stdout).toMatch(
      /^ {2}facebook +100\.00 € +3\.33 € +10,000 +90 +[\d,]+ +[\d.]+ +[\d,]+–[\d,]+ +[\d,]+–[\d,]+$/m,
    )
    expect(stdout).toMatch(/^ {2}reach\.facebook\.FI +[\d.]+ — .+$/m)
    // Meta has no id for the interests' luxury-goods… or the income tier: the line says what it targets instead.
    expect(stdout).toMatch(
      /^facebook: Facebook will target about [\d.]+ [Mk] people, not the about [\d.]+ [Mk] described: /m,
    )
  })

  // api.md "Additions (2026-12)": 100 € at 10 € CPM = 10,000 impressions with no audience; reach is not estimated.
  it('when a plan has no audience and no size, then it prints the delivery and a dash for reach and frequency', async () => {
    const file = aFile('unsized.json', JSON.stringify({ lines: [{ channel: 'facebook', budget: 100, cpm: 10 }] }))

    const { code, stdout } = await run(['estimate', file])

    expect(code).toBe(0)
    expect(stdout).toMatch(row('facebook', '100.00 €', '10,000', '90', '—', '—', '—'))
    expect(stdout).toContain('Reach and frequency are not estimated')
  })

  it('when given --json, then prints the /estimate response of the HTTP API', async () => {
    const { code, stdout } = await run(['estimate', SIZED, '--json'])

    const body = JSON.parse(stdout) as { lines: { impressions: number }[]; total: { budget: number } }
    expect(code).toBe(0)
    expect(body.lines.map((l) => l.impressions)).toEqual([10_000, 10_000, 20_000])
    expect(body.total.budget).toBe(1400)
  })

  it('when the file does not exist, then exits 2 naming it', async () => {
    const { code, stderr } = await run(['estimate', 'no-such-plan.yaml'])

    expect(code).toBe(2)
    expect(stderr).toContain('no-such-plan.yaml: no such file')
  })

  it('when the plan breaks the schema, then exits 2 listing each path', async () => {
    const file = aFile('bad.json', JSON.stringify({ lines: [{ channel: 'tiktok', budget: -1 }], colour: 'blue' }))

    const { code, stderr } = await run(['estimate', file])

    expect(code).toBe(2)
    expect(stderr).toContain('not a valid plan')
    expect(stderr).toMatch(/^ {2}lines\[0\]\.channel: /m)
    expect(stderr).toMatch(/^ {2}lines\[0\]\.budget: /m)
    expect(stderr).toMatch(/^ {2}colour: unknown field \(unrecognized_keys\)$/m)
  })

  it('when the plan is impossible (422), then exits 2 with the code and the issue path', async () => {
    const file = aFile(
      'small-universe.yaml',
      'universe: 10\nlines: [{ channel: facebook, budget: 100, audienceSize: 1000 }]\n',
    )

    const { code, stderr } = await run(['estimate', file])

    expect(code).toBe(2)
    expect(stderr).toContain('(universe_too_small)')
    expect(stderr).toMatch(/^ {2}universe: .*\(universe_below_audience\)$/m)
  })
})

describe.concurrent('kohde optimize', () => {
  it('when given a plan and --total, then splits the total for reach and shows it beside the even split with the gain', async () => {
    const { code, stdout } = await run(['optimize', VILLA, '--total', '5000'])

    expect(code).toBe(0)
    expect(stdout).toMatch(/^Optimal split of 5,000\.00 € for unduplicated reach$/m)
    expect(stdout).toMatch(row('CHANNEL', 'OPTIMAL', 'REACH', 'CLICKS', 'EVEN SPLIT', 'REACH', 'CLICKS'))
    expect(stdout).toMatch(/^ {2}TOTAL +5,000\.00 € +[\d,]+ +[\d,]+ +5,000\.00 € +[\d,]+ +[\d,]+$/m)
    expect(stdout).toMatch(/^Gain: \+[\d,]+ people reached \(\+[\d.]+ %\) over the even split\.$/m)
  })

  it('when the objective is clicks, then puts everything on Google at 1 € CPC: 1,400 clicks against 467 + 420 + 70 split evenly', async () => {
    const { code, stdout } = await run(['optimize', SIZED, '--objective', 'clicks'])

    // Even: 466.67 € each; Facebook 46,667 impressions × 0.9 % = 420 clicks, LinkedIn 15,556 × 0.45 % = 70.
    expect(code).toBe(0)
    expect(stdout).toMatch(row('google', '1,400.00 €', '24,422', '1,400', '466.67 €', '8,911', '467'))
    expect(stdout).toMatch(row('facebook', '0.00 €', '0', '0', '466.67 €', '37,291', '420'))
    expect(stdout).toMatch(/^Gain: \+443 clicks \(\+46\.3 %\) over the even split\.$/m)
  })

  it('when given an /optimize body with bounds, then fills Google to its 500 € maximum, LinkedIn to its 200 € minimum and Facebook with the rest', async () => {
    const { code, stdout } = await run(['optimize', BOUNDED])

    // Clicks per euro: Google 1 (CPC 1 €), Facebook 0.9 (CPM 10 €, CTR 0.9 %), LinkedIn 0.15 (CPM 30 €, CTR 0.45 %).
    expect(code).toBe(0)
    expect(stdout).toMatch(/^ {2}google +500\.00 € +10,000 +500 /m)
    expect(stdout).toMatch(/^ {2}facebook +1,300\.00 € +130,000 +1,170 /m)
    expect(stdout).toMatch(/^ {2}linkedin +200\.00 € +6,667 +30 /m)
  })

  it('when given --json, then prints the /optimize response whose lines sum to the total and reach at least the even split', async () => {
    const { code, stdout } = await run(['optimize', SIZED, '--json', '--total', '3000'])

    const body = JSON.parse(stdout) as {
      lines: { budget: number }[]
      total: { reach: number }
      evenSplit: { total: { reach: number } }
    }
    expect(code).toBe(0)
    expect(body.lines.reduce((sum, l) => sum + l.budget, 0)).toBeCloseTo(3000, 9)
    expect(body.total.reach).toBeGreaterThanOrEqual(body.evenSplit.total.reach)
  })

  it('when --total is not a positive number, then exits 2 saying so', async () => {
    const { code, stderr } = await run(['optimize', SIZED, '--total', 'lots'])

    expect(code).toBe(2)
    expect(stderr).toContain('--total lots: give a positive number of euros')
  })

  it('when --objective is unknown, then exits 2 naming the choices', async () => {
    const { code, stderr } = await run(['optimize', SIZED, '--objective', 'fame'])

    expect(code).toBe(2)
    expect(stderr).toContain('--objective fame: choose from reach, clicks')
  })

  it('when no line has a budget and no --total is given, then exits 2 asking for one', async () => {
    const file = aFile('no-total.yaml', 'lines: [{ channel: facebook, audienceSize: 1000 }]\n')

    const { code, stderr } = await run(['optimize', file])

    expect(code).toBe(2)
    expect(stderr).toContain('no total budget: pass --total or give every line a budget')
  })

  it('when the line minimums exceed the total (422), then exits 2 with the code and path', async () => {
    const { code, stderr } = await run(['optimize', BOUNDED, '--total', '100'])

    expect(code).toBe(2)
    expect(stderr).toContain('(budget_below_minimum)')
    expect(stderr).toMatch(/^ {2}totalBudget: .*\(below_line_minimums\)$/m)
  })

  it('when asked for help, then prints its usage and exits 0', async () => {
    const { code, stdout } = await run(['optimize', '--help'])

    expect(code).toBe(0)
    expect(stdout).toContain(
      'Usage: kohde optimize <plan.json|.yaml> [--total 5000] [--objective reach|clicks] [--effective-frequency 1-10] [--json]',
    )
  })
})

describe.concurrent('kohde estimate: guidance', () => {
  it('prints the warnings, the recommended budgets and k+ reach of a saturated plan', async () => {
    // 1,000 € at CPM 10 € on 1,000 people: 100,000 impressions, m = 100. B* = 1,000 × 0.01 × ln 10 = 23.03 €.
    const file = aFile(
      'saturated.json',
      JSON.stringify({ universe: 1000, lines: [{ channel: 'facebook', budget: 1000, cpm: 10, audienceSize: 1000 }] }),
    )
    const { code, stdout } = await run(['estimate', file])

    expect(code).toBe(0)
    expect(stdout).toMatch(/^Warnings \(4\):$/m)
    expect(stdout).toMatch(/^- warning diminishing_returns: lines\[0\] \(facebook\): beyond 23\.03 €/m)
    expect(stdout).toMatch(
      /^Recommended budgets \(where marginal reach per euro falls to 10 % of the first euro’s\):$/m,
    )
    expect(stdout).toMatch(row('facebook', '1,000.00 €', '23.03 €', '900', '2.56'))
    expect(stdout).toMatch(row('CHANNEL', '1+', '2+', '3+', '4+', '5+', '6+', '7+', '8+', '9+', '10+'))
    expect(stdout).toMatch(
      row('facebook', '1,000', '1,000', '1,000', '1,000', '1,000', '1,000', '1,000', '1,000', '1,000', '1,000'),
    )
  })

  it('optimize --effective-frequency 3 splits for 3+ reach; a k out of 1–10 is invalid input (exit 2)', async () => {
    const ok = await run(['optimize', SIZED, '--effective-frequency', '3'])
    const bad = await run(['optimize', SIZED, '--effective-frequency', '11'])

    expect(ok.code).toBe(0)
    expect(ok.stdout).toMatch(/^Optimal split of 1,400\.00 € for unduplicated 3\+ reach$/m)
    expect(ok.stdout).toMatch(/^Gain: .* people reached 3\+ times/m)
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('--effective-frequency 11: give a whole number from 1 to 10')
  })
  it('when a line has nobody to reach (LinkedIn cannot draw a circle), then the note says so rather than naming a frequency cap', async () => {
    const plan = aFile(
      'circle-plan.json',
      JSON.stringify({
        audience: {
          name: 'Umeå',
          locale: 'sv',
          geo: { include: [{ radius: { lat: 63.825656, lng: 20.263074, km: 30 } }] },
        },
        lines: [{ channel: 'linkedin', budget: 300 }],
      }),
    )
    const { code, stdout } = await run(['estimate', plan])

    expect(code).toBe(0)
    expect(stdout).toContain('linkedin: only 0.00 € of 300.00 € can be spent: it has nobody to reach.')
    expect(stdout).not.toContain('frequency cap of —')
  })
})
