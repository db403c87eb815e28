import { z } from 'zod'
import { HttpError } from '../http/http-errors.js'
import { planWriteOf } from '../routes/plan-write.js'
import { callerOf, settled } from '../routes/stored-objects.js'
import { definePage } from './page-table.js'
import { PLAN_WRITERS } from './plan-form-page.js'
import { contentOf, estimatesOf, planOfPath } from './plan-loading.js'

const ApplyFormSchema = z.object({
  version: z.coerce.number().int().min(1),
  what: z.enum(['budget', 'plan', 'cap']),
  line: z.coerce.number().int().min(0).max(49).optional(),
})

// Budgets are saved to the cent, as a planner would type them.
const cents = (euros: number) => Math.round(euros * 100) / 100

export const PLAN_GUIDANCE_PAGES = [
  definePage({
    method: 'post',
    path: '/plans/:id/guidance/apply',
    auth: PLAN_WRITERS,
    async handle(input, deps) {
      const { actor, scope } = callerOf(input)
      const plan = await planOfPath(deps.store, scope, input.params)
      const form = ApplyFormSchema.safeParse(input.form)
      if (!form.success) throw new HttpError('request_invalid', 'the form lost its version or what to apply')
      const { what, line: index, version } = form.data
      // What is applied is computed again from the stored plan, never taken from the form.
      const estimate = estimatesOf(plan).plan
      const content = contentOf(plan)
      const target = index === undefined ? undefined : estimate.lines[index]
      if (what !== 'plan' && !target) throw new HttpError('request_invalid', 'no such line')
      const lines = content.lines.map((line, i) => {
        if (what === 'plan' && estimate.recommendedBudget)
          return { ...line, budget: cents(estimate.recommendedBudget.lineBudgets[i]!) }
        if (i !== index) return line
        if (what === 'budget' && target!.recommendedBudget)
          return { ...line, budget: cents(target!.recommendedBudget.budget) }
        if (what === 'cap' && target!.frequencyCapSuggestion)
          return { ...line, frequencyCap: target!.frequencyCapSuggestion.frequencyCap }
        throw new HttpError('request_invalid', 'nothing to apply to that line')
      })
      const body = {
        name: plan.name,
        lines,
        reachModel: content.reachModel,
        guidance: content.guidance,
        scenarios: content.scenarios,
      }
      const write = await planWriteOf(deps.store, deps.taxonomy, actor, scope, plan.clientId, body)
      settled(await deps.store.plans.update(actor, scope, plan.id, version, write), 'plan', (p) => p)
      return { redirect: `/plans/${plan.id}?applied=1` }
    },
  }),
]
