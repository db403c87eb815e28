import { z } from 'zod'

// The facets a criterion term can have; product.md "Domain" lists them. Order is display order.
export const FACETS = [
  'interest',
  'behavior',
  'lifeEvent',
  'parentalStatus',
  'relationship',
  'income',
  'education',
  'employment',
  'homeType',
  'title',
  'seniority',
  'jobFunction',
  'industry',
  'companySize',
  'companyRevenue',
  'companyProfit',
  'companyTrade',
  'companySites',
  'skill',
  'employer',
  'keyword',
  'website',
  'customerList',
] as const

export const FacetSchema = z.enum(FACETS).meta({ description: 'What kind of criterion a term is.' })
export type Facet = z.infer<typeof FacetSchema>

// Facets whose value is always free text (the words or addresses themselves), never a taxonomy key.
export const FREE_TEXT_FACETS: ReadonlySet<Facet> = new Set(['keyword', 'website'])
