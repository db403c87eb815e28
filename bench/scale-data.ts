// The agencies bench/scale.ts generates: clients, users, audiences (sub-segments, versions, tags), plans (lines,
// versions, statuses, comments, share links) and the audit rows their changes leave, drawn from a seeded random
// stream so every run builds the same store. Plan estimates are real (estimateSegmentedPlan on the templates).
import { createHash } from 'node:crypto'
import { TEMPLATES, type Audience, type ChannelId, type PlanEstimate } from '../audiences/index.js'
import { DEFAULT_TAXONOMY } from '../audiences/index.js'
import { estimateLines } from '../server/routes/plan-estimate.js'
import { searchableName } from '../server/store/audience-records.js'
import { newId } from '../server/store/store-ids.js'
import type { Row, TableName } from './bulk-insert.js'

export type ScaleShape = { agencies: number; audiences: number; plans: number; clients: number }
export const SCALE_SHAPE: ScaleShape = { agencies: 50, audiences: 2_000, plans: 500, clients: 20 }

// Mulberry32: small, fast and good enough to spread bench data; seeded, so the store is the same every run.
export function randomStream(seed: number) {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!
  // Versions and comments: most objects have few, some many (geometric, mean about 1 + mean).
  const count = (mean: number, max: number) => Math.min(max, Math.floor(-Math.log(1 - next()) * mean))
  return { next, int, pick, count }
}
type Random = ReturnType<typeof randomStream>

const COMPANIES = ['Talotehdas', 'Mökkimaailma', 'Kotiruoka', 'Lemmikkitarvike', 'Ohjelmistotalo', 'Huvilarakenne']
const COMPANY_TAILS = ['Oy', 'Ab', 'Oyj', 'Group Oy', 'Finland Oy']
const PLACES: { label: string; geo: Audience['geo']['include'] }[] = [
  { label: 'koko Suomi', geo: [{ country: 'FI' }] },
  { label: 'Uusimaa', geo: [{ region: 'FI-18' }] },
  { label: 'Pirkanmaa', geo: [{ region: 'FI-11' }] },
  { label: 'Varsinais-Suomi', geo: [{ region: 'FI-19' }] },
  { label: 'Pohjois-Pohjanmaa', geo: [{ region: 'FI-14' }] },
  { label: 'pääkaupunkiseutu', geo: ['091', '049', '092'].map((m) => ({ municipality: m, country: 'FI' })) },
  { label: 'Tampere ja Turku', geo: ['837', '853'].map((m) => ({ municipality: m, country: 'FI' })) },
]
const SEASONS = ['kevät', 'kesä', 'syksy', 'talvi']
const EXTRA_TAGS = ['kampanja', 'retargeting', 'b2b', 'kuluttaja', 'testi', 'brändi']
const CHANNELS: ChannelId[] = ['facebook', 'instagram', 'linkedin', 'google']
const COMMENTS = ['Näyttää hyvältä.', 'Voisiko LinkedInin osuutta pienentää?', 'Hyväksytään ensi viikolla.']

/** What the bench measures in the first agency: its staff user, a typical audience and plan, a search and a tag. */
export type ScaleTargets = {
  staffEmail: string
  audienceId: string
  planId: string
  searchTerm: string
  tag: string
  // The nextCursor of the API's audience list after this many items: paging deep into the list.
  deepOffset: number
}

type Tables = Partial<Record<TableName, Row[]>>
type StoredDef = { id: string; parentId: string | null; versions: number; depth: number }

// A real estimate per line shape (channels, budgets, segments), made once on the templates: the plan stores what an
// estimate of this shape looks like, byte for byte; the sizes are the templates', not each plan's audiences'.
const estimateCache = new Map<string, PlanEstimate>()
function estimateOf(lines: { segment: number; channel: ChannelId; budget: number }[]) {
  const key = JSON.stringify(lines)
  const cached = estimateCache.get(key)
  if (cached) return cached
  const audiences = new Map(TEMPLATES.map((t, i) => [String(i), t.audience]))
  const planLines = lines.map((l) => ({ audienceId: String(l.segment), channel: l.channel, budget: l.budget }))
  const estimate = estimateLines(planLines, undefined, audiences, DEFAULT_TAXONOMY, [])
  estimateCache.set(key, estimate)
  return estimate
}

const agencyOf = (random: Random, index: number, clock: () => string) => {
  const stamp = clock()
  const agency = { id: newId(Date.parse(stamp)), name: `Mainostoimisto ${index + 1} Oy`, created_at: stamp }
  const domain = `agency-${String(index + 1).padStart(2, '0')}.scale.kohde.test`
  return { agency, domain, random }
}

/**
 * One agency's rows by table, in an order the foreign keys accept. `clock` gives ever later ISO timestamps (ids are
 * time-ordered UUIDs made from them, so "newest first" means what it says).
 */
export function agencyRows(
  index: number,
  shape: ScaleShape,
  clock: () => string,
): { rows: Tables; targets: ScaleTargets } {
  const random = randomStream(1_000 + index)
  const { agency, domain } = agencyOf(random, index, clock)
  const rows: Required<Pick<Tables, 'agencies' | 'clients' | 'users' | 'audiences' | 'audience_versions'>> & Tables = {
    agencies: [agency],
    clients: [],
    users: [],
    audiences: [],
    audience_versions: [],
  }
  const push = (table: TableName, row: Row) => (rows[table] ??= []).push(row)
  const audit = (actor: Row, action: string, type: string, objectId: string, at: string, version: number | null) =>
    push('audit_log', {
      id: newId(Date.parse(at)),
      agency_id: agency.id,
      actor_id: actor['id']!,
      actor_email: actor['email']!,
      action,
      object_type: type,
      object_id: objectId,
      version,
      at,
    })

  for (let c = 0; c < shape.clients; c++) {
    const at = clock()
    const name = `${COMPANIES[c % COMPANIES.length]} ${Math.floor(c / COMPANIES.length) + 1} ${random.pick(COMPANY_TAILS)}`
    rows.clients.push({
      id: newId(Date.parse(at)),
      agency_id: agency.id,
      name,
      created_at: at,
      updated_at: at,
      deleted_at: null,
    })
  }
  const user = (role: string, n: number, clientId: string | null = null) => {
    const at = clock()
    const row = {
      id: newId(Date.parse(at)),
      agency_id: agency.id,
      email: `${role}${n}@${domain}`,
      password_hash: 'scrypt$unusable',
      role,
      client_id: clientId,
      locale: null,
      created_at: at,
      updated_at: at,
    }
    rows.users.push(row)
    return row
  }
  const writers = [user('admin', 1), ...[1, 2, 3].map((n) => user('staff', n))]
  for (const n of [1, 2, 3, 4]) user('planner', n)
  for (const n of [1, 2]) user('client', n, rows.clients[n - 1]!['id'] as string)

  const stored: StoredDef[] = []
  const clientOf = new Map<string, string>()
  const byClient = new Map<string, StoredDef[]>()
  for (let a = 0; a < shape.audiences; a++) {
    const client = rows.clients[Math.floor(random.next() ** 1.5 * shape.clients)]!['id'] as string
    const siblings = byClient.get(client) ?? []
    const candidate = siblings.length > 3 && random.next() < 0.2 ? random.pick(siblings) : null
    const parent = candidate && candidate.depth < 3 ? candidate : null
    const template = random.pick(TEMPLATES)
    const place = random.pick(PLACES)
    const name = `${template.audience.name}: ${place.label}, ${random.pick(SEASONS)} ${random.int(2024, 2026)}`
    const versions = 1 + random.count(1.3, 11)
    const author = random.pick(writers)
    const created = clock()
    const id = newId(Date.parse(created))
    let audience: Audience = template.audience
    for (let v = 1; v <= versions; v++) {
      const at = v === 1 ? created : clock()
      const minAge = random.int(18, 45)
      const tags = [...template.audience.tags.slice(0, 2), ...(random.next() < 0.5 ? [random.pick(EXTRA_TAGS)] : [])]
      audience = { ...template.audience, name, tags, geo: { ...template.audience.geo, include: place.geo } }
      if (template.audience.age)
        audience = { ...audience, age: { min: minAge, max: Math.min(65, minAge + random.int(10, 30)) } }
      const editor = v === 1 ? author : random.pick(writers)
      rows.audience_versions.push({
        audience_id: id,
        version: v,
        parent_id: parent?.id ?? null,
        definition: JSON.stringify(audience),
        author_id: editor['id'] as string,
        created_at: at,
      })
      audit(editor, v === 1 ? 'create' : 'update', 'audience', id, at, v)
    }
    const last = rows.audience_versions.at(-1)!
    rows.audiences.push({
      id,
      agency_id: agency.id,
      client_id: client,
      parent_id: parent?.id ?? null,
      name,
      search_name: searchableName(name),
      version: versions,
      created_by: author['id'] as string,
      created_at: created,
      updated_by: last['author_id'] as string,
      updated_at: last['created_at'] as string,
      // A few are deleted (kept in the database, out of every list), as in a store in use.
      deleted_at: random.next() < 0.02 ? clock() : null,
    })
    for (const tag of new Set(audience.tags)) push('audience_tags', { audience_id: id, tag })
    const def = { id, parentId: parent?.id ?? null, versions, depth: parent ? parent.depth + 1 : 0 }
    stored.push(def)
    clientOf.set(id, client)
    if (rows.audiences.at(-1)!['deleted_at'] === null) byClient.set(client, [...siblings, def])
  }

  let typicalPlan = ''
  for (let p = 0; p < shape.plans; p++) {
    const clientRow = random.pick(rows.clients.filter((c) => (byClient.get(c['id'] as string)?.length ?? 0) > 0))
    const clientId = clientRow['id'] as string
    const audiences = byClient.get(clientId)!
    const lineCount = random.int(1, 6)
    const segments = Array.from({ length: Math.min(3, lineCount) }, () => random.pick(audiences))
    const shapeLines = Array.from({ length: lineCount }, (_, i) => ({
      segment: i % segments.length,
      channel: CHANNELS[(i + p) % CHANNELS.length]!,
      budget: random.pick([500, 1000, 1500, 2500, 5000]),
    }))
    const estimate = estimateOf(shapeLines)
    const lines = shapeLines.map((l) => ({ audienceId: segments[l.segment]!.id, channel: l.channel, budget: l.budget }))
    const content = JSON.stringify({ lines, scenarios: [] })
    const name = `${clientRow['name'] as string}: ${random.pick(SEASONS)}kampanja ${random.int(2024, 2026)}`
    const versions = 1 + random.count(1, 7)
    const author = random.pick(writers)
    const created = clock()
    const id = newId(Date.parse(created))
    let updated = created
    let status = 'draft'
    for (let v = 1; v <= versions; v++) {
      const at = v === 1 ? created : clock()
      updated = at
      status =
        v < versions
          ? random.pick(['draft', 'shared', 'approved'])
          : random.pick(['draft', 'draft', 'shared', 'approved'])
      push('plan_versions', {
        plan_id: id,
        version: v,
        status,
        name,
        content,
        estimate: JSON.stringify({ plan: estimate, scenarios: [] }),
        author_id: author['id'] as string,
        created_at: at,
        shared_at: status === 'draft' ? null : at,
        approved_by:
          status === 'approved'
            ? ((rows.users.find((u) => u['client_id'] === clientId)?.['id'] as string) ?? (author['id'] as string))
            : null,
        approved_at: status === 'approved' ? at : null,
      })
      audit(author, v === 1 ? 'create' : 'update', 'plan', id, at, v)
    }
    push('plans', {
      id,
      agency_id: agency.id,
      client_id: clientId,
      name,
      version: versions,
      created_by: author['id'] as string,
      created_at: created,
      updated_by: author['id'] as string,
      updated_at: updated,
      deleted_at: null,
    })
    if (status !== 'draft') {
      const at = clock()
      const expires = new Date(Date.parse(at) + 365 * 86_400_000 * 3).toISOString()
      const token = createHash('sha256').update(`${id}-share`).digest('hex')
      push('share_links', {
        id: newId(Date.parse(at)),
        token_hash: token,
        plan_id: id,
        created_by: author['id'] as string,
        created_at: at,
        expires_at: expires,
        revoked_at: null,
      })
    }
    for (let c = random.count(1.2, 10); c > 0; c--) {
      const at = clock()
      const commenter = random.pick(writers)
      push('plan_comments', {
        id: newId(Date.parse(at)),
        plan_id: id,
        version: versions,
        author_id: commenter['id'] as string,
        author_email: commenter['email'] as string,
        body: random.pick(COMMENTS),
        internal: random.next() < 0.3 ? 1 : 0,
        created_at: at,
      })
    }
    if (!typicalPlan && lineCount >= 4 && segments.length === 3 && versions >= 2) typicalPlan = id
  }

  // A sub-segment of a sub-segment with a few versions: the audience page's parents, history and names all count.
  const live = stored.filter((s) => byClient.get(clientOf.get(s.id)!)?.includes(s))
  const typical = live.find((s) => s.versions >= 3 && s.depth >= 2) ?? live.find((s) => s.parentId) ?? live[0]!
  return {
    rows,
    targets: {
      staffEmail: `staff1@${domain}`,
      audienceId: typical.id,
      planId: typicalPlan || (rows.plans?.[0]?.['id'] as string),
      searchTerm: 'mökin',
      tag: 'huvila',
      deepOffset: Math.floor(shape.audiences * 0.9),
    },
  }
}
