import type { MessageTable } from './message-table.js'

// The editor's live size gauge (issue 18): views/partials/editor-live-size.hbs.
export const LIVE_SIZE_MESSAGES = {
  'liveSize.heading': { fi: 'Kohderyhmän koko', sv: 'Målgruppens storlek', en: 'Audience size' },
  'liveSize.hint': {
    fi: 'Kunkin kanavan arvio siitä, keihin sen kohdennus todella osuu. Arvio päivittyy, kun muutat kohderyhmää.',
    sv: 'Varje kanals uppskattning av vilka dess riktning verkligen når. Uppskattningen uppdateras när du ändrar målgruppen.',
    en: 'Each channel’s estimate of whom its targeting really reaches. It updates as you change the audience.',
  },
  'liveSize.update': { fi: 'Päivitä koko', sv: 'Uppdatera storleken', en: 'Update size' },
  'liveSize.caption': {
    fi: 'Arvioitu koko kanavittain',
    sv: 'Uppskattad storlek per kanal',
    en: 'Estimated size by channel',
  },
  'liveSize.channel': { fi: 'Kanava', sv: 'Kanal', en: 'Channel' },
  'liveSize.size': { fi: 'Koko', sv: 'Storlek', en: 'Size' },
  'liveSize.breadth': { fi: 'Laajuus', sv: 'Bredd', en: 'Breadth' },
  'liveSize.grade': { fi: 'Toteutuminen', sv: 'Uppfyllelse', en: 'Fidelity' },
  'liveSize.range': { fi: '{low}–{high} henkilöä', sv: '{low}–{high} personer', en: '{low}–{high} people' },
  'liveSize.described': { fi: 'kuvattu noin {ideal}', sv: 'beskriven cirka {ideal}', en: 'described: about {ideal}' },
  'liveSize.breadth.tooNarrow': { fi: 'liian suppea', sv: 'för smal', en: 'too narrow' },
  'liveSize.breadth.specific': { fi: 'rajattu', sv: 'avgränsad', en: 'specific' },
  'liveSize.breadth.balanced': { fi: 'sopiva', sv: 'lagom', en: 'balanced' },
  'liveSize.breadth.broad': { fi: 'laaja', sv: 'bred', en: 'broad' },
  'liveSize.meter': {
    fi: '{channel}: laajuus {level}',
    sv: '{channel}: bredd {level}',
    en: '{channel}: breadth {level}',
  },
  'liveSize.announce': {
    fi: 'Koko päivitetty: {sizes}.',
    sv: 'Storleken uppdaterad: {sizes}.',
    en: 'Size updated: {sizes}.',
  },
  'liveSize.warnings': { fi: 'Huomioitavaa', sv: 'Att observera', en: 'Warnings' },
  'liveSize.unknown': {
    fi: 'Kokoa ei voi arvioida: kaikkien alueiden väkilukua ei tunneta.',
    sv: 'Storleken kan inte uppskattas: befolkningen i alla områden är inte känd.',
    en: 'The size cannot be estimated: the population of every place is not known.',
  },
  'liveSize.invalid': {
    fi: 'Koko näytetään, kun lomakkeen virheet on korjattu.',
    sv: 'Storleken visas när felen i formuläret har rättats.',
    en: 'The size shows once the form’s errors are fixed.',
  },
  'liveSize.pending': {
    fi: 'Kohderyhmä rakentuu tallennetun kohderyhmän päälle: paina ”Päivitä koko”.',
    sv: 'Målgruppen bygger på en sparad målgrupp: tryck på ”Uppdatera storleken”.',
    en: 'The audience builds on a stored audience: press “Update size”.',
  },
} satisfies MessageTable
