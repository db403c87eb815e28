import fc from 'fast-check'
import { CHANNEL_IDS, FACETS, SPECIAL_AD_CATEGORIES } from '../../../audiences/index.js'

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type Container = Json[] | { [key: string]: Json }

const PLACES: Json[] = [
  { country: 'FI' },
  { country: 'SE' },
  { region: 'FI-18' },
  { municipality: '091', country: 'FI' },
  { city: 'Helsinki', country: 'FI' },
  { postalCode: '00100', country: 'FI' },
  { radius: { lat: 60.2, lng: 24.9, km: 10 }, label: 'Keskusta' },
]
const TERMS: Json[] = [
  { facet: 'title', value: 'title.ceo' },
  { facet: 'interest', value: 'interest.interior-design' },
  { facet: 'income', value: 'income.top-20' },
  { facet: 'keyword', value: 'hirsihuvila' },
  { facet: 'website', value: 'https://www.example.fi' },
]

const term = fc.oneof(
  fc.constantFrom(...TERMS),
  fc.record({ facet: fc.constantFrom(...FACETS), value: fc.string({ minLength: 1, maxLength: 20 }) }),
)

const audience = (depth: number): fc.Arbitrary<Json> =>
  fc.record(
    {
      name: fc.constantFrom('Luxury villa buyers', 'Mökin ostajat'),
      locale: fc.constantFrom('fi', 'sv', 'en'),
      specialAdCategory: fc.constantFrom(...SPECIAL_AD_CATEGORIES),
      geo: fc.record({
        include: fc.array(fc.constantFrom(...PLACES), { minLength: 1, maxLength: 3 }),
        exclude: fc.array(fc.constantFrom(...PLACES), { maxLength: 2 }),
      }),
      age: fc.record(
        { min: fc.integer({ min: 13, max: 65 }), max: fc.integer({ min: 18, max: 99 }) },
        { requiredKeys: ['min'] },
      ),
      genders: fc.subarray(['female', 'male']),
      languages: fc.subarray(['fi', 'sv', 'en']),
      include: fc.array(fc.array(term, { minLength: 1, maxLength: 3 }), { maxLength: 3 }),
      exclude: fc.array(term, { maxLength: 2 }),
      ...(depth > 0 ? { parent: audience(depth - 1) } : {}),
    },
    { requiredKeys: ['name', 'geo'] },
  ) as fc.Arbitrary<Json>

/** Valid-looking compile request bodies: an audience (maybe with a parent) and maybe a channel list. */
export const compileBodyArbitrary: fc.Arbitrary<Json> = fc.record(
  { audience: audience(1), channels: fc.subarray([...CHANNEL_IDS], { minLength: 1 }) },
  { requiredKeys: ['audience'] },
) as fc.Arbitrary<Json>

const junk: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(null, true, 0, -1, 1e308, -0.5, '', 'x', [], {}, [[[]]], { '': '' }),
  fc.jsonValue({ maxDepth: 4 }) as fc.Arbitrary<Json>,
  fc.constantFrom('x'.repeat(100_000), 'ä'.repeat(50_000), '\u0000\ud800', '<script>alert(1)</script>'),
)

export type Mutation =
  | { kind: 'delete'; pick: number }
  | { kind: 'replace'; pick: number; value: Json }
  | { kind: 'addKey'; pick: number; key: string; value: Json }

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('replace' as const), pick: fc.nat(), value: junk }),
  fc.record({
    kind: fc.constant('addKey' as const),
    pick: fc.nat(),
    key: fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'parent'), fc.string()),
    value: junk,
  }),
)

function containers(node: Json, found: Container[] = []): Container[] {
  if (typeof node !== 'object' || node === null) return found
  found.push(node)
  for (const child of Object.values(node)) containers(child, found)
  return found
}

// defineProperty, not assignment: `o['__proto__'] = x` would set the prototype instead of adding a key to send.
const setKey = (target: Container, key: string, value: Json) =>
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })

function apply(body: Json, m: Mutation): void {
  const all = containers(body)
  const target = all[m.pick % all.length]!
  const keys = Object.keys(target)
  const key = keys[m.pick % Math.max(keys.length, 1)]
  // A copy: junk comes from shared constants, which a later mutation would otherwise edit (or nest into itself).
  if (m.kind === 'addKey') setKey(target, Array.isArray(target) ? String(keys.length) : m.key, structuredClone(m.value))
  else if (key === undefined) return
  else if (m.kind === 'replace') setKey(target, key, structuredClone(m.value))
  else if (Array.isArray(target)) target.splice(Number(key), 1)
  else delete target[key]
}

/** Any valid body damaged by one to four mutations: deleted fields, wrong types, huge strings, __proto__ keys, junk. */
export const mutatedArbitrary = (bodies: fc.Arbitrary<Json>): fc.Arbitrary<string> =>
  fc.tuple(bodies, fc.array(mutation, { minLength: 1, maxLength: 4 })).map(([body, mutations]) => {
    const copy = structuredClone(body)
    for (const m of mutations) apply(copy, m)
    return JSON.stringify(copy)
  })

/** A valid compile body damaged by one to four mutations. */
export const mutatedBodyArbitrary: fc.Arbitrary<string> = mutatedArbitrary(compileBodyArbitrary)
