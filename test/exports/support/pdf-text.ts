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

/** The text lines of an uncompressed PDF, in drawing order. */
export function pdfTextLines(pdf: Buffer): string[] {
  const source = pdf.toString('latin1')
  return [...source.matchAll(/\[([^\]]*)\]\s*TJ/g)].map((m) =>
    [...m[1]!.matchAll(/<([0-9a-fA-F]*)>/g)].flatMap((h) => decodeHex(h[1]!)).join(''),
  )
}

/** The PDF with every Flate stream inflated, so pdfTextLines reads production (compressed) output too. */
export function inflatePdf(pdf: Buffer): Buffer {
  const parts: Buffer[] = []
  let at = 0
  for (const m of pdf.toString('latin1').matchAll(/stream\r?\n/g)) {
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
