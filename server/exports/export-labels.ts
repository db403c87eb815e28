import type { ChannelId, FidelityStatus, Locale, Pricing } from '../../audiences/index.js'

export type ExportLabels = {
  sheets: { summary: string; lines: string; targeting: string; assumptions: string }
  field: string
  value: string
  plan: string
  client: string
  currency: string
  lineCount: string
  channel: string
  audience: string
  area: string
  flight: string
  flightUnset: string
  budget: string
  pricing: string
  rate: string
  impressions: string
  clicks: string
  reach: string
  reachRange: string
  frequency: string
  universe: string
  grp: string
  total: string
  criterion: string
  status: string
  note: string
  policy: string
  factor: string
  source: string
  statuses: Record<FidelityStatus, string>
  pricings: Record<Pricing, string>
  channels: Record<ChannelId, string>
  pdf: {
    title: string
    preparedFor: string
    bought: string
    results: string
    method: string
    methodIntro: string
    disclaimer: string
    reachBetween: (low: string, high: string) => string
    factors: Record<
      'reachModel' | 'population' | 'reach' | 'rate' | 'rateCard' | 'universe' | 'lines' | 'ctr' | 'fee',
      string
    >
    preparedBy: string
    reachChart: string
    reachChartNote: string
    calendar: string
    calendarNote: string
    line: (n: number) => string
  }
}

const CHANNELS: Record<ChannelId, string> = {
  google: 'Google Ads',
  facebook: 'Facebook',
  instagram: 'Instagram',
  linkedin: 'LinkedIn',
}

const fi: ExportLabels = {
  sheets: { summary: 'Yhteenveto', lines: 'Mediarivit', targeting: 'Kohdennus', assumptions: 'Oletukset' },
  field: 'Kenttä',
  value: 'Arvo',
  plan: 'Suunnitelma',
  client: 'Asiakas',
  currency: 'Valuutta',
  lineCount: 'Mediarivejä',
  channel: 'Kanava',
  audience: 'Kohderyhmä',
  area: 'Alue',
  flight: 'Ajanjakso',
  flightUnset: 'ei määritelty',
  budget: 'Budjetti',
  pricing: 'Ostotapa',
  rate: 'Hinta',
  impressions: 'Näytöt',
  clicks: 'Klikkaukset',
  reach: 'Tavoittavuus (henkilöä)',
  reachRange: 'Tavoittavuuden vaihteluväli',
  frequency: 'Frekvenssi',
  universe: 'Perusjoukko (henkilöä)',
  grp: 'GRP',
  total: 'Yhteensä',
  criterion: 'Kriteeri',
  status: 'Toteutus',
  note: 'Huomio',
  policy: 'Käytäntö',
  factor: 'Tekijä',
  source: 'Lähde',
  statuses: { exact: 'tarkka', approximated: 'likimääräinen', unsupported: 'ei tuettu', unresolved: 'selvitettävä' },
  pricings: { cpm: 'CPM (tuhatta näyttöä)', cpc: 'CPC (klikkaus)' },
  channels: CHANNELS,
  pdf: {
    title: 'Mediasuunnitelman kustannus- ja tavoittavuusarvio',
    preparedFor: 'Asiakas',
    bought: 'Mitä ostamme',
    results: 'Odotetut tulokset',
    method: 'Näin arvioimme',
    methodIntro: 'Arvio perustuu seuraaviin oletuksiin ja lähteisiin:',
    disclaimer:
      'Luvut ovat arvioita, eivät takuita. Toteutuneet tulokset riippuvat kilpailusta, mainoksista ja ajoituksesta.',
    reachBetween: (low, high) => `${low}–${high}`,
    factors: {
      reachModel: 'Tavoittavuusmalli',
      population: 'Väestö',
      reach: 'Kanavan tavoittavuus',
      rate: 'Hinta',
      rateCard: 'Hinnasto',
      universe: 'Perusjoukko',
      lines: 'Annettu arvo',
      ctr: 'Klikkausprosentti',
      fee: 'Toimiston palkkio',
    },
    preparedBy: 'Laatinut',
    reachChart: 'Tavoittavuus riveittäin',
    reachChartNote:
      'Palkki on arvioitu tavoittavuus, viiva sen vaihteluväli. Yhteensä-palkista päällekkäisyys on poistettu.',
    calendar: 'Aikataulu',
    calendarNote: 'Budjetti kuukausittain; tyhjä solu: rivi ei ole käynnissä.',
    line: (n) => `rivi ${n}`,
  },
}

const sv: ExportLabels = {
  sheets: { summary: 'Sammanfattning', lines: 'Medierader', targeting: 'Inriktning', assumptions: 'Antaganden' },
  field: 'Fält',
  value: 'Värde',
  plan: 'Plan',
  client: 'Kund',
  currency: 'Valuta',
  lineCount: 'Medierader',
  channel: 'Kanal',
  audience: 'Målgrupp',
  area: 'Område',
  flight: 'Period',
  flightUnset: 'ej angiven',
  budget: 'Budget',
  pricing: 'Köpsätt',
  rate: 'Pris',
  impressions: 'Visningar',
  clicks: 'Klick',
  reach: 'Räckvidd (personer)',
  reachRange: 'Räckviddens intervall',
  frequency: 'Frekvens',
  universe: 'Population (personer)',
  grp: 'GRP',
  total: 'Totalt',
  criterion: 'Kriterium',
  status: 'Utfall',
  note: 'Anmärkning',
  policy: 'Policy',
  factor: 'Faktor',
  source: 'Källa',
  statuses: { exact: 'exakt', approximated: 'ungefärlig', unsupported: 'stöds inte', unresolved: 'ska utredas' },
  pricings: { cpm: 'CPM (tusen visningar)', cpc: 'CPC (klick)' },
  channels: CHANNELS,
  pdf: {
    title: 'Kostnads- och räckviddsuppskattning för medieplanen',
    preparedFor: 'Kund',
    bought: 'Vad vi köper',
    results: 'Förväntade resultat',
    method: 'Så här uppskattade vi',
    methodIntro: 'Uppskattningen bygger på följande antaganden och källor:',
    disclaimer: 'Siffrorna är uppskattningar, inga garantier. Utfallet beror på konkurrens, annonser och tidpunkt.',
    reachBetween: (low, high) => `${low}–${high}`,
    factors: {
      reachModel: 'Räckviddsmodell',
      population: 'Befolkning',
      reach: 'Kanalens räckvidd',
      rate: 'Pris',
      rateCard: 'Prislista',
      universe: 'Population',
      lines: 'Angivet värde',
      ctr: 'Klickfrekvens',
      fee: 'Byråns arvode',
    },
    preparedBy: 'Upprättad av',
    reachChart: 'Räckvidd per rad',
    reachChartNote:
      'Stapeln är den uppskattade räckvidden, linjen dess intervall. I totalen är överlappningen borttagen.',
    calendar: 'Tidsplan',
    calendarNote: 'Budget per månad; tom cell: raden är inte igång.',
    line: (n) => `rad ${n}`,
  },
}

const en: ExportLabels = {
  sheets: { summary: 'Summary', lines: 'Lines', targeting: 'Targeting', assumptions: 'Assumptions' },
  field: 'Field',
  value: 'Value',
  plan: 'Plan',
  client: 'Client',
  currency: 'Currency',
  lineCount: 'Lines',
  channel: 'Channel',
  audience: 'Audience',
  area: 'Area',
  flight: 'Flight',
  flightUnset: 'not set',
  budget: 'Budget',
  pricing: 'Bought by',
  rate: 'Rate',
  impressions: 'Impressions',
  clicks: 'Clicks',
  reach: 'Reach (people)',
  reachRange: 'Reach range',
  frequency: 'Frequency',
  universe: 'Universe (people)',
  grp: 'GRP',
  total: 'Total',
  criterion: 'Criterion',
  status: 'Outcome',
  note: 'Note',
  policy: 'Policy',
  factor: 'Factor',
  source: 'Source',
  statuses: { exact: 'exact', approximated: 'approximated', unsupported: 'unsupported', unresolved: 'to look up' },
  pricings: { cpm: 'CPM (per 1,000 impressions)', cpc: 'CPC (per click)' },
  channels: CHANNELS,
  pdf: {
    title: 'Media plan cost and reach estimate',
    preparedFor: 'Client',
    bought: 'What we buy',
    results: 'Expected results',
    method: 'How we estimated',
    methodIntro: 'The estimate rests on these assumptions and sources:',
    disclaimer: 'These figures are estimates, not guarantees. Results depend on competition, creative and timing.',
    reachBetween: (low, high) => `${low}–${high}`,
    factors: {
      reachModel: 'Reach model',
      population: 'Population',
      reach: 'Channel reach',
      rate: 'Rate',
      rateCard: 'Rate card',
      universe: 'Universe',
      lines: 'Given value',
      ctr: 'Click-through rate',
      fee: "Agency's fee",
    },
    preparedBy: 'Prepared by',
    reachChart: 'Reach by line',
    reachChartNote: 'The bar is the estimated reach, the line its range. The total has the overlap removed.',
    calendar: 'Schedule',
    calendarNote: 'Budget by month; an empty cell: the line is not running.',
    line: (n) => `line ${n}`,
  },
}

export const EXPORT_LABELS: Record<Locale, ExportLabels> = { fi, sv, en }
