import type { Assumption } from '../../audiences/index.js'
import { formatNumber, formatPercent } from '../i18n/formats.js'
import type { Locale } from '../i18n/locale.js'
import type { Translate } from '../i18n/translate.js'
import { assumptionSource } from './assumption-text.js'

const CHANNELS: Record<string, string> = {
  google: 'Google',
  facebook: 'Facebook',
  instagram: 'Instagram',
  linkedin: 'LinkedIn',
}

function reachModelKey(value: Assumption['value']): string {
  const text = String(value).toLowerCase()
  if (text.startsWith('nbd') || text.includes('negative binomial')) return 'client.method.nbd'
  if (text.startsWith('calibrated')) return 'client.method.calibrated'
  return 'client.method.poisson'
}

// One plain sentence per assumption a client may read (the caller has already left out rates and criteria).
function sentenceOf(t: Translate, locale: Locale, a: Assumption): string | null {
  const number = typeof a.value === 'number' ? a.value : null
  if (a.factor === 'reachModel') return t(reachModelKey(a.value))
  if (a.factor === 'population.people' && number !== null)
    return t('client.method.people', { people: formatNumber(locale, number) })
  if (a.factor === 'population.matching' && number !== null)
    return t('client.method.matching', { people: formatNumber(locale, number) })
  if (a.factor === 'audienceSize.band') return t('client.method.band')
  if (a.factor === 'universe' && number !== null)
    return t('client.method.universe', { people: formatNumber(locale, number) })
  // population.FI, population.SE …: the dataset the people were counted from.
  // The dataset by its code, in the page's language; an older estimate without one leaves the sentence out.
  if (/^population\.[A-Z]{2}$/.test(a.factor))
    return a.code ? t('client.method.population', { source: assumptionSource(t, locale, a) }) : null
  const reach = /^reach\.([a-z]+)\.[A-Z]{2}$/.exec(a.factor)
  if (reach && number !== null)
    return t('client.method.channelReach', {
      channel: CHANNELS[reach[1]!] ?? reach[1]!,
      share: formatPercent(locale, number),
    })
  return null
}

/** "How we estimated" in plain words: the models and sources, then the rates in general terms. */
export function methodItems(t: Translate, assumptions: readonly Assumption[], locale: Locale): string[] {
  const sentences = assumptions.map((a) => sentenceOf(t, locale, a)).filter((s): s is string => s !== null)
  return [...new Set(sentences), t('client.method.rates'), t('client.method.clicks')]
}
