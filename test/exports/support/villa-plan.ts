import { DEFAULT_TAXONOMY, TEMPLATES, type Audience, type Locale } from '../../../audiences/index.js'
import { buildPlanExportInput, type PlanExportSource } from '../../../server/exports/export-input-build.js'
import type { PlanExportInput } from '../../../server/exports/export-input.js'

export const villaAudience = (): Audience => {
  const template = TEMPLATES.find((t) => t.id === 'luxury-villa-buyers')
  if (!template) throw new Error('the luxury villa template is missing')
  return { ...template.audience, languages: ['fi', 'sv'] }
}

// Seed 003's villa plan: Facebook 3,000 €, Instagram 2,000 €, LinkedIn 3,000 € (CPM), Google 2,000 € (CPC), March 2026.
export function villaPlanSource(locale: Locale = 'fi'): PlanExportSource {
  const audience = villaAudience()
  const flight = { startDate: '2026-03-01', endDate: '2026-03-30' }
  const line = (channel: 'facebook' | 'instagram' | 'linkedin' | 'google', budget: number) => ({
    audienceName: audience.name,
    channel,
    budget,
    ...flight,
  })
  return {
    planName: 'Talotehdas – huvilat kevät 2026',
    clientName: 'Talotehdas Oy',
    locale,
    audiences: [{ name: audience.name, definition: audience }],
    lines: [
      line('facebook', 3000),
      line('instagram', 2000),
      line('linkedin', 3000),
      { ...line('google', 2000), pricing: 'cpc' as const },
    ],
  }
}

export const villaPlanInput = (locale: Locale = 'fi'): PlanExportInput =>
  buildPlanExportInput(villaPlanSource(locale), DEFAULT_TAXONOMY)
