import type { FidelityStatus } from '../channel.js'

// What the compiler decided for one criterion; the compiler pairs it with the criterion's path and name.
export type Verdict = { status: FidelityStatus; code: string; message: string }

export const verdict = (status: FidelityStatus, code: string, message: string): Verdict => ({ status, code, message })
