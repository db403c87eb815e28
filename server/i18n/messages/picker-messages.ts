import type { MessageTable } from './message-table.js'

// The audience editor's pickers (browser/term-picker.ts, browser/place-picker.ts and their no-JS forms).
export const PICKER_MESSAGES = {
  'editor.placeKind.country': { fi: 'maa', sv: 'land', en: 'country' },
  'editor.placeKind.region': { fi: 'maakunta', sv: 'landskap', en: 'region' },
  'editor.placeKind.municipality': { fi: 'kunta', sv: 'kommun', en: 'municipality' },
  'editor.placeKind.city': { fi: 'kaupunki', sv: 'stad', en: 'city' },
  'editor.placeKind.postalCode': { fi: 'postinumero', sv: 'postnummer', en: 'postal code' },
  'editor.radiusLabelHint': {
    fi: 'Paikan nimi: keskipiste haetaan siitä, jos leveys- ja pituusaste puuttuvat.',
    sv: 'Platsens namn: mittpunkten hämtas därifrån om latitud och longitud saknas.',
    en: 'A place’s name: the centre is taken from it when latitude and longitude are empty.',
  },
  'editor.browse': { fi: 'Selaa luokittain', sv: 'Bläddra bland kategorier', en: 'Browse categories' },
  'editor.browseTop': { fi: 'Kaikki luokat', sv: 'Alla kategorier', en: 'All categories' },
  'editor.browseTerms': { fi: '{n} ehtoa', sv: '{n} villkor', en: '{n} criteria' },
  'editor.browseMore': {
    fi: '… ja {n} muuta: tarkenna hakusanalla.',
    sv: '… och {n} till: förfina med ett sökord.',
    en: '… and {n} more: narrow down with a search word.',
  },
  'editor.added': { fi: 'Lisätty: {label}', sv: 'Tillagt: {label}', en: 'Added: {label}' },
  'editor.pickerFailed': {
    fi: 'Haku ei onnistunut. Yritä uudelleen tai paina Hae ehdotuksia.',
    sv: 'Sökningen misslyckades. Försök igen eller tryck på Sök förslag.',
    en: 'The search failed. Try again or press Find suggestions.',
  },
} satisfies MessageTable
