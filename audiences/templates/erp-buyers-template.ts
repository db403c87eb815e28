import type { Facet } from '../model/facets.js'
import type { TemplateInput } from './template-schema.js'

const term = (facet: Facet, value: string) => ({ facet, value })

// Seed 003's B2B example: selling an ERP system ("toiminnanohjausjärjestelmä") to companies by register data.
export const ERP_BUYERS_TEMPLATE: TemplateInput = {
  id: 'erp-buyers',
  labels: { fi: 'Toiminnanohjausjärjestelmän ostajat', sv: 'Köpare av affärssystem', en: 'ERP system buyers' },
  description: {
    fi: 'Kannattavien, vientiä harjoittavien teollisuus- ja rakennusyritysten (51–500 henkeä, liikevaihto yli 10 M€) talousjohtajat, IT-päälliköt ja ylin johto, nykyiset asiakkaat pois lukien. Liikevaihto, tulos ja vienti löytyvät yritysrekistereistä (Asiakastieto, Vainu): vie lista kanaville asiakaslistana.',
    sv: 'Ekonomichefer, IT-chefer och högsta ledningen i lönsamma, exporterande industri- och byggföretag (51–500 anställda, omsättning över 10 M€), utom nuvarande kunder. Omsättning, resultat och export finns i företagsregister (Asiakastieto, Vainu): ladda upp listan som kundlista.',
    en: 'CFOs, IT managers and C-level executives of profitable, exporting manufacturing and construction companies (51–500 staff, revenue over €10M), excluding current customers. Revenue, profit and exports come from company registers (Asiakastieto, Vainu): upload the list as a customer list.',
  },
  audience: {
    name: 'Toiminnanohjausjärjestelmän ostajat',
    tags: ['b2b', 'erp', 'esimerkki'],
    locale: 'fi',
    geo: { include: [{ country: 'FI' }] },
    include: [
      [term('industry', 'industry.manufacturing'), term('industry', 'industry.construction')],
      [term('companySize', 'companySize.51-200'), term('companySize', 'companySize.201-500')],
      [term('companyRevenue', 'companyRevenue.10m-50m'), term('companyRevenue', 'companyRevenue.50m-plus')],
      [term('companyProfit', 'companyProfit.positive')],
      [term('companyTrade', 'companyTrade.exporter')],
      [
        term('title', 'title.cfo'),
        term('title', 'title.it-manager'),
        term('seniority', 'seniority.cxo'),
        term('seniority', 'seniority.director'),
      ],
    ],
    exclude: [term('customerList', 'list.current-customers')],
  },
}
