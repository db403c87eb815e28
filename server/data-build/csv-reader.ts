import { readFileSync } from 'node:fs'

export function readLines(path: string, skip = 0): string[] {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '')
  return text
    .split(/\r?\n/)
    .slice(skip)
    .filter((line) => line.trim() !== '')
}

// Splits one line on the delimiter; "quoted" cells may hold the delimiter and "" for a quote.
export function splitCsvLine(line: string, delimiter: string): string[] {
  const cells: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    const char = line[i]
    if (quoted && char === '"' && line[i + 1] === '"') {
      cell += '"'
      i++
    } else if (char === '"') {
      quoted = !quoted
    } else if (char === delimiter && !quoted) {
      cells.push(cell)
      cell = ''
    } else {
      cell += char
    }
  }
  cells.push(cell)
  return cells.map(fixMojibake)
}

/** Rows as records keyed by the header line (the first line after `skip`). */
export function readCsvRecords(path: string, delimiter: string, skip = 0): Record<string, string>[] {
  const [header, ...rows] = readLines(path, skip).map((line) => splitCsvLine(line, delimiter))
  if (!header) throw new Error(`${path} has no header`)
  return rows.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ''])))
}

// UTF-8 text once decoded as Latin-1 ("YlÃ¤-Savo"): encode back to bytes and decode as UTF-8.
export function fixMojibake(text: string): string {
  if (!/[\u00C2\u00C3][\u0080-\u00BF]/.test(text) || /[^\t\u0020-\u00FF]/.test(text)) return text
  return Buffer.from(text, 'latin1').toString('utf8')
}
