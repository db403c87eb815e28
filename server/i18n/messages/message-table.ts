import type { Locale } from '../locale.js'

/** Every visible string in the three languages side by side, so a missing translation is a type error. */
export type MessageTable = Record<string, Readonly<Record<Locale, string>>>
