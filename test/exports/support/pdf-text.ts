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
