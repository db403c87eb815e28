export type LoginPageModel = {
  csrf: string
  next: string
  email: string | null
  failureKey: string | null
  errorCode: string | null
  signedOut: boolean
}

const FAILURE_KEYS: Record<string, string> = {
  unauthorized: 'login.failed',
  rate_limited: 'error.rate_limited',
  forbidden: 'login.expired',
  request_invalid: 'login.failed',
}

/** The sign-in form, refilled with the email after a failure (never the password). */
export function toLoginPage(input: {
  csrf: string
  next: string
  email: string | null
  failureCode: string | null
  signedOut: boolean
}): LoginPageModel {
  return {
    csrf: input.csrf,
    next: input.next,
    email: input.email,
    failureKey: input.failureCode ? (FAILURE_KEYS[input.failureCode] ?? 'error.other') : null,
    errorCode: input.failureCode,
    signedOut: input.signedOut && input.failureCode === null,
  }
}
