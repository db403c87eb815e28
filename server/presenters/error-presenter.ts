import type { Locale } from '../i18n/locale.js'

const KNOWN = new Set(['not_found', 'forbidden', 'request_invalid', 'conflict', 'rate_limited'])

export type ErrorPageModel = {
  status: number
  code: string
  // A heading of its own (an expired share link), else "Error {status}".
  headingKey: string | null
  messageKey: string
  // What the reader can do next, when the page knows (issue 18: an expired link says whom to ask).
  actionKey: string | null
  detail: string | null
  // The dashboard link, for signed-in users only: for anyone else "/" is the sign-in page.
  backHref: string | null
}

/** Who sees the error page: its language, whether signed in, and the path (a share link's errors are the client's). */
export type ErrorContext = { locale: Locale; signedIn: boolean; path: string }
const STAFF_CONTEXT: ErrorContext = { locale: 'en', signedIn: true, path: '/' }

/**
 * The error page: the code (stable, for support and tests), a plain sentence in the page's language and what to do
 * next. The server's detail is English developer text: only an English page shows it, to a signed-in user, never
 * on a 5xx. A share link that is unknown, expired or revoked (one 404: openShareLink tells them apart to nobody)
 * tells the client to ask the agency for a new link, and never sends them to the sign-in page.
 */
export function toErrorPage(
  status: number,
  code: string,
  detail: string | null,
  context: ErrorContext = STAFF_CONTEXT,
): ErrorPageModel {
  const share = context.path.startsWith('/share/')
  const gone = share && code === 'not_found'
  const action = gone
    ? 'share.gone.action'
    : share && code === 'rate_limited'
      ? 'share.limited.action'
      : !context.signedIn
        ? 'error.action.signedOut'
        : null
  return {
    status,
    code,
    headingKey: gone ? 'share.gone.title' : null,
    messageKey: gone ? 'share.gone.body' : KNOWN.has(code) ? `error.${code}` : 'error.other',
    actionKey: action,
    detail: status >= 500 || context.locale !== 'en' || !context.signedIn ? null : detail,
    backHref: context.signedIn ? '/' : null,
  }
}
