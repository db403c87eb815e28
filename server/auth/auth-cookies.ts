import type { Request, Response } from 'express'

export const SESSION_COOKIE = 'kohde_session'
export const LOGIN_CSRF_COOKIE = 'kohde_csrf'

/** The named cookie of the request, or undefined; cookie values here are base64url, so no decoding is needed. */
export function cookieOf(req: Request, name: string): string | undefined {
  const header = req.headers.cookie
  if (!header) return undefined
  for (const part of header.split(';')) {
    const at = part.indexOf('=')
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim()
  }
  return undefined
}

// HttpOnly: scripts cannot read it; SameSite: other sites' forms do not carry it; Secure once TLS is in front.
export function setCookie(
  req: Request,
  res: Response,
  name: string,
  value: string,
  maxAgeMs: number,
  sameSite: 'lax' | 'strict',
) {
  res.cookie(name, value, { httpOnly: true, sameSite, secure: req.secure, path: '/', maxAge: maxAgeMs })
}

export const clearCookie = (res: Response, name: string) => res.clearCookie(name, { path: '/' })
