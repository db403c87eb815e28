import type { MessageTable } from './message-table.js'

// Channel grades (issue 18): the badge on the audience list and page, and why, shown on hover and focus.
export const GRADE_MESSAGES = {
  'grade.exact': { fi: 'täsmällinen', sv: 'exakt', en: 'exact' },
  'grade.smallLoss': { fi: 'pieni poikkeama', sv: 'liten avvikelse', en: 'small loss' },
  'grade.largeLoss': { fi: 'suuri poikkeama', sv: 'stor avvikelse', en: 'large loss' },
  'grade.notDeliverable': { fi: 'ei toteutettavissa', sv: 'kan inte levereras', en: 'not deliverable' },
  'grade.why.asDescribed': {
    fi: '{channel} kohdentaa kohderyhmään juuri kuten se kuvattiin.',
    sv: '{channel} riktar sig till målgruppen precis som den beskrevs.',
    en: '{channel} targets the audience exactly as described.',
  },
  'grade.why.criteria': {
    fi: '{channel} ei kohdenna {count} ehtoa kuten ne kirjoitettiin, mutta tavoittaa suunnilleen kuvatun määrän ihmisiä.',
    sv: '{channel} riktar inte {count} villkor som de skrevs, men når ungefär så många personer som beskrevs.',
    en: '{channel} does not target {count} criteria as written, but reaches about as many people as described.',
  },
  'grade.why.criteria.one': {
    fi: '{channel} ei kohdenna yhtä ehtoa kuten se kirjoitettiin, mutta tavoittaa suunnilleen kuvatun määrän ihmisiä.',
    sv: '{channel} riktar inte ett villkor som det skrevs, men når ungefär så många personer som beskrevs.',
    en: '{channel} does not target one criterion as written, but reaches about as many people as described.',
  },
  'grade.why.criteriaUnsized.one': {
    fi: '{channel} ei kohdenna yhtä ehtoa kuten se kirjoitettiin; kokoa ei voi verrata, koska alueiden väkilukua ei tunneta.',
    sv: '{channel} riktar inte ett villkor som det skrevs; storleken kan inte jämföras eftersom områdenas befolkning är okänd.',
    en: '{channel} does not target one criterion as written; the size cannot be compared as the places’ population is unknown.',
  },
  'grade.why.wider.one': {
    fi: '{channel} kohdentaa noin {targeted} henkilöön, yli kaksi kertaa kuvatun noin {ideal}: yksi ehto ei toteudu kuten kirjoitettiin.',
    sv: '{channel} riktar sig till cirka {targeted} personer, över dubbelt så många som de cirka {ideal} som beskrevs: ett villkor uppfylls inte som det skrevs.',
    en: '{channel} will target about {targeted} people, over twice the about {ideal} described: one criterion is not met as written.',
  },
  'grade.why.criteriaUnsized': {
    fi: '{channel} ei kohdenna {count} ehtoa kuten ne kirjoitettiin; kokoa ei voi verrata, koska alueiden väkilukua ei tunneta.',
    sv: '{channel} riktar inte {count} villkor som de skrevs; storleken kan inte jämföras eftersom områdenas befolkning är okänd.',
    en: '{channel} does not target {count} criteria as written; the size cannot be compared as the places’ population is unknown.',
  },
  'grade.why.wider': {
    fi: '{channel} kohdentaa noin {targeted} henkilöön, yli kaksi kertaa kuvatun noin {ideal}: {count} ehtoa ei toteudu kuten kirjoitettiin.',
    sv: '{channel} riktar sig till cirka {targeted} personer, över dubbelt så många som de cirka {ideal} som beskrevs: {count} villkor uppfylls inte som de skrevs.',
    en: '{channel} will target about {targeted} people, over twice the about {ideal} described: {count} criteria are not met as written.',
  },
  'grade.why.narrower': {
    fi: '{channel} kohdentaa noin {targeted} henkilöön, alle puolet kuvatusta noin {ideal}.',
    sv: '{channel} riktar sig till cirka {targeted} personer, under hälften av de cirka {ideal} som beskrevs.',
    en: '{channel} will target about {targeted} people, under half of the about {ideal} described.',
  },
  'grade.why.nobody': {
    fi: '{channel} ei tavoita ketään kuvatusta kohderyhmästä.',
    sv: '{channel} når ingen av den beskrivna målgruppen.',
    en: '{channel} reaches nobody of the audience described.',
  },
  'grade.why.belowMinimum': {
    fi: '{channel} kohdentaa noin {targeted} henkilöön, alle kanavan vähimmäiskoon {minimum}: kampanja ei käynnisty.',
    sv: '{channel} riktar sig till cirka {targeted} personer, under kanalens minimum på {minimum}: kampanjen startar inte.',
    en: '{channel} will target about {targeted} people, below its minimum of {minimum}: the campaign will not run.',
  },
  'grade.why.policyError': {
    fi: '{channel}: kanavan säännöt estävät tämän kohdennuksen.',
    sv: '{channel}: kanalens regler förhindrar den här riktningen.',
    en: '{channel}: the channel’s rules do not allow this targeting.',
  },
  'grade.why.notCompiled': {
    fi: 'Kohderyhmää ei voi muuntaa kanavan kohdennukseksi sellaisenaan.',
    sv: 'Målgruppen kan inte omvandlas till kanalens riktning som den är.',
    en: 'The audience cannot be turned into the channel’s targeting as it stands.',
  },
} satisfies MessageTable
