import type { Gender, Locale } from '../model/audience-schema.js'
import type { Reading } from './brief-lexicon.js'
import type { Token } from './brief-tokens.js'
import type { Item } from './lexicon-scan.js'

// Media planners' shorthand for a target group: W25-54 (women 25–54), M35+ (men 35+), A18-49 (adults); in Finnish
// N for naiset, in Swedish K for kvinnor (a Finnish K18 is an age limit, not a target group).
const CODE = /^([WFMNKA])([0-9]{2})$/
const GENDERS: Record<string, Gender | null> = {
  W: 'female',
  F: 'female',
  N: 'female',
  K: 'female',
  M: 'male',
  A: null,
}
const DASHES = new Set(['-', '–', '—'])

/** "W25-34", "M35+": a gender and an age in one word. */
export function readDemoCodes(tokens: readonly Token[], locale: Locale): Item[] {
  const out: Item[] = []
  tokens.forEach((token, i) => {
    const m = token.kind === 'word' && token.raw.length === 3 ? CODE.exec(token.raw) : null
    const letter = m?.[1] ?? ''
    if (!m || (letter === 'N' && locale !== 'fi') || (letter === 'K' && locale !== 'sv')) return
    const min = Number(m[2])
    const dash = tokens[i + 1]
    const upper = tokens[i + 2]
    const ranged = dash && DASHES.has(dash.raw) && upper?.kind === 'number' && /^[0-9]{2}$/.test(upper.folded)
    const plus = dash?.raw === '+'
    if (!ranged && !plus) return
    const max = ranged ? Number(upper?.folded) : undefined
    if (min < 13 || (max !== undefined && max < min)) return
    const to = ranged ? i + 3 : i + 2
    const age: Reading = { kind: 'age', min, ...(max === undefined ? {} : { max }) }
    const gender = GENDERS[letter]
    const readings: Reading[] = gender ? [{ kind: 'gender', gender }, age] : [age]
    for (const reading of readings) out.push({ from: i, to, candidates: [{ reading, rank: 0, lang: 'en' }] })
  })
  return out
}
