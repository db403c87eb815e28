import type { Locale } from './locale.js'
import { MESSAGES } from './messages.js'

export type MessageVars = Readonly<Record<string, string | number>>

/** The message in the locale with {name} placeholders filled; an unknown key throws (a typo must not ship). */
export function translate(locale: Locale, key: string, vars: MessageVars = {}): string {
  const texts = Object.hasOwn(MESSAGES, key) ? MESSAGES[key] : undefined
  if (!texts) throw new Error(`no message ${key}`)
  return texts[locale].replace(/\{([a-zA-Z]+)\}/g, (whole, name: string) =>
    Object.hasOwn(vars, name) ? String(vars[name]) : whole,
  )
}

/** The translator of one locale, for presenters. */
export const translatorOf = (locale: Locale) => (key: string, vars?: MessageVars) => translate(locale, key, vars)
export type Translate = ReturnType<typeof translatorOf>
