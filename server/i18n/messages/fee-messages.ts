import type { MessageTable } from './message-table.js'

// Net media, the agency's fee and gross (issue 17, ADR 0010): staff pages and the rate-card form.
export const FEE_MESSAGES = {
  'fee.heading': {
    fi: 'Nettomedia, palkkio ja brutto',
    sv: 'Nettomedia, arvode och brutto',
    en: 'Net media, fee and gross',
  },
  'fee.caption': {
    fi: 'Rivien nettomedia, toimiston palkkio ja asiakkaan maksama brutto',
    sv: 'Radernas nettomedia, byråns arvode och bruttot som kunden betalar',
    en: "Each line's net media, the agency's fee and the gross the client pays",
  },
  'fee.staffOnly': {
    fi: 'Vain toimisto näkee tämän. Asiakas ja jakolinkki näkevät vain bruttohinnat: budjetit, hinnat ja suositukset palkkioineen.',
    sv: 'Bara byrån ser detta. Kunden och delningslänken ser bara bruttopriser: budgetar, priser och rekommendationer med arvodet.',
    en: 'Only the agency sees this. The client and share links see gross prices only: budgets, rates and recommendations with the fee in them.',
  },
  'fee.total': { fi: 'Yhteensä', sv: 'Totalt', en: 'Total' },
  'fee.net': { fi: 'Nettomedia', sv: 'Nettomedia', en: 'Net media' },
  'fee.fee': { fi: 'Palkkio', sv: 'Arvode', en: 'Fee' },
  'fee.gross': { fi: 'Brutto', sv: 'Brutto', en: 'Gross' },
  'fee.none': {
    fi: 'Ei palkkiota: hinnastossa tai suunnitelmassa ei ole palkkiota, joten brutto on sama kuin nettomedia.',
    sv: 'Inget arvode: prislistan och planen har inget arvode, så brutto är detsamma som nettomedia.',
    en: 'No fee: neither the rate card nor the plan sets one, so gross equals net media.',
  },
  'fee.field.kind': { fi: 'Palkkio', sv: 'Arvode', en: 'Fee' },
  'fee.kind.none': { fi: 'Ei palkkiota', sv: 'Inget arvode', en: 'No fee' },
  'fee.kind.percent': {
    fi: 'Prosenttia nettomediasta (lisä)',
    sv: 'Procent på nettomedia (påslag)',
    en: 'Percent on net media (markup)',
  },
  'fee.kind.fixed': { fi: 'Kiinteä summa (€)', sv: 'Fast summa (€)', en: 'Fixed sum (€)' },
  'fee.field.value': { fi: 'Palkkion määrä', sv: 'Arvodets storlek', en: 'Fee amount' },
  'fee.field.hint': {
    fi: 'Prosentti lisätään nettomediaan: 15 % 1 000 euron nettomediasta on 150 €, brutto 1 150 €. Kiinteä summa jaetaan rivien kesken nettomedian suhteessa.',
    sv: 'Procenten läggs på nettomedia: 15 % på 1 000 € nettomedia är 150 €, brutto 1 150 €. En fast summa delas mellan raderna i proportion till nettomedia.',
    en: 'A percentage is added on top of net media: 15 % on 1,000 € net is 150 €, gross 1,150 €. A fixed sum is shared over the lines by their net media.',
  },
  'fee.field.notes': {
    fi: 'Muistiinpanot (vain toimisto)',
    sv: 'Anteckningar (bara byrån)',
    en: 'Notes (agency only)',
  },
  'fee.error.value': {
    fi: 'Anna palkkio lukuna: prosentti 0–1000 tai summa euroina.',
    sv: 'Ange arvodet som ett tal: procent 0–1000 eller en summa i euro.',
    en: 'Give the fee as a number: a percentage 0–1000 or a sum in euros.',
  },
} satisfies MessageTable
