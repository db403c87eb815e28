import type { ChannelId, CompileResult } from '../../audiences/index.js'
import { formatPath } from './cli-command.js'

type Row = readonly string[]

function table(header: Row, rows: readonly Row[]): string[] {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)))
  const line = (row: Row) =>
    row
      .map((cell, c) => (c === row.length - 1 ? cell : cell.padEnd(widths[c] ?? 0)))
      .join('  ')
      .trimEnd()
  return [header, ...rows].map((row) => `  ${line(row)}`)
}

/** One channel's compile result as plain text: the fidelity table, the policy findings, then the spec as JSON. */
export function formatChannelReport(channel: ChannelId, result: CompileResult<unknown>): string {
  const fidelity = table(
    ['STATUS', 'CRITERION', 'MESSAGE'],
    result.fidelity.items.map((i) => [i.status, i.criterion, i.message]),
  )
  const policy =
    result.policy.length === 0
      ? ['  (none)']
      : table(
          ['SEVERITY', 'CODE', 'WHERE', 'MESSAGE'],
          result.policy.map((p) => [p.severity, p.code, p.path ? formatPath(p.path) : '', p.message]),
        )
  return [
    `== ${channel} — fidelity: ${result.fidelity.level}`,
    ...fidelity,
    '',
    'Policy findings:',
    ...policy,
    '',
    'Spec:',
    JSON.stringify(result.spec, null, 2),
    '',
  ].join('\n')
}
