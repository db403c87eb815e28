import { TEMPLATES } from '../../../audiences/index.js'
import { api } from '../../store/support/server-process.js'

const template = TEMPLATES.find((t) => t.id === 'small-cottage-buyers')!.audience

export type Kind = 'audiences' | 'plans'
/** A write the server answered 2xx: this version of this object must hold exactly this name and description. */
export type Acknowledged = { kind: Kind; id: string; version: number; name: string; description: string }
export type SoakCounts = {
  acknowledged: number
  creates: number
  updates: number
  conflicts: number
  reads: number
  lists: number
  staleReads: string[]
  unanswered: number
  unexpected: string[]
}

/** Where the server is now: a restart listens on another port, and the clients follow it. */
export type Target = { url: string; token: string; clientId: string }

const audienceBody = (name: string, description: string) => ({ ...template, name, description })
const planBody = (name: string, description: string, audienceId: string, budget: number) => ({
  name,
  lines: [{ audienceId, channel: 'facebook', budget, startDate: '2026-01-01', endDate: '2026-01-31' }],
  scenarios: [{ name: description, lines: [{ audienceId, channel: 'linkedin', budget: budget + 1 }] }],
})

/**
 * One client: mixed creates, updates, reads and lists of audiences and plans until `until()`, through a server that
 * may vanish (a refused connection waits and tries again at the current target). Every 2xx write is recorded.
 */
export async function soakClient(
  n: number,
  target: () => Target,
  until: () => boolean,
  acknowledged: Acknowledged[],
  counts: SoakCounts,
) {
  const mine: { kind: Kind; id: string; version: number; audienceId?: string }[] = []
  const latest = new Map<string, number>()
  let i = 0
  while (!until()) {
    const { url, token, clientId } = target()
    const step = i++
    const name = `soak ${n}.${step} ä'"`
    const description = `client ${n}, step ${step}: ✓ ${'x'.repeat(step % 50)}`
    const audiences = mine.filter((m) => m.kind === 'audiences')
    const pick = mine[(step * 7919) % Math.max(mine.length, 1)]
    try {
      if (step % 5 === 0 || !pick) {
        const kind: Kind = audiences.length > 0 && step % 2 === 1 ? 'plans' : 'audiences'
        const audienceId = audiences[step % Math.max(audiences.length, 1)]?.id
        const body =
          kind === 'audiences'
            ? { clientId, audience: audienceBody(name, description) }
            : { clientId, ...planBody(name, description, audienceId!, 100 + step) }
        const created = await api(url, token, 'POST', `/api/v1/${kind}`, body)
        if (created.status === 201) {
          const id = String(created.body!.id)
          mine.push({ kind, id, version: 1, ...(audienceId ? { audienceId } : {}) })
          acknowledged.push({ kind, id, version: 1, name, description })
          latest.set(id, 1)
          counts.creates += 1
        } else counts.unexpected.push(`POST ${kind} ${created.status}`)
      } else if (step % 5 <= 2) {
        const body =
          pick.kind === 'audiences'
            ? { version: pick.version, audience: audienceBody(name, description) }
            : { version: pick.version, ...planBody(name, description, pick.audienceId!, 100 + step) }
        const put = await api(url, token, 'PUT', `/api/v1/${pick.kind}/${pick.id}`, body)
        if (put.status === 200) {
          pick.version = Number(put.body!.version)
          acknowledged.push({ kind: pick.kind, id: pick.id, version: pick.version, name, description })
          latest.set(pick.id, pick.version)
          counts.updates += 1
        } else if (put.status === 409) {
          // A write whose answer the kill swallowed may have landed: carry on from the version that is current.
          const current = (put.body!.error as { current?: { version?: number } }).current
          pick.version = Number(current?.version ?? pick.version)
          counts.conflicts += 1
        } else counts.unexpected.push(`PUT ${pick.kind} ${put.status}`)
      } else if (step % 5 === 3) {
        const read = await api(url, token, 'GET', `/api/v1/${pick.kind}/${pick.id}`)
        counts.reads += 1
        if (read.status !== 200) counts.unexpected.push(`GET ${pick.kind} ${read.status}`)
        else if (Number(read.body!.version) < (latest.get(pick.id) ?? 0))
          counts.staleReads.push(`${pick.kind}/${pick.id}: read ${String(read.body!.version)}`)
      } else {
        const list = await api(url, token, 'GET', `/api/v1/${pick.kind}?limit=20`)
        counts.lists += 1
        if (list.status !== 200) counts.unexpected.push(`GET list ${pick.kind} ${list.status}`)
      }
    } catch {
      // The server is down (killed, restarting): this write was never acknowledged.
      counts.unanswered += 1
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }
  counts.acknowledged = acknowledged.length
}

type Version = {
  version: number
  name?: string
  audience?: { name: string; description?: string }
  scenarios?: { name: string }[]
}

/** Every version of one object, following the pages. */
export async function versionsOf(url: string, token: string, kind: Kind, id: string): Promise<Map<number, Version>> {
  const versions = new Map<number, Version>()
  let cursor: string | null = null
  do {
    const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''
    const page = await api(url, token, 'GET', `/api/v1/${kind}/${id}/versions?limit=200${query}`)
    if (page.status !== 200) throw new Error(`versions of ${kind}/${id}: ${page.status}`)
    for (const v of page.body!.items as Version[]) versions.set(v.version, v)
    cursor = page.body!.nextCursor as string | null
  } while (cursor)
  return versions
}

/** What a stored version says its name and description are (a plan keeps the description as its scenario's name). */
export const contentOf = (kind: Kind, v: Version) =>
  kind === 'audiences'
    ? { name: v.audience?.name, description: v.audience?.description }
    : { name: v.name, description: v.scenarios?.[0]?.name }
