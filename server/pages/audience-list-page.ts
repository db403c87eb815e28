import { z } from 'zod'
import { CHANNEL_IDS, ChannelIdSchema, type ChannelId, type FidelityLevel } from '../../audiences/index.js'
import { HttpError } from '../http/http-errors.js'
import { translate } from '../i18n/translate.js'
import { MAX_PAGE_SIZE, pageOf } from '../http/list-paging.js'
import {
  FIDELITY_FILTERS,
  toAudienceList,
  type AudienceFilters,
  type AudienceListRow,
} from '../presenters/audience-list-presenter.js'
import { callerOf, IdSchema, StorableTextSchema } from '../routes/stored-objects.js'
import type { StoredAudience } from '../store/audience-records.js'
import type { Store } from '../store/store.js'
import type { Scope } from '../store/store-types.js'
import { atLeast, taxonomyFor } from './audience-page-data.js'
import { cachedGrades } from './channel-outlook.js'
import { fidelityLevels, worstOf } from './fidelity-levels.js'
import { definePage } from './page-table.js'

const PAGE_SIZE = 25
// A fidelity filter reads the newest audiences that match the other filters and compiles each here; this many keeps
// the page quick. The name search, the client and the tag are SQL.
export const SCAN_LIMIT = 1000

const orAny = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === undefined ? '' : v), z.union([z.literal(''), schema]))

const ListQuerySchema = z.object({
  q: orAny(StorableTextSchema.pipe(z.string().max(200))).transform((q) => q.trim()),
  clientId: orAny(IdSchema),
  tag: orAny(StorableTextSchema.pipe(z.string().max(50))).transform((tag) => tag.trim()),
  channel: orAny(ChannelIdSchema),
  fidelity: orAny(z.enum(FIDELITY_FILTERS)),
  cursor: z.string().max(200).optional(),
})

function parseQuery(query: Record<string, unknown>) {
  const parsed = ListQuerySchema.safeParse(query)
  if (!parsed.success)
    throw new HttpError(
      'request_invalid',
      'the filters are not valid',
      parsed.error.issues.map((i) => ({ path: i.path as (string | number)[], message: i.message, code: i.code })),
    )
  const { cursor, ...filters } = parsed.data
  return { filters: filters as AudienceFilters, cursor }
}

async function scanAll(store: Store, scope: Scope, filters: AudienceFilters) {
  const found: StoredAudience[] = []
  let cursor: string | undefined
  const sqlFilters = {
    clientId: filters.clientId || undefined,
    tag: filters.tag || undefined,
    q: filters.q || undefined,
  }
  do {
    const page = await store.audiences.list(scope, { ...sqlFilters, limit: MAX_PAGE_SIZE, cursor, newestFirst: true })
    found.push(...page.items)
    cursor = page.nextCursor ?? undefined
  } while (cursor !== undefined && found.length < SCAN_LIMIT)
  return { items: found.slice(0, SCAN_LIMIT), limited: cursor !== undefined || found.length > SCAN_LIMIT }
}

export const AUDIENCE_LIST_PAGE = definePage({
  method: 'get',
  path: '/audiences',
  auth: ['admin', 'staff', 'planner'],
  async handle(input, deps) {
    const { store } = deps
    const { scope, role } = callerOf(input)
    const { filters, cursor } = parseQuery(input.query)
    const taxonomy = await taxonomyFor(deps, scope.agencyId)
    const channels: readonly ChannelId[] = filters.channel === '' ? CHANNEL_IDS : [filters.channel]
    // Each shown audience with its parents (read for all rows at once) and its fidelity levels (compiled once).
    const judge = async (rows: readonly StoredAudience[]) => {
      const resolved = await store.audiences.resolvedMany(
        scope,
        rows.map((r) => r.id),
        rows,
      )
      return rows.map((stored) => {
        // A chain that broke since the list was read: the audience alone, as the audience page shows it.
        const one = resolved.get(stored.id) ?? {
          stored,
          audience: stored.audience,
          lineage: `${stored.id}@${stored.version}!`,
        }
        const levels = fidelityLevels(one, taxonomy)
        return { stored, levels, worst: worstOf(levels, channels), resolved: one }
      })
    }

    let page: { items: Awaited<ReturnType<typeof judge>>; nextCursor: string | null }
    let limited = false
    if (filters.fidelity === '') {
      const stored = await store.audiences.list(scope, {
        clientId: filters.clientId || undefined,
        tag: filters.tag || undefined,
        q: filters.q || undefined,
        limit: PAGE_SIZE,
        cursor,
        newestFirst: true,
      })
      page = { items: await judge(stored.items), nextCursor: stored.nextCursor }
    } else {
      // Fidelity is known only by compiling: the newest matches are judged here, at most SCAN_LIMIT of them.
      const scan = await scanAll(store, scope, filters)
      limited = scan.limited
      const floor = filters.fidelity
      const fits = (worst: FidelityLevel) => (floor === 'exact' ? worst === 'exact' : atLeast(worst, floor))
      const judged = await judge(scan.items)
      page = pageOf(
        judged.filter((j) => fits(j.worst)),
        { limit: PAGE_SIZE, cursor },
      )
    }

    const clients = (await store.clients.list(scope, { limit: MAX_PAGE_SIZE })).items
    const clientNames = new Map(clients.map((c) => [c.id, c.name]))
    const rows: AudienceListRow[] = page.items.map(({ stored, levels, resolved }) => ({
      stored,
      clientName: clientNames.get(stored.clientId) ?? '',
      grades: levels === null ? null : cachedGrades(resolved, taxonomy),
    }))
    return {
      view: 'audience-list',
      title: translate(input.locale, 'audience.list.title'),
      model: toAudienceList({
        filters,
        clients,
        rows,
        nextCursor: page.nextCursor,
        isFirstPage: cursor === undefined,
        scanLimit: limited ? SCAN_LIMIT : null,
        canCreate: role === 'admin' || role === 'staff',
        locale: input.locale,
      }),
    }
  },
})
