import type { MessageTable } from './message-table.js'

export const DASHBOARD_MESSAGES = {
  'dashboard.title': { fi: 'Etusivu', sv: 'Översikt', en: 'Dashboard' },
  'dashboard.recentAudiences': { fi: 'Viimeisimmät kohderyhmät', sv: 'Senaste målgrupperna', en: 'Recent audiences' },
  'dashboard.recentPlans': { fi: 'Viimeisimmät suunnitelmat', sv: 'Senaste planerna', en: 'Recent plans' },
  'dashboard.newAudience': { fi: 'Uusi kohderyhmä', sv: 'Ny målgrupp', en: 'New audience' },
  'dashboard.newPlan': { fi: 'Uusi suunnitelma', sv: 'Ny plan', en: 'New plan' },
  'dashboard.allAudiences': { fi: 'Kaikki kohderyhmät', sv: 'Alla målgrupper', en: 'All audiences' },
  'dashboard.allPlans': { fi: 'Kaikki suunnitelmat', sv: 'Alla planer', en: 'All plans' },
  'plan.status.draft': { fi: 'luonnos', sv: 'utkast', en: 'draft' },
  'plan.status.shared': { fi: 'jaettu', sv: 'delad', en: 'shared' },
  'plan.status.approved': { fi: 'hyväksytty', sv: 'godkänd', en: 'approved' },
} satisfies MessageTable
