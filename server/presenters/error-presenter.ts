const KNOWN = new Set(['not_found', 'forbidden', 'request_invalid', 'conflict', 'rate_limited'])

export type ErrorPageModel = { status: number; code: string; messageKey: string; detail: string | null }

/** The error page: the code (stable, for support and tests), a plain sentence, and the server's detail if it is safe. */
export const toErrorPage = (status: number, code: string, detail: string | null): ErrorPageModel => ({
  status,
  code,
  messageKey: KNOWN.has(code) ? `error.${code}` : 'error.other',
  detail: status >= 500 ? null : detail,
})
