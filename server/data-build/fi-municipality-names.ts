export type FiMunicipalityName = { fi: string; sv: string; en: string }

// StatFin names that carry both languages or an odd form.
const SPECIAL: Record<string, FiMunicipalityName> = {
  // Åland is Swedish-speaking only, and English uses the Swedish name there.
  'Maarianhamina - Mariehamn': { fi: 'Maarianhamina', sv: 'Mariehamn', en: 'Mariehamn' },
  'Pedersören kunta': { fi: 'Pedersören kunta', sv: 'Pedersöre', en: 'Pedersöre' },
}

// Official Swedish names: every bilingual municipality plus the established names of larger towns.
const SWEDISH: Record<string, string> = {
  Espoo: 'Esbo',
  Hamina: 'Fredrikshamn',
  Hanko: 'Hangö',
  Helsinki: 'Helsingfors',
  Hyvinkää: 'Hyvinge',
  Hämeenlinna: 'Tavastehus',
  Iisalmi: 'Idensalmi',
  Inkoo: 'Ingå',
  Isokyrö: 'Storkyro',
  Järvenpää: 'Träskända',
  Kaarina: 'S:t Karins',
  Kajaani: 'Kajana',
  Karkkila: 'Högfors',
  Kaskinen: 'Kaskö',
  Kauniainen: 'Grankulla',
  Kemiönsaari: 'Kimitoön',
  Kerava: 'Kervo',
  Kirkkonummi: 'Kyrkslätt',
  Kokkola: 'Karleby',
  Kristiinankaupunki: 'Kristinestad',
  Kruunupyy: 'Kronoby',
  Lahti: 'Lahtis',
  Laihia: 'Laihela',
  Lapinjärvi: 'Lappträsk',
  Lappeenranta: 'Villmanstrand',
  Lohja: 'Lojo',
  Loviisa: 'Lovisa',
  Luoto: 'Larsmo',
  Maalahti: 'Malax',
  Mikkeli: 'S:t Michel',
  Mustasaari: 'Korsholm',
  Myrskylä: 'Mörskom',
  Naantali: 'Nådendal',
  Närpiö: 'Närpes',
  Oulu: 'Uleåborg',
  Parainen: 'Pargas',
  Pietarsaari: 'Jakobstad',
  Pirkkala: 'Birkala',
  Pori: 'Björneborg',
  Porvoo: 'Borgå',
  Pyhtää: 'Pyttis',
  Raahe: 'Brahestad',
  Raasepori: 'Raseborg',
  Raisio: 'Reso',
  Rauma: 'Raumo',
  Savonlinna: 'Nyslott',
  Sipoo: 'Sibbo',
  Siuntio: 'Sjundeå',
  Tampere: 'Tammerfors',
  Tornio: 'Torneå',
  Turku: 'Åbo',
  Tuusula: 'Tusby',
  Uusikaarlepyy: 'Nykarleby',
  Uusikaupunki: 'Nystad',
  Vaasa: 'Vasa',
  Vantaa: 'Vanda',
  Vihti: 'Vichtis',
  Vöyri: 'Vörå',
}

/** A municipality's names from its StatFin name; the Finnish name stands in where no Swedish one is known. */
export function fiMunicipalityName(statFinName: string): FiMunicipalityName {
  return SPECIAL[statFinName] ?? { fi: statFinName, sv: SWEDISH[statFinName] ?? statFinName, en: statFinName }
}

export const KNOWN_SWEDISH_NAMES: readonly string[] = [...Object.keys(SWEDISH), ...Object.keys(SPECIAL)]
