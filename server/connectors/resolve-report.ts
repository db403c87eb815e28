import { PLATFORM_NAMES } from './platform-error.js'
import {
  ResolveAbortedError,
  resolveIdentifiers,
  type ResolveItem,
  type ResolveOptions,
  type ResolveResult,
} from './resolve-identifiers.js'

export type ResolveReport = { text: string; exitCode: 0 | 1; written: number }

const label = (i: ResolveItem) => `${i.key} → ${PLATFORM_NAMES[i.platform]} ${i.target}`
const named = (c: { id: string; name: string; detail?: string }) =>
  `${c.id} "${c.name}"${c.detail ? ` (${c.detail})` : ''}`

const SECTIONS: { status: ResolveItem['status']; title: string; line: (i: ResolveItem) => string }[] = [
  {
    status: 'resolved',
    title: 'Stored (used by the next compile)',
    line: (i) => (i.status === 'resolved' ? `${named(i.candidate)}, ${i.mapping.source}, ${i.mapping.confirmed}` : ''),
  },
  {
    status: 'conflict',
    title: 'Conflicts: the platform now answers differently; the stored identifier was kept',
    line: (i) =>
      i.status === 'conflict'
        ? `stored ${i.existing.id} (${i.existing.source}), platform says ${named(i.candidate)}`
        : '',
  },
  {
    status: 'not_deliverable',
    title: 'Found but not deliverable (not stored)',
    line: (i) => (i.status === 'not_deliverable' ? `${named(i.candidate)}: ${i.deliveryStatus}` : ''),
  },
  {
    status: 'ambiguous',
    title: 'No single exact match: pick one by hand',
    line: (i) => (i.status === 'ambiguous' ? i.candidates.map(named).join('; ') : ''),
  },
  { status: 'not_found', title: 'Not found', line: (i) => `searched "${i.query}"` },
  {
    status: 'manual',
    title: 'Needs a person (not a lookup)',
    line: (i) => (i.status === 'manual' ? i.instruction : ''),
  },
]

/** The report of a finished run: what was stored and with which source, and what still needs a person. */
export function formatResolveResult(result: ResolveResult, dryRun = false): string {
  const lines = [
    `Live lookup on ${result.date}${dryRun ? ' (dry run: nothing stored)' : ''}: ${result.overrides.length} identifiers ${result.written ? 'stored' : 'to store'}.`,
  ]
  for (const section of SECTIONS) {
    const items = result.items.filter((i) => i.status === section.status)
    if (items.length === 0) continue
    lines.push('', `${section.title} (${items.length}):`, ...items.map((i) => `  ${label(i)}: ${section.line(i)}`))
  }
  const off = [...new Set(result.items.filter((i) => i.status === 'platform_off').map((i) => i.platform))]
  const kept = result.items.filter((i) => i.status === 'kept' || i.status === 'unchanged').length
  if (kept > 0) lines.push('', `${kept} identifiers already stored were kept.`)
  if (off.length > 0)
    lines.push(
      '',
      `Not connected: ${off.map((p) => PLATFORM_NAMES[p]).join(', ')}; set their credentials to look those up.`,
    )
  if (result.remaining > 0) lines.push('', `${result.remaining} lookups left for the next run (limit reached).`)
  return `${lines.join('\n')}\n`
}

// Text for `kohde resolve`: what was stored and with which source, and what still needs a person.
export async function resolveCommandReport(options: ResolveOptions): Promise<ResolveReport> {
  try {
    const result = await resolveIdentifiers(options)
    const written = result.written ? result.overrides.length : 0
    return { text: formatResolveResult(result, options.dryRun), exitCode: 0, written }
  } catch (error) {
    if (!(error instanceof ResolveAbortedError)) throw error
    return { text: `${error.message}\n`, exitCode: 1, written: 0 }
  }
}
