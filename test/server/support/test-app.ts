import express, { type Express } from 'express'
import { pino } from 'pino'
import {
  createTaxonomy,
  type GeoEntry,
  type LanguageEntry,
  type Taxonomy,
  type TermEntry,
} from '../../../audiences/index.js'
import { createApp, type AppDeps } from '../../../server/app.js'
import { hashSecret, newSecret } from '../../../server/auth/secret-token.js'
import { openStore, type Store } from '../../../server/store/store.js'

const labels = (fi: string, sv: string, en: string) => ({ fi, sv, en })
const synonyms = (fi: string[] = [], sv: string[] = [], en: string[] = []) => ({ fi, sv, en })

const term = (
  key: string,
  facet: TermEntry['facet'],
  names: [string, string, string],
  fiSynonyms: string[] = [],
): TermEntry => ({
  key,
  facet,
  labels: labels(...names),
  synonyms: synonyms(fiSynonyms),
  channels: {},
})

const place = (entry: Partial<GeoEntry> & Pick<GeoEntry, 'key' | 'kind' | 'code' | 'labels'>): GeoEntry => ({
  country: 'FI',
  parent: null,
  synonyms: synonyms(),
  centre: null,
  radiusKm: null,
  channels: {},
  ...entry,
})

const language = (code: string, names: [string, string, string]): LanguageEntry => ({
  key: `language.${code}`,
  code,
  labels: labels(...names),
  synonyms: synonyms(),
  channels: {},
})

/** A hand-made taxonomy: Finland and Sweden, Uusimaa, Helsinki, one postal code, a few terms, two languages. */
export const testTaxonomy: Taxonomy = createTaxonomy({
  terms: [
    term('title.ceo', 'title', ['toimitusjohtaja', 'verkställande direktör', 'Chief executive officer'], ['TJ']),
    term('title.physician', 'title', ['lääkäri', 'läkare', 'Physician']),
    term('interest.interior-design', 'interest', ['sisustussuunnittelu', 'inredningsdesign', 'Interior design']),
    term('interest.design', 'interest', ['design', 'design', 'Design']),
    term('income.top-20', 'income', ['ylin 20 %', 'översta 20 %', 'Top 20%']),
  ],
  geo: [
    place({ key: 'geo.fi', kind: 'country', code: 'FI', labels: labels('Suomi', 'Finland', 'Finland') }),
    place({ key: 'geo.se', kind: 'country', country: 'SE', code: 'SE', labels: labels('Ruotsi', 'Sverige', 'Sweden') }),
    place({
      key: 'geo.fi.uusimaa',
      kind: 'region',
      code: 'FI-18',
      parent: 'geo.fi',
      labels: labels('Uusimaa', 'Nyland', 'Uusimaa'),
    }),
    place({
      key: 'geo.fi.helsinki',
      kind: 'municipality',
      code: '091',
      parent: 'geo.fi.uusimaa',
      labels: labels('Helsinki', 'Helsingfors', 'Helsinki'),
      centre: { lat: 60.2085, lng: 24.9749 },
      radiusKm: 16,
    }),
  ],
  languages: [language('fi', ['suomi', 'finska', 'Finnish']), language('sv', ['ruotsi', 'svenska', 'Swedish'])],
  postalCodes: { '00100': [60.1714, 24.9316, '091', 1] },
})

export type TestWorld = { store: Store; token: string; agencyId: string; userId: string }

let world: Promise<TestWorld> | undefined

// One temporary (in-memory) SQLite database per test file, with an agency and a staff user holding an API token.
async function createTestWorld(): Promise<TestWorld> {
  const store = await openStore({ dataDir: ':memory:' })
  const agency = await store.agencies.create('Test agency')
  const user = await store.users.create(null, agency.id, {
    email: 'staff@test.kohde',
    passwordHash: 'scrypt$unusable',
    role: 'staff',
    clientId: null,
  })
  if (user.kind !== 'ok') throw new Error(`cannot create the test user: ${user.kind}`)
  const token = newSecret('kohde_')
  await store.credentials.createToken(user.value.id, hashSecret(token), 'test', '2999-01-01T00:00:00.000Z')
  return { store, token, agencyId: agency.id, userId: user.value.id }
}

/** The test file's database and the staff user's bearer token. */
export const testWorld = (): Promise<TestWorld> => (world ??= createTestWorld())

export type TestAppOptions = { as?: 'staff' | 'anonymous' }

/**
 * createApp over the test taxonomy and the test file's database. Requests without an Authorization header are sent
 * as the test staff user (every /api/v1 route needs a token), unless `as: 'anonymous'`.
 */
export function testApp(overrides: Partial<AppDeps> = {}, options: TestAppOptions = {}): Express {
  const wrapper = express()
  wrapper.disable('x-powered-by')
  let app: Express | undefined
  wrapper.use(async (req, res, next) => {
    try {
      const { store, token } = await testWorld()
      app ??= createApp({
        taxonomy: testTaxonomy,
        logger: pino({ level: 'silent' }),
        bodyLimit: '1mb',
        store,
        ...overrides,
      })
      if (options.as !== 'anonymous' && req.headers.authorization === undefined)
        req.headers.authorization = `Bearer ${token}`
      app(req, res, next)
    } catch (error) {
      next(error)
    }
  })
  return wrapper
}

/** A valid compile request body (Finland, 30–60, CEOs) as a client would send it, with audience overrides. */
export const aCompileBody = (audience: Record<string, unknown> = {}, rest: Record<string, unknown> = {}) => ({
  audience: {
    name: 'Luxury villa buyers',
    geo: { include: [{ country: 'FI' }] },
    age: { min: 30, max: 60 },
    include: [[{ facet: 'title', value: 'title.ceo' }]],
    ...audience,
  },
  ...rest,
})
