import type { MessageTable } from './message-table.js'

// Issue 18 on the plan pages and the rate cards: units said in labels, derived prices, country by name, the two
// reach charts, values on hover and as tables, and the plan's downloads.
export const PLAN_UNIT_MESSAGES = {
  'plan.field.derivedCpm': {
    fi: 'Ostotapa on CPC, joten CPM lasketaan: CPC × CTR × 1 000.',
    sv: 'Köpmodellen är CPC, så CPM räknas ut: CPC × CTR × 1 000.',
    en: 'Bought by CPC, so the CPM is derived: CPC × CTR × 1,000.',
  },
  'plan.field.derivedCpc': {
    fi: 'Ostotapa on CPM, joten CPC lasketaan: CPM ÷ (1 000 × CTR).',
    sv: 'Köpmodellen är CPM, så CPC räknas ut: CPM ÷ (1 000 × CTR).',
    en: 'Bought by CPM, so the CPC is derived: CPM ÷ (1,000 × CTR).',
  },
  'plan.view.derived': { fi: 'laskettu', sv: 'beräknat', en: 'derived' },
  'plan.view.ctrPercent': { fi: 'CTR (%)', sv: 'CTR (%)', en: 'CTR (%)' },
  'plan.downloads.heading': { fi: 'Lataa suunnitelma', sv: 'Ladda ner planen', en: 'Download the plan' },
  'plan.downloads.hint': {
    fi: 'Tiedostot kertovat tavoittavuuden, frekvenssin ja hinnat tämän version mukaan.',
    sv: 'Filerna visar räckvidd, frekvens och priser enligt den här versionen.',
    en: 'The files give reach, frequency and prices as in this version.',
  },
  'rates.error.ctr': {
    fi: 'Anna prosentti, joka on yli 0 ja alle 100 (esim. 0,9).',
    sv: 'Ange en procentsats över 0 och under 100 (t.ex. 0,9).',
    en: 'Give a percentage above 0 and below 100 (e.g. 0.9).',
  },
  'rates.error.number': {
    fi: 'Anna positiivinen luku, esim. 2,5.',
    sv: 'Ange ett positivt tal, t.ex. 2,5.',
    en: 'Give a positive number, e.g. 2.5.',
  },
  'rates.countryHint': {
    fi: 'Kirjoita maan nimi (esim. Ruotsi) tai sen kaksikirjaiminen koodi (SE).',
    sv: 'Skriv landets namn (t.ex. Sverige) eller dess kod med två bokstäver (SE).',
    en: 'Type the country’s name (e.g. Sweden) or its two-letter code (SE).',
  },
  'rates.error.countryUnknown': {
    fi: 'Tätä maata ei löydy. Valitse maa luettelosta.',
    sv: 'Landet hittades inte. Välj ett land i listan.',
    en: 'No such country. Choose a country from the list.',
  },
  'rates.error.countryTaken': {
    fi: 'Tällä maalla on jo hinnasto: muokkaa sitä luettelosta.',
    sv: 'Landet har redan en prislista: redigera den i listan.',
    en: 'This country already has a card: edit it from the list.',
  },
  'chart.lines.title': {
    fi: 'Tavoittavuus kunkin rivin budjetin mukaan',
    sv: 'Räckvidd efter varje rads budget',
    en: 'Reach against each line’s budget',
  },
  'chart.lines.hint': {
    fi: 'Vaaka-akselilla on rivin oma budjetti nollasta kaksinkertaiseksi; piste on nykyinen suunnitelma.',
    sv: 'Den vågräta axeln är radens egen budget från noll till det dubbla; punkten är den nuvarande planen.',
    en: 'The horizontal axis is the line’s own budget, from zero to double; the dot is the current plan.',
  },
  'chart.totalCurve.title': {
    fi: 'Tavoittavuus yhteensä kokonaisbudjetin mukaan',
    sv: 'Total räckvidd efter hela budgeten',
    en: 'Total reach against the total budget',
  },
  'chart.reachTable': {
    fi: 'Tavoittavuus budjetin mukaan, luvut (korostettu rivi = nykyinen suunnitelma)',
    sv: 'Räckvidd efter budget, värdena (markerad rad = nuvarande plan)',
    en: 'Reach against budget, the numbers (highlighted row = the current plan)',
  },
  'chart.totalCurve.hint': {
    fi: 'Kaikki rivit skaalataan yhdessä; päällekkäin tavoitetut henkilöt lasketaan kerran.',
    sv: 'Alla rader skalas tillsammans; personer som nås av flera rader räknas en gång.',
    en: 'All lines scaled together; people reached by several lines count once.',
  },
  'chart.reachPoint': {
    fi: '{series}: budjetti {budget}, tavoittavuus {reach} henkilöä',
    sv: '{series}: budget {budget}, räckvidd {reach} personer',
    en: '{series}: budget {budget}, reach {reach} people',
  },
  'chart.showTable': {
    fi: 'Näytä luvut taulukkona',
    sv: 'Visa värdena i en tabell',
    en: 'Show the numbers as a table',
  },
} satisfies MessageTable
