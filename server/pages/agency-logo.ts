import type { LogoMediaType } from '../store/agency-repository.js'

// A logo for a page header and an A4 PDF: 100 KB is plenty for a PNG or JPEG of a few hundred pixels, and the
// page carries it inline (a data: URL), so every client page view pays for its size.
export const LOGO_MAX_BYTES = 100 * 1024
const MAX_SIDE = 4000

export type LogoProblem = 'logo_missing' | 'logo_too_large' | 'logo_type' | 'logo_damaged'
export type LogoCheck = { ok: true; mediaType: LogoMediaType } | { ok: false; problem: LogoProblem }

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

// PNG: the signature, then the IHDR chunk (length 13) with width and height in 1…MAX_SIDE (RFC 2083 §4.1.1).
function pngOk(bytes: Buffer): boolean {
  if (bytes.length < 33) return false
  if (bytes.readUInt32BE(8) !== 13 || bytes.subarray(12, 16).toString('latin1') !== 'IHDR') return false
  const width = bytes.readUInt32BE(16)
  const height = bytes.readUInt32BE(20)
  return width >= 1 && height >= 1 && width <= MAX_SIDE && height <= MAX_SIDE
}

// JPEG: starts with SOI and a marker (FF D8 FF), ends with EOI (FF D9).
const jpegOk = (bytes: Buffer) =>
  bytes.length >= 4 && bytes[bytes.length - 2] === 0xff && bytes[bytes.length - 1] === 0xd9

/**
 * Whether uploaded bytes are a logo kohde stores: the type comes from the magic bytes, never from the file name or
 * the browser's Content-Type (both are the uploader's word); a file that claims PNG but is damaged is refused too.
 */
export function checkLogo(bytes: Buffer | undefined): LogoCheck {
  if (!bytes || bytes.length === 0) return { ok: false, problem: 'logo_missing' }
  if (bytes.length > LOGO_MAX_BYTES) return { ok: false, problem: 'logo_too_large' }
  if (bytes.subarray(0, 8).equals(PNG_SIGNATURE))
    return pngOk(bytes) ? { ok: true, mediaType: 'image/png' } : { ok: false, problem: 'logo_damaged' }
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff)
    return jpegOk(bytes) ? { ok: true, mediaType: 'image/jpeg' } : { ok: false, problem: 'logo_damaged' }
  return { ok: false, problem: 'logo_type' }
}

/** The logo as an inline image for a page (CSP img-src allows data:). */
export const logoDataUrl = (logo: { mediaType: LogoMediaType; bytes: Buffer } | null) =>
  logo ? `data:${logo.mediaType};base64,${logo.bytes.toString('base64')}` : null
