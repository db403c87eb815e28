export type LoginPageModel = {
  csrf: string
  next: string
  email: string | null
  failureKey: string | null
  // How long to wait before the next attempt, in the unit failureKey names (seconds below a minute, else minutes).
  wait: number
  errorCode: string | null
  signedOut: boolean
}

const FAILURE_KEYS: Record<string, string> = {
  unauthorized: 'login.failed',
  rate_limited: 'error.rate_limited',
  forbidden: 'login.expired',
  request_invalid: 'login.failed',
}

// "Try again in 40 seconds" / "in 3 minutes": a wait over a minute is rounded up to whole minutes.
function waitOf(seconds: number): { key: string; wait: number } {
  if (seconds < 60) return { key: seconds === 1 ? 'login.waitSecond' : 'login.waitSeconds', wait: seconds }
  const minutes = Math.ceil(seconds / 60)
  return { key: minutes === 1 ? 'login.waitMinute' : 'login.waitMinutes', wait: minutes }
}

/** The sign-in form, refilled with the email after a failure (never the password). */
export function toLoginPage(input: {
  csrf: string
  next: string
  email: string | null
  failureCode: string | null
  waitSeconds?: number
  signedOut: boolean
}): LoginPageModel {
  const waitSeconds = input.waitSeconds ?? 0
  const waiting = input.failureCode === 'rate_limited' && waitSeconds > 0 ? waitOf(waitSeconds) : null
  return {
    csrf: input.csrf,
    next: input.next,
    email: input.email,
    failureKey: waiting ? waiting.key : input.failureCode ? (FAILURE_KEYS[input.failureCode] ?? 'error.other') : null,
    wait: waiting?.wait ?? 0,
    errorCode: input.failureCode,
    signedOut: input.signedOut && input.failureCode === null,
  }
}
