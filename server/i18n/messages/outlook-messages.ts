import type { MessageTable } from './message-table.js'

// The audience page's "by channel" section (issue 18): what each channel does with the audience, in plain words.
export const OUTLOOK_MESSAGES = {
  'outlook.heading': { fi: 'Kanavittain', sv: 'Per kanal', en: 'By channel' },
  'outlook.hint': {
    fi: 'Kunkin kanavan kohdennus, sen koko kuvattuun verrattuna ja mitä sille voi tehdä.',
    sv: 'Varje kanals riktning, dess storlek jämfört med den beskrivna och vad man kan göra.',
    en: 'What each channel will target, its size against the one described, and what you can do about it.',
  },
  'outlook.details': { fi: 'Kanavan tiedot', sv: 'Kanalens detaljer', en: 'Channel details' },
  'outlook.detailsOf': { fi: '{channel}: tiedot', sv: '{channel}: detaljer', en: '{channel}: details' },
  'outlook.noSize': {
    fi: 'Kokoa ei voi arvioida.',
    sv: 'Storleken kan inte uppskattas.',
    en: 'The size cannot be estimated.',
  },
  'outlook.allWell': {
    fi: 'Kanava kohdentaa kaikki ehdot kuten ne kirjoitettiin.',
    sv: 'Kanalen riktar alla villkor som de skrevs.',
    en: 'The channel targets every criterion as written.',
  },
  'outlook.lookup': {
    fi: '{channel} ei voi kohdentaa ehtoja {names} ilman tunnisteiden hakua: yhdistä {platform} tai hyväksy, ettei niillä rajata.',
    sv: '{channel} kan inte rikta {names} utan att slå upp deras id: anslut {platform} eller godta att de inte avgränsar.',
    en: '{channel} cannot target {names} without a lookup: connect {platform} or accept that they narrow nothing.',
  },
  'outlook.upload': {
    fi: '{channel} käyttää asiakaslistaa {names} vasta, kun se on ladattu kanavalle.',
    sv: '{channel} använder kundlistan {names} först när den har laddats upp till kanalen.',
    en: '{channel} uses the customer list {names} only once it is uploaded to the channel.',
  },
  'outlook.dropped': {
    fi: '{channel} ei voi kohdentaa ehtoja {names}: niillä ei rajata tässä kanavassa.',
    sv: '{channel} kan inte rikta {names}: de avgränsar inte i den här kanalen.',
    en: '{channel} cannot target {names}: they narrow nothing on this channel.',
  },
  'outlook.approximated': {
    fi: '{channel} kohdentaa ehdot {names} likimääräisesti.',
    sv: '{channel} riktar {names} ungefärligt.',
    en: '{channel} targets {names} approximately.',
  },
  'outlook.andMore': { fi: '{names} ja {count} muuta', sv: '{names} och {count} till', en: '{names} and {count} more' },
  'outlook.lookUp': { fi: 'Hae tunnisteet nyt', sv: 'Slå upp id nu', en: 'Look up the identifiers now' },
  'outlook.connections': { fi: 'Kanavayhteydet', sv: 'Kanalanslutningar', en: 'Platform connections' },
  'outlook.askAdmin': {
    fi: 'Pääkäyttäjä voi yhdistää kanavan ja hakea tunnisteet.',
    sv: 'En administratör kan ansluta kanalen och slå upp id.',
    en: 'An administrator can connect the platform and run the lookup.',
  },
  'outlook.specSummary': {
    fi: 'Kanavan tekninen määrittely (JSON)',
    sv: 'Kanalens tekniska specifikation (JSON)',
    en: 'The channel’s technical spec (JSON)',
  },
  'outlook.sizeUnknown': {
    fi: 'Kokoa ei voi arvioida: kohderyhmää ei voi kohdentaa sellaisenaan tai sen alueiden väkilukua ei tunneta.',
    sv: 'Storleken kan inte uppskattas: målgruppen kan inte riktas som den är eller befolkningen i dess områden är okänd.',
    en: 'The size cannot be estimated: the audience cannot be targeted as it stands or its places’ population is unknown.',
  },
  'outlook.policyUntranslated': {
    fi: 'Kanavan sääntö koskee tätä kohdennusta.',
    sv: 'En av kanalens regler gäller den här riktningen.',
    en: 'One of the channel’s rules applies to this targeting.',
  },
} satisfies MessageTable
