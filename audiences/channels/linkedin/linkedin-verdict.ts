import type { FidelityStatus } from '../channel.js'
import type { Effective } from '../effective.js'

// What the compiler decided for one criterion; the compiler pairs it with the criterion's path and name.
export type Verdict = { status: FidelityStatus; code: string; message: string; effective?: Effective }

export const verdict = (status: FidelityStatus, code: string, message: string, effective?: Effective): Verdict => ({
  status,
  code,
  message,
  ...(effective && { effective }),
})
