import { describe, expect, it } from 'vitest'
import { formatFrequency, formatNumber, formatNumberInput } from '../../server/i18n/formats.js'
import { parseNumberInput } from '../../server/i18n/number-input.js'

describe('parseNumberInput', () => {
  it('when typed with a comma or a point, then both are one and a half, in every language', () => {
    for (const locale of ['fi', 'sv', 'en'] as const)
      expect([parseNumberInput('1,5', locale), parseNumberInput('1.5', locale)]).toEqual([1.5, 1.5])
  })

  it('when thousands are grouped with spaces (also no-break ones), then they are one number', () => {
    expect([parseNumberInput('10 000'), parseNumberInput('1\u00a0234,50'), parseNumberInput('2\u202f000')]).toEqual([
      10000, 1234.5, 2000,
    ])
  })

  it('when both marks appear, then the last is the decimal: 1,234.5 and 1.234,5 are 1234.5', () => {
    expect([parseNumberInput('1,234.5', 'en'), parseNumberInput('1.234,5', 'fi')]).toEqual([1234.5, 1234.5])
  })

  it('when "10,000" is typed, then English reads ten thousand and Finnish ten', () => {
    expect([parseNumberInput('10,000', 'en'), parseNumberInput('10,000', 'fi')]).toEqual([10000, 10])
  })

  it('when empty, then null; when not a number, then NaN', () => {
    expect(parseNumberInput('  ')).toBeNull()
    for (const text of ['12x', '1,5,0', '1e3', '1,2.3.4', '--1']) expect(parseNumberInput(text), text).toBeNaN()
  })
})

describe('formatNumberInput and the frequency format', () => {
  it('when a rate is shown for editing, then fi and sv write a comma and group with a space, en writes a point and no grouping', () => {
    expect(formatNumberInput('fi', 1234.5678, 2)).toBe('1\u00a0234,57')
    expect(formatNumberInput('sv', 0.9, 2)).toBe('0,9')
    expect(formatNumberInput('en', 1234.5678, 2)).toBe('1234.57')
    expect(parseNumberInput(formatNumberInput('fi', 1234.5678, 2), 'fi')).toBe(1234.57)
  })

  it('when a value rounds to zero from below, then it prints 0, never −0', () => {
    expect([formatNumber('fi', -0), formatNumber('fi', -0.3), formatNumberInput('fi', -0, 2)]).toEqual(['0', '0', '0'])
  })

  it('when a frequency is 2 or 2.46, then it prints with one decimal: 2,0 and 2,5', () => {
    expect([formatFrequency('fi', 2), formatFrequency('fi', 2.46), formatFrequency('en', 1.04)]).toEqual([
      '2,0',
      '2,5',
      '1.0',
    ])
  })
})
