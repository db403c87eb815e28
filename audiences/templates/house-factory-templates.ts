import type { Facet } from '../model/facets.js'
import type { TemplateInput } from './template-schema.js'

const term = (facet: Facet, value: string) => ({ facet, value })
const FINLAND = { include: [{ country: 'FI' }] }

// Seed 003: a house factory ("talotehdas") sells villas, cottages and storage buildings, one segment each.
const luxuryVillaBuyers: TemplateInput = {
  id: 'luxury-villa-buyers',
  labels: { fi: 'Arvokkaan huvilan ostajat', sv: 'Köpare av exklusiva villor', en: 'Luxury villa buyers' },
  description: {
    fi: 'Hyvätuloiset 30–60-vuotiaat: toimitusjohtajat, lääkärit, juristit ja ylin johto, jotka seuraavat talousmediaa, luksustuotteita, designia tai sisustusta. Huvilan myynti on asumiseen liittyvä mainonta (housing). Lisää varakkaiden alueiden postinumerot, jos tunnet ne.',
    sv: 'Höginkomsttagare 30–60 år: vd:ar, läkare, jurister och högsta ledningen som följer affärsmedia, lyxvaror, design eller inredning. Villaförsäljning är bostadsannonsering (housing). Lägg till postnummer för välbärgade områden om du känner till dem.',
    en: 'High earners aged 30–60: CEOs, doctors, lawyers and C-level executives who follow business media, luxury goods, design or interior design. Selling a villa is housing advertising. Add the postal codes of affluent areas if you know them.',
  },
  audience: {
    name: 'Arvokkaan huvilan ostajat',
    tags: ['talotehdas', 'huvila', 'esimerkki'],
    locale: 'fi',
    specialAdCategory: 'housing',
    geo: FINLAND,
    age: { min: 30, max: 60 },
    include: [
      [
        term('title', 'title.ceo'),
        term('title', 'title.physician'),
        term('title', 'title.lawyer'),
        term('seniority', 'seniority.cxo'),
      ],
      [term('income', 'income.top-20')],
      [
        term('interest', 'interest.business-finance-media'),
        term('interest', 'interest.luxury-goods'),
        term('interest', 'interest.design'),
        term('interest', 'interest.interior-design'),
      ],
    ],
  },
}

const smallCottageBuyers: TemplateInput = {
  id: 'small-cottage-buyers',
  labels: { fi: 'Pienen mökin ostajat', sv: 'Köpare av mindre stugor', en: 'Small cottage buyers' },
  description: {
    fi: 'Työssäkäyvät, parisuhteessa elävät 30–70-vuotiaat keskituloiset, jotka ovat kiinnostuneita mökeistä tai talotehtaista tai ovat jo käyneet talotehtaiden sivuilla. Kahden hengen taloudessa kulut jaetaan.',
    sv: 'Förvärvsarbetande 30–70-åringar i en relation med medelinkomst, som är intresserade av stugor eller hustillverkare eller redan har besökt hustillverkares webbplatser. I ett hushåll med två delas kostnaden.',
    en: 'Employed people aged 30–70 in a relationship, on a middle income, interested in cottages or house manufacturers or who have already visited house manufacturers’ sites. Two people share the cost.',
  },
  audience: {
    name: 'Pienen mökin ostajat',
    tags: ['talotehdas', 'mökki', 'esimerkki'],
    locale: 'fi',
    geo: FINLAND,
    age: { min: 30, max: 70 },
    include: [
      [term('employment', 'employment.employed')],
      [term('relationship', 'relationship.in-relationship')],
      [term('income', 'income.middle-60')],
      [
        term('interest', 'interest.house-factories'),
        term('interest', 'interest.cottages'),
        term('website', 'https://www.kastelli.fi'),
        term('website', 'https://www.kannustalo.fi'),
        term('website', 'https://www.honka.fi'),
        term('website', 'https://www.kontio.fi'),
      ],
    ],
  },
}

const storageGarageBuyers: TemplateInput = {
  id: 'storage-garage-buyers',
  labels: { fi: 'Varaston ja autotallin ostajat', sv: 'Köpare av förråd och garage', en: 'Storage and garage buyers' },
  description: {
    fi: 'Työssäkäyvät yli 20-vuotiaat omakotitaloasujat, joita kiinnostaa rakentaminen tai jotka ovat etsineet vastaavia varastoja ja autotalleja. Tulotaso ei ole olennainen rajaus.',
    sv: 'Förvärvsarbetande över 20 år som bor i egnahemshus och är intresserade av byggande eller har letat efter liknande förråd och garage. Inkomsten är inte en relevant avgränsning.',
    en: 'Employed people over 20 living in detached houses who are interested in building or have looked for similar storage buildings and garages. Income is not a useful criterion.',
  },
  audience: {
    name: 'Varaston ja autotallin ostajat',
    tags: ['talotehdas', 'autotalli', 'esimerkki'],
    locale: 'fi',
    geo: FINLAND,
    age: { min: 20 },
    include: [
      [term('employment', 'employment.employed')],
      [term('homeType', 'homeType.detached-house')],
      [
        term('interest', 'interest.construction'),
        term('keyword', 'autotallipaketti'),
        term('keyword', 'pihavarasto'),
        term('website', 'https://www.k-rauta.fi'),
        term('website', 'https://www.bauhaus.fi'),
      ],
    ],
  },
}

export const HOUSE_FACTORY_TEMPLATES: TemplateInput[] = [luxuryVillaBuyers, smallCottageBuyers, storageGarageBuyers]
