import type { z } from 'zod'
import { STATUS_BY_CODE } from '../../../server/http/http-errors.js'
import { secretsIn } from './secret-watch.js'
import type { RawRequest, RawResponse } from './http-client.js'

// RFC 6266: an ASCII fallback without quotes, separators or controls, then the RFC 5987 UTF-8 name.
// eslint-disable-next-line no-control-regex -- control characters are what it refuses
const SAFE_DISPOSITION = /^attachment; filename="[^"\\/\x00-\x1f\x7f]+"; filename\*=UTF-8''[A-Za-z0-9!#$&+\-.^_`|~%]+$/
const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/
const HTML_ERROR = /<main\b[^>]*\bdata-error-code="([a-z_]+)"/
// A fragment a page's script swaps in (the editor's live size): no <main>, the code on the fragment's own element.
const FRAGMENT_ERROR = /^\s*<(?!html|!doctype)[a-z][^>]*>[\s\S]*?\bdata-error-code="([a-z_]+)"/i

export type Checked = { problems: string[]; code: string | null }

/** The error code a 4xx carries: error.code of the JSON envelope, or data-error-code on an HTML page's <main>. */
function errorCodeOf(response: RawResponse, problems: string[]): string | null {
  const type = response.headers['content-type'] ?? ''
  const text = response.body.toString('utf8')
  if (type.startsWith('application/json')) {
    let code: unknown
    try {
      code = (JSON.parse(text) as { error?: { code?: unknown } }).error?.code
    } catch {
      problems.push(`a ${response.status} whose JSON does not parse`)
      return null
    }
    if (typeof code !== 'string') problems.push(`a ${response.status} without error.code`)
    else if (STATUS_BY_CODE[code as keyof typeof STATUS_BY_CODE] !== response.status)
      problems.push(
        `a ${response.status} with code ${code}, which maps to ${STATUS_BY_CODE[code as keyof typeof STATUS_BY_CODE]}`,
      )
    return typeof code === 'string' ? code : null
  }
  if (type.startsWith('text/html')) {
    const code = HTML_ERROR.exec(text)?.[1] ?? FRAGMENT_ERROR.exec(text)?.[1]
    if (!code) problems.push(`an HTML ${response.status} without data-error-code on <main> (or on its fragment)`)
    return code ?? null
  }
  problems.push(`a ${response.status} as ${type || 'no content type'}`)
  return null
}

/**
 * What must hold for every answer, however hostile the request: no 5xx; a 4xx names its error code; the security
 * headers are there; no secret of the world and no password hash in the body; a download's Content-Disposition
 * carries no quote, separator or control character; a 2xx of an unmutated request matches the route's schema.
 */
export function checkResponse(
  request: RawRequest,
  response: RawResponse,
  secrets: ReadonlySet<string>,
  schema: z.ZodType | null,
): Checked {
  const problems: string[] = []
  const { status, headers } = response
  let code: string | null = null
  if (status >= 500 || status < 100) problems.push(`answered ${status}`)
  // RFC 9110 §15.5.6: a 405 names the methods the target takes; so does the answer to OPTIONS.
  if ((status === 405 || (request.method === 'OPTIONS' && status === 204)) && !headers.allow)
    problems.push(`a ${status} without Allow`)
  else if (status >= 400 && request.method !== 'HEAD') code = errorCodeOf(response, problems)
  if (headers['x-content-type-options'] !== 'nosniff') problems.push('no X-Content-Type-Options: nosniff')
  if (!headers['content-security-policy']) problems.push('no Content-Security-Policy')
  const id = headers['x-request-id']
  if (typeof id !== 'string' || !SAFE_REQUEST_ID.test(id)) problems.push(`unsafe X-Request-Id ${String(id)}`)
  const disposition = headers['content-disposition']
  if (disposition !== undefined && !SAFE_DISPOSITION.test(disposition))
    problems.push(`unsafe Content-Disposition ${JSON.stringify(disposition)}`)
  // Bidi overrides, isolates and zero-width characters (Unicode Cf) would disguise the name in a download bar.
  else if (disposition !== undefined && /\p{Cf}/u.test(decodeURIComponent(disposition.split("UTF-8''")[1] ?? '')))
    problems.push(`an invisible format character in the file name ${JSON.stringify(disposition)}`)
  const text = response.body.toString('latin1')
  if (text.includes('scrypt$')) problems.push('a password hash in the body')
  // A secret the request itself carried may come back (a 404 names the path it did not find); any other is a leak.
  const sent = `${request.path} ${JSON.stringify(request.headers)} ${request.body?.toString('latin1') ?? ''}`
  if (secretsIn(text, secrets).some((secret) => !sent.includes(secret)))
    problems.push('a secret (token, session, share link or its hash) in the body')
  if (schema && status >= 200 && status < 300 && request.method !== 'HEAD' && response.body.length > 0) {
    try {
      const parsed = schema.safeParse(JSON.parse(response.body.toString('utf8')))
      if (!parsed.success)
        problems.push(`a ${status} that does not match its schema: ${parsed.error.message.slice(0, 300)}`)
    } catch {
      problems.push(`a ${status} whose JSON does not parse`)
    }
  }
  return { problems, code }
}
