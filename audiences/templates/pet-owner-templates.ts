import type { Facet } from '../model/facets.js'
import type { TemplateInput } from './template-schema.js'

const term = (facet: Facet, value: string) => ({ facet, value })

// Seed 002: segments by interest (cat, dog, horse) and by customer status (current, occasional, potential, former).
const petOwnersAudience = {
  name: 'Lemmikkien omistajat',
  tags: ['lemmikit', 'esimerkki'],
  locale: 'fi' as const,
  geo: { include: [{ country: 'FI' }] },
  include: [
    [term('interest', 'interest.cats'), term('interest', 'interest.dogs'), term('interest', 'interest.horses')],
  ],
  exclude: [term('customerList', 'list.current-customers')],
}

const petOwners: TemplateInput = {
  id: 'pet-owners',
  labels: {
    fi: 'Lemmikkien omistajat (uudet asiakkaat)',
    sv: 'Djurägare (nya kunder)',
    en: 'Pet owners (new customers)',
  },
  description: {
    fi: 'Kissoista, koirista tai hevosista kiinnostuneet aikuiset, joista nykyiset kanta-asiakkaat on rajattu pois: uusasiakashankinta.',
    sv: 'Vuxna som är intresserade av katter, hundar eller hästar, utom nuvarande stamkunder: för att vinna nya kunder.',
    en: 'Adults interested in cats, dogs or horses, leaving out current customers: for winning new customers.',
  },
  audience: petOwnersAudience,
}

const petOwnersWinBack: TemplateInput = {
  id: 'pet-owners-win-back',
  labels: {
    fi: 'Lemmikkien omistajat: entiset ja satunnaisasiakkaat',
    sv: 'Djurägare: tidigare och tillfälliga kunder',
    en: 'Pet owners: former and occasional customers',
  },
  description: {
    fi: 'Alasegmentti lemmikkien omistajista: entiset ja satunnaisasiakkaat, joille kohdistetaan paluu- ja aktivointiviestit. Lataa asiakaslistat kanaville ennen julkaisua.',
    sv: 'Ett delsegment av djurägarna: tidigare och tillfälliga kunder som får återvinnings- och aktiveringsbudskap. Ladda upp kundlistorna till kanalerna före publicering.',
    en: 'A sub-segment of the pet owners: former and occasional customers, for win-back and reactivation messages. Upload the customer lists to the channels before launch.',
  },
  audience: {
    name: 'Lemmikkien omistajat: entiset ja satunnaisasiakkaat',
    tags: ['lemmikit', 'esimerkki'],
    locale: 'fi',
    geo: { include: [{ country: 'FI' }] },
    include: [[term('customerList', 'list.former-customers'), term('customerList', 'list.occasional-customers')]],
    parent: petOwnersAudience,
  },
}

export const PET_OWNER_TEMPLATES: TemplateInput[] = [petOwners, petOwnersWinBack]
