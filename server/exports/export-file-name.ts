const MAX_STEM = 100

// Control characters, quotes, path separators and characters Windows forbids in file names.
// eslint-disable-next-line no-control-regex -- stripping control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f"'\\/:*?<>|;%]+/g

/** A file name stem safe in any header and file system: unsafe characters become spaces, capped in length. */
export function safeStem(name: string): string {
  const words = name.normalize('NFC').replace(UNSAFE, ' ').split(/\s+/)
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
