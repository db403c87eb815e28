import type { Locale } from '../locale.js'

/** Every visible string in the three languages side by side, so a missing translation is a type error. */
export type MessageTable = Record<string, Readonly<Record<Locale, string>>>

/** Finnish and Swedish for English text that comes from elsewhere (the compilers' findings): English pages show the
 * original, so the table has no en column. */
export type FiSvTable = Record<string, Readonly<{ fi: string; sv: string }>>
