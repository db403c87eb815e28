import { z } from 'zod'
import { ERP_BUYERS_TEMPLATE } from './erp-buyers-template.js'
import { HOUSE_FACTORY_TEMPLATES } from './house-factory-templates.js'
import { PET_OWNER_TEMPLATES } from './pet-owner-templates.js'
import { TemplateSchema, type Template } from './template-schema.js'

/** Starter audiences from the seed articles: seed 003's three house-factory segments, a B2B segment, pet owners. */
export const TEMPLATES: Template[] = z
  .array(TemplateSchema)
  .parse([...HOUSE_FACTORY_TEMPLATES, ERP_BUYERS_TEMPLATE, ...PET_OWNER_TEMPLATES])
