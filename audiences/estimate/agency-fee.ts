import { z } from 'zod'
import type { ChannelId } from '../channels/channel.js'
import type { AssumptionLog } from './assumption-log.js'

// ADR 0010: a percentage fee is a markup on net media (gross = net × (1 + rate)), not a share of gross.
export const FeeSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('percent'),
      rate: z.number().min(0).max(10).meta({ description: 'Markup on net media: 0.15 = 15 % (1,000 € → 1,150 €).' }),
    }),
    z.strictObject({
      kind: z.literal('fixed'),
      amount: z.number().min(0).max(1e9).meta({
        description: 'Euros for the plan (or the channel), shared over its lines by their net media.',
      }),
    }),
  ])
  .meta({ id: 'AgencyFee', description: "The agency's fee: a markup on net media, or a fixed sum." })
export type Fee = z.infer<typeof FeeSchema>

const euros = (description: string) => z.number().nonnegative().meta({ description })
export const CostSchema = z.strictObject({
  net: euros('Net media: what the platform is paid (the line budget).'),
  fee: euros("The agency's fee or markup."),
  gross: euros('What the client pays: net + fee.'),
})
export type Cost = z.infer<typeof CostSchema>

export const PlanCostSchema = CostSchema.extend({
  lines: z.array(CostSchema).meta({ description: 'Per line, in the order of the lines.' }),
}).meta({ id: 'PlanCost', description: 'Net media, fee and gross: staff only; a client sees gross prices alone.' })
export type PlanCost = z.infer<typeof PlanCostSchema>

/** A line's fee and the group a fixed fee is shared in (the plan's, one channel's, or the card's). */
export type LineFee = { fee: Fee; group: string } | null

type FeeCard = { country: string; fee?: Fee | undefined; rates: Partial<Record<ChannelId, { fee?: Fee | undefined }>> }

/** Which fee a line carries: the plan's, else the card's for the channel, else the card's own; logged for staff. */
export function feeOf(channel: ChannelId, card: FeeCard, planFee: Fee | undefined, log: AssumptionLog): LineFee {
  const channelFee = card.rates[channel]?.fee
  const [fee, group, source, code] = planFee
    ? [planFee, 'plan', "the plan's fee", 'fee.plan']
    : channelFee
      ? [channelFee, `channel:${channel}`, `the ${card.country} rate card's fee for ${channel}`, 'fee.cardChannel']
      : card.fee
        ? [card.fee, 'card', `the ${card.country} rate card's fee`, 'fee.card']
        : [undefined, '', '', '']
  if (!fee) return null
  const value = fee.kind === 'percent' ? `markup ${fee.rate * 100} % on net` : `fixed ${fee.amount} €`
  // The code carries the fee itself too, so a page states it in its own language (the value text is English).
  const amount: Record<string, number> = fee.kind === 'percent' ? { percent: fee.rate } : { fixed: fee.amount }
  log.add(`fee.${channel}`, value, source, { code, params: { country: card.country, channel, ...amount } })
  return { fee, group }
}

const cents = (n: number) => Math.round(n * 100) / 100

/** Net media, fee and gross per line and in total; a fixed fee is shared over its group's lines by net media. */
export function costOf(budgets: readonly number[], fees: readonly LineFee[]): PlanCost {
  const groupNet = new Map<string, number>()
  fees.forEach((f, i) => {
    if (f?.fee.kind === 'fixed') groupNet.set(f.group, (groupNet.get(f.group) ?? 0) + budgets[i]!)
  })
  const lines = budgets.map((net, i): Cost => {
    const f = fees[i]
    // A fixed fee goes with the media it was agreed for: a group without media carries none.
    const groupTotal = f?.fee.kind === 'fixed' ? groupNet.get(f.group)! : 0
    const fee = !f
      ? 0
      : f.fee.kind === 'percent'
        ? cents(net * f.fee.rate)
        : groupTotal > 0
          ? cents((f.fee.amount * net) / groupTotal)
          : 0
    return { net, fee, gross: cents(net + fee) }
  })
  const sum = (key: keyof Cost) => cents(lines.reduce((s, l) => s + l[key], 0))
  return { net: sum('net'), fee: sum('fee'), gross: sum('gross'), lines }
}

/** gross ÷ net of a line: what turns a net price into the client's price (1 without media). */
export const grossRatio = (cost: Cost | undefined) => (cost && cost.net > 0 ? cost.gross / cost.net : 1)
