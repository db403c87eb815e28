// Issue 13's before/after table: the demo plan and every template, per channel the size as described (ideal) beside
// the size the channel's spec targets, with reach and frequency. Not a speed measurement: npx tsx bench/truth-table.ts
import {
  CHANNEL_IDS,
  DEFAULT_TAXONOMY,
  estimatePlan,
  estimateSegmentedPlan,
  TEMPLATES,
  type Audience,
  type ChannelId,
} from '../audiences/index.js'

type Row = { ideal: number | null; targeted: number | null; reach: number | null; frequency: number | null }
// Older estimates have no idealAudienceSize: their one size is both.
type AnyLine = {
  channel: ChannelId
  audienceSize: { value: number } | null
  idealAudienceSize?: { value: number } | null
  reach: number | null
  frequency: number | null
}

const rowOf = (line: AnyLine): Row => ({
  ideal:
    line.idealAudienceSize === undefined ? (line.audienceSize?.value ?? null) : (line.idealAudienceSize?.value ?? null),
  targeted: line.audienceSize?.value ?? null,
  reach: line.reach,
  frequency: line.frequency,
})

const whole = (n: number | null) => (n === null ? '—' : Math.round(n).toLocaleString('en-US'))
const cells = (label: string, channel: string, budget: number, row: Row) =>
  `| ${label} | ${channel} | ${budget} € | ${whole(row.ideal)} | ${whole(row.targeted)} | ${whole(row.reach)} | ${row.frequency === null ? '—' : row.frequency.toFixed(2)} |`

const template = (id: string) => TEMPLATES.find((t) => t.id === id)!.audience
const print = (line: string) => console.log(line)

print('| audience | channel | budget | ideal size | targeted size | reach | frequency |')
print('|---|---|---|---|---|---|---|')

// The demo plan as server/demo/demo-seed.ts writes it.
const demo = [
  { channel: 'facebook' as const, budget: 1500, segment: 'luxury-villa-buyers' },
  { channel: 'linkedin' as const, budget: 1500, segment: 'luxury-villa-buyers' },
  { channel: 'instagram' as const, budget: 1000, segment: 'small-cottage-buyers' },
  { channel: 'google' as const, budget: 500, segment: 'storage-garage-buyers' },
]
const audiences = new Map<string, Audience>(demo.map((l) => [l.segment, template(l.segment)]))
const plan = estimateSegmentedPlan(demo, (l) => l.segment, audiences, DEFAULT_TAXONOMY, {})
plan.lines.forEach((line, i) =>
  print(cells(`demo plan: ${demo[i]!.segment}`, line.channel, demo[i]!.budget, rowOf(line as AnyLine))),
)
const total = plan.total as { reach: number | null; frequency: number | null }
print(`| demo plan | total | 4500 € | | | ${whole(total.reach)} | ${total.frequency?.toFixed(2) ?? '—'} |`)

// Every template alone, one 1,000 € line per channel.
for (const t of TEMPLATES) {
  const estimate = estimatePlan(
    { audience: t.audience, lines: CHANNEL_IDS.map((channel) => ({ channel, budget: 1000 })) },
    DEFAULT_TAXONOMY,
  )
  for (const line of estimate.lines) print(cells(t.id, line.channel, 1000, rowOf(line as AnyLine)))
}
