import { describe, expect, it } from 'vitest'
import { FINNISH_RATE_CARD } from '../../audiences/index.js'
import { readRateCardForm } from '../../server/pages/rate-card-form.js'
import { toRateCardEdit } from '../../server/presenters/rate-card-presenter.js'

// The form of the rate card's fees (ADR 0010): a percentage is typed as people say it (15 = a 15 % markup on net).
const form = (overrides: Record<string, string>) => {
  const fields: Record<string, string> = {}
  for (const [channel, r] of Object.entries(FINNISH_RATE_CARD.rates)) {
    fields[`${channel}.pricing`] = r.pricing
    fields[`${channel}.cpm`] = String(r.cpm.value)
    fields[`${channel}.cpc`] = String(r.cpc.value)
    fields[`${channel}.ctrCpm`] = String(r.ctr.cpm.value)
    fields[`${channel}.ctrCpc`] = String(r.ctr.cpc.value)
  }
  return { ...fields, ...overrides }
}

describe('the rate card form: fees and notes', () => {
  it('when the card takes 15 % and LinkedIn a fixed 120,50 €, then the card has rate 0.15 and LinkedIn amount 120.5', () => {
    const read = readRateCardForm(
      FINNISH_RATE_CARD,
      form({
        'fee.kind': 'percent',
        'fee.value': '15',
        'linkedin.feeKind': 'fixed',
        'linkedin.feeValue': '120,50',
        notes: ' Meta rates valid until June ',
      }),
      'x',
    )
    if (read.kind !== 'ok') throw new Error('expected ok')

    expect(read.card.fee).toEqual({ kind: 'percent', rate: 0.15 })
    expect(read.card.rates.linkedin!.fee).toEqual({ kind: 'fixed', amount: 120.5 })
    expect(read.card.rates.facebook!.fee).toBeUndefined()
    expect(read.card.notes).toBe('Meta rates valid until June')
  })

  it('when a fee is not a number, then that field is reported and the typed text kept', () => {
    const read = readRateCardForm(FINNISH_RATE_CARD, form({ 'fee.kind': 'percent', 'fee.value': 'paljon' }), 'x')

    expect(read.kind).toBe('invalid')
    if (read.kind === 'invalid') {
      expect([...read.bad]).toEqual(['fee.value'])
      expect(read.typed['fee.value']).toBe('paljon')
    }
  })

  it('when a card with fees is edited, then the form shows 15 for a 0.15 markup and the notes', () => {
    const at = '2026-11-20T10:00:00.000Z'
    const card = {
      ...FINNISH_RATE_CARD,
      fee: { kind: 'percent' as const, rate: 0.15 },
      notes: 'valid until June',
      ...{ id: 'r1', version: 1, createdAt: at, updatedAt: at },
    }
    const model = toRateCardEdit(card, null, new Set())

    expect(model.fee.value).toBe('15')
    expect(model.fee.options.find((o) => o.selected)!.value).toBe('percent')
    expect(model.notes).toBe('valid until June')
  })
})
