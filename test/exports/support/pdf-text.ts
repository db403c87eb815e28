import { inflateSync } from 'node:zlib'
// A minimal text extractor for uncompressed pdfkit output: pdfkit writes each line of text as one
// `[<hex> kerning <hex> …] TJ` array in the standard fonts' WinAnsi encoding.
const WIN_ANSI_HIGH: Record<number, string> = {
  0x80: '€',
  0x91: '‘',
  0x92: '’',
  0x93: '“',
  0x94: '”',
  0x95: '•',
  0x96: '–',
  0x97: '—',
}

const decodeHex = (hex: string) =>
  (hex.match(/../g) ?? []).map((pair) => {
    const code = parseInt(pair, 16)
    return WIN_ANSI_HIGH[code] ?? String.fromCharCode(code)
  })

// An embedded (TrueType) font writes 4-hex-digit glyph ids; its /ToUnicode CMap maps them back to text. pdfkit
// writes one bfrange array per 256 glyphs: <start> <end> [<unicode> <unicode> …].
function toUnicodeMaps(source: string): Map<string, Map<number, string>> {
  const objects = new Map<string, string>()
  for (const m of source.matchAll(/(\d+) 0 obj([\s\S]*?)endobj/g)) objects.set(m[1]!, m[2]!)
  const maps = new Map<string, Map<number, string>>()
  for (const m of source.matchAll(/\/(F\d+) (\d+) 0 R/g)) {
    const unicodeRef = /\/ToUnicode (\d+) 0 R/.exec(objects.get(m[2]!) ?? '')?.[1]
    if (!unicodeRef || maps.has(m[1]!)) continue
    const cmap = new Map<number, string>()
    for (const r of (objects.get(unicodeRef) ?? '').matchAll(/<([0-9a-f]{4})> <[0-9a-f]{4}> \[([^\]]*)\]/gi)) {
      const start = parseInt(r[1]!, 16)
      ;[...r[2]!.matchAll(/<([0-9a-f ]+)>/gi)].forEach((u, i) => {
        const units = u[1]!.split(' ').map((h) => parseInt(h, 16))
        cmap.set(start + i, String.fromCharCode(...units))
      })
    }
    maps.set(m[1]!, cmap)
  }
  return maps
}

/** The text lines of an uncompressed PDF, in drawing order (standard WinAnsi fonts and embedded fonts alike). */
export function pdfTextLines(pdf: Buffer): string[] {
  const source = pdf.toString('latin1')
  const maps = toUnicodeMaps(source)
  let font: Map<number, string> | undefined
  const lines: string[] = []
  for (const m of source.matchAll(/\/(F\d+) [\d.]+ Tf|\[([^\]]*)\]\s*TJ/g)) {
    if (m[1] !== undefined) {
      font = maps.get(m[1])
      continue
    }
    const hexes = [...m[2]!.matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => h[1]!)
    const cmap = font
    lines.push(
      cmap
        ? hexes.flatMap((h) => (h.match(/.{4}/g) ?? []).map((g) => cmap.get(parseInt(g, 16)) ?? '\ufffd')).join('')
        : hexes.flatMap((h) => decodeHex(h)).join(''),
    )
  }
  return lines
}

/** The PDF with every Flate stream inflated, so pdfTextLines reads production (compressed) output too. */
export function inflatePdf(pdf: Buffer): Buffer {
  const parts: Buffer[] = []
  let at = 0
  // Not the "stream" of an "endstream": that would swallow the next object and skip its stream.
  for (const m of pdf.toString('latin1').matchAll(/(?<!end)stream\r?\n/g)) {
    const start = m.index + m[0].length
    const end = pdf.indexOf('endstream', start)
    if (start < at || end < 0) continue
    parts.push(pdf.subarray(at, start))
    const raw = pdf.subarray(start, end)
    try {
      parts.push(inflateSync(raw))
    } catch {
      parts.push(raw) // not Flate (or not compressed): kept as it is
    }
    at = end
  }
  parts.push(pdf.subarray(at))
  return Buffer.concat(parts)
}
