import { z } from 'zod'
import type { Locale } from '../i18n/locale.js'
import { MESSAGES } from '../i18n/messages.js'
import { translate } from '../i18n/translate.js'

const ZOD_ERRORS = {
  fi: { error: z.locales.fi().localeError },
  sv: { error: z.locales.sv().localeError },
  en: { error: z.locales.en().localeError },
}

/** Zod's own messages in the page's language, for safeParse(value, zodErrorsIn(locale)) on a form's fields. */
export const zodErrorsIn = (locale: Locale) => ZOD_ERRORS[locale]

/**
 * The sentence for a form issue in the page's language: the translation of its code (issue-messages.ts) when there
 * is one, else its own message (zod's, already in that language by zodErrorsIn).
 */
export function issueText(locale: Locale, issue: { code: string; message: string }): string {
  const key = `issue.${issue.code}`
  return Object.hasOwn(MESSAGES, key) ? translate(locale, key) : issue.message
}
