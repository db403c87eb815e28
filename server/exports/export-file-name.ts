const MAX_STEM = 100

// Invisible format characters (Cf) go without a trace: bidi overrides and isolates (U+202E shows "invoice\u202Efdp.exe"
// as "invoiceexe.pdf"), zero-width spaces and joiners, the BOM, soft hyphens.
const INVISIBLE = /\p{Cf}+/gu
// Control characters, line separators, quotes, path separators and characters Windows forbids in file names.
const UNSAFE = /[\p{Cc}\p{Zl}\p{Zp}"'\\/:*?<>|;%]+/gu

/** A file name stem safe in any header and file system: unsafe characters become spaces, capped in length. */
export function safeStem(name: string): string {
  const words = name.normalize('NFC').replace(INVISIBLE, '').replace(UNSAFE, ' ').split(/\s+/)
  const cleaned = words
    .filter((w) => !/^\.+$/.test(w))
    .join(' ')
    .trim()
    .replace(/^\.+/, '')
  return [...cleaned].slice(0, MAX_STEM).join('').trim() || 'export'
}

const asciiOf = (stem: string) =>
  stem
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '_')

// RFC 5987 attr-char: ALPHA / DIGIT / "!" / "#" / "$" / "&" / "+" / "-" / "." / "^" / "_" / "`" / "|" / "~".
const encodeRfc5987 = (value: string) =>
  encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)

export type ExportFileName = { fileName: string; contentDisposition: string }

/**
 * `attachment; filename="ASCII fallback"; filename*=UTF-8''percent-encoded` (RFC 6266 §4.3, RFC 5987), so old
 * clients get a readable ASCII name and current ones the exact UTF-8 name.
 */
export function exportFileName(name: string, extension: string): ExportFileName {
  const stem = safeStem(name)
  const fileName = `${stem}.${extension}`
  const ascii = `${asciiOf(stem)}.${extension}`
  return {
    fileName,
    contentDisposition: `attachment; filename="${ascii}"; filename*=UTF-8''${encodeRfc5987(fileName)}`,
  }
}
