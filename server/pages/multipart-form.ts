// A multipart/form-data body (RFC 7578) read from a buffer express.raw has already size-limited: the few fields and
// the one file of an upload form (the agency logo). Anything malformed is a 400 request_invalid, never a 500.
import { HttpError } from '../http/http-errors.js'

export type UploadedFile = { bytes: Buffer; fileName: string; contentType: string }
export type MultipartForm = { fields: Record<string, string>; files: Record<string, UploadedFile> }

const MAX_PARTS = 10
const bad = (why: string) =>
  new HttpError('request_invalid', `the form upload is malformed: ${why}`, [
    { path: [], message: why, code: 'multipart_invalid' },
  ])

function boundaryOf(contentType: string | undefined): string {
  const match = /;\s*boundary=(?:"([^"]{1,70})"|([^\s;]{1,70}))/i.exec(contentType ?? '')
  const boundary = match?.[1] ?? match?.[2]
  if (!boundary) throw bad('no boundary')
  return boundary
}

function headerValue(headers: string, name: string): string | null {
  const line = headers.split('\r\n').find((l) => l.toLowerCase().startsWith(`${name}:`))
  return line ? line.slice(name.length + 1).trim() : null
}

/** The fields and files of a multipart body; a part without a name is ignored. */
export function parseMultipart(body: unknown, contentType: string | undefined): MultipartForm {
  if (!Buffer.isBuffer(body)) throw bad('no body')
  const delimiter = Buffer.from(`--${boundaryOf(contentType)}`)
  const form: MultipartForm = { fields: {}, files: {} }
  let at = body.indexOf(delimiter)
  if (at < 0) throw bad('no part')
  for (let parts = 0; ; parts++) {
    const start = at + delimiter.length
    if (body.subarray(start, start + 2).toString('latin1') === '--') return form // the closing delimiter
    if (parts >= MAX_PARTS) throw bad('too many parts')
    const next = body.indexOf(delimiter, start)
    if (next < 0) throw bad('no closing boundary')
    const part = body.subarray(start + 2, next - 2) // after the delimiter's CRLF, before the next one's CRLF
    const split = part.indexOf('\r\n\r\n')
    if (split < 0) throw bad('a part has no headers')
    const headers = part.subarray(0, split).toString('utf8')
    const content = part.subarray(split + 4)
    const disposition = headerValue(headers, 'content-disposition') ?? ''
    const name = /\bname="([^"]{1,100})"/.exec(disposition)?.[1]
    const fileName = /\bfilename="([^"]{0,255})"/.exec(disposition)?.[1]
    if (name !== undefined && fileName !== undefined)
      form.files[name] = {
        bytes: Buffer.from(content),
        fileName,
        contentType: headerValue(headers, 'content-type') ?? 'application/octet-stream',
      }
    else if (name !== undefined) form.fields[name] = content.toString('utf8')
    at = next
  }
}
