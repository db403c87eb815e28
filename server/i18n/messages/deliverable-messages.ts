import type { MessageTable } from './message-table.js'

// The agency's logo page (issue 18): uploaded by an admin, shown on the client page and in the client PDF.
export const LOGO_MESSAGES = {
  'logo.title': { fi: 'Toimiston logo', sv: 'Byråns logotyp', en: "The agency's logo" },
  'logo.intro': {
    fi: 'Logo ja toimiston nimi ({agency}) näkyvät asiakkaan sivulla ja asiakkaalle lähtevässä PDF-arviossa.',
    sv: 'Logotypen och byråns namn ({agency}) visas på kundens sida och i PDF-uppskattningen till kunden.',
    en: "The logo and the agency's name ({agency}) appear on the client's page and in the client's PDF estimate.",
  },
  'logo.current': { fi: 'Nykyinen logo', sv: 'Nuvarande logotyp', en: 'Current logo' },
  'logo.none': {
    fi: 'Logoa ei ole vielä ladattu.',
    sv: 'Ingen logotyp har laddats upp ännu.',
    en: 'No logo uploaded yet.',
  },
  'logo.alt': { fi: '{agency}: logo', sv: '{agency}: logotyp', en: '{agency} logo' },
  'logo.upload': { fi: 'Lataa uusi logo', sv: 'Ladda upp en ny logotyp', en: 'Upload a new logo' },
  'logo.file': { fi: 'Logotiedosto', sv: 'Logotypfil', en: 'Logo file' },
  'logo.hint': {
    fi: 'PNG tai JPEG, enintään {kb} kt. Uusi logo korvaa nykyisen.',
    sv: 'PNG eller JPEG, högst {kb} kB. En ny logotyp ersätter den nuvarande.',
    en: 'PNG or JPEG, at most {kb} KB. A new logo replaces the current one.',
  },
  'logo.save': { fi: 'Tallenna logo', sv: 'Spara logotypen', en: 'Save the logo' },
  'logo.remove': { fi: 'Poista logo', sv: 'Ta bort logotypen', en: 'Remove the logo' },
  'logo.saved': { fi: 'Logo on tallennettu.', sv: 'Logotypen är sparad.', en: 'The logo is saved.' },
  'logo.removed': { fi: 'Logo on poistettu.', sv: 'Logotypen är borttagen.', en: 'The logo is removed.' },
  'logo.problem.logo_missing': {
    fi: 'Valitse ladattava kuvatiedosto.',
    sv: 'Välj en bildfil att ladda upp.',
    en: 'Choose an image file to upload.',
  },
  'logo.problem.logo_too_large': {
    fi: 'Tiedosto on liian suuri: pienennä kuvaa ja yritä uudelleen.',
    sv: 'Filen är för stor: förminska bilden och försök igen.',
    en: 'The file is too large: make the image smaller and try again.',
  },
  'logo.problem.logo_type': {
    fi: 'Tiedosto ei ole PNG- tai JPEG-kuva.',
    sv: 'Filen är inte en PNG- eller JPEG-bild.',
    en: 'The file is not a PNG or JPEG image.',
  },
  'logo.problem.logo_damaged': {
    fi: 'Kuvatiedosto on vioittunut tai liian suuri (enintään 4 000 × 4 000 pikseliä).',
    sv: 'Bildfilen är skadad eller för stor (högst 4 000 × 4 000 pixlar).',
    en: 'The image file is damaged or too large (at most 4,000 × 4,000 pixels).',
  },
} satisfies MessageTable

// The client page's charts, download and narrow-screen hints, and the share-link error pages (issue 18).
export const DELIVERABLE_MESSAGES = {
  'client.chart.heading': { fi: 'Kaaviot', sv: 'Diagram', en: 'Charts' },
  'client.chart.budget': { fi: 'Budjetti riveittäin', sv: 'Budget per rad', en: 'Budget by line' },
  'client.chart.reach': { fi: 'Tavoittavuus riveittäin', sv: 'Räckvidd per rad', en: 'Reach by line' },
  'client.chart.reachHint': {
    fi: 'Henkilöitä, jotka näkevät mainoksen vähintään kerran. Yhteensä-rivistä kanavien päällekkäisyys on poistettu.',
    sv: 'Personer som ser annonsen minst en gång. I totalen är överlappningen mellan kanalerna borttagen.',
    en: 'People who see the ad at least once. The total has the overlap between channels removed.',
  },
  'client.chart.reachValue': {
    fi: '{reach} ({low}–{high})',
    sv: '{reach} ({low}–{high})',
    en: '{reach} ({low}–{high})',
  },
  'client.scrollHint': {
    fi: 'Taulukko on leveämpi kuin näyttö: vieritä sitä sivusuunnassa.',
    sv: 'Tabellen är bredare än skärmen: rulla den i sidled.',
    en: 'The table is wider than the screen: scroll it sideways.',
  },
  'client.pdf': {
    fi: 'Lataa arvio PDF-tiedostona',
    sv: 'Ladda ner uppskattningen som PDF',
    en: 'Download the estimate as a PDF',
  },
  'client.preparedBy': { fi: 'Laatinut {agency}', sv: 'Upprättad av {agency}', en: 'Prepared by {agency}' },
  'share.gone.title': {
    fi: 'Linkki ei ole enää voimassa',
    sv: 'Länken gäller inte längre',
    en: 'This link no longer works',
  },
  'share.gone.body': {
    fi: 'Jakolinkki on vanhentunut tai poistettu käytöstä, tai osoite on kopioitunut vajaana.',
    sv: 'Delningslänken har gått ut eller dragits tillbaka, eller så har adressen kopierats ofullständigt.',
    en: 'The share link has expired or been withdrawn, or the address was copied incompletely.',
  },
  'share.gone.action': {
    fi: 'Pyydä uusi linkki yhteyshenkilöltäsi mainostoimistossa.',
    sv: 'Be din kontaktperson på reklambyrån om en ny länk.',
    en: 'Ask your contact at the agency for a new link.',
  },
  'share.limited.action': {
    fi: 'Odota hetki ja lataa sivu uudelleen.',
    sv: 'Vänta en stund och ladda om sidan.',
    en: 'Wait a moment and reload the page.',
  },
  'error.action.signedOut': {
    fi: 'Jos sait osoitteen mainostoimistolta, pyydä yhteyshenkilöltäsi uusi linkki.',
    sv: 'Om du fick adressen av reklambyrån, be din kontaktperson om en ny länk.',
    en: 'If the agency sent you this address, ask your contact there for a new link.',
  },
} satisfies MessageTable
