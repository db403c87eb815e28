// The ceilings the compile and estimate routes are measured against, on the bench server beside the bare route and
// before any of kohde's middleware. Each answers the same bodies with the same bytes as kohde's route would, minus
// kohde's edge (request log, helmet, authentication, the agency's taxonomy and rate cards read per request, the
// router, the error handling):
//   /ceiling/*-answer  parse the JSON body and send the stored answer for its audience: what any route giving this
//                      answer pays before it computes anything (the body in, the answer's bytes out);
//   /ceiling/*         the domain's own work on a bare route: zod parse, compile or estimate, JSON.stringify.
// If even the stored answer runs below the goal's ratio, no implementation of the route reaches it on this machine.
import express, { type Express } from 'express'
import {
  compileAudience,
  DEFAULT_TAXONOMY,
  estimatePlan,
  EstimateRequestSchema,
  type RateCard,
} from '../audiences/index.js'
import { CompileRequestSchema } from '../server/routes/compile-routes.js'
import { sendJsonText } from '../server/routes/mount-routes.js'

// The stored answers, one per audience name (the bench's bodies differ by audience); made on first sight.
function storedAnswers(answer: (body: unknown) => string): (body: { audience?: { name?: string } }) => string {
  const byName = new Map<string, string>()
  return (body) => {
    const name = body.audience?.name ?? ''
    let text = byName.get(name)
    if (text === undefined) byName.set(name, (text = answer(body)))
    return text
  }
}

/** Adds the four ceiling routes; the estimate uses the agency's rate cards, read once here instead of per request. */
export function addCeilingRoutes(app: Express, rateCards: readonly RateCard[]): void {
  const json = express.json({ limit: '1mb' })
  const compile = (body: unknown) => {
    const { audience, channels } = CompileRequestSchema.parse(body)
    return JSON.stringify({ channels: compileAudience(audience, DEFAULT_TAXONOMY, channels) })
  }
  const estimate = (body: unknown) =>
    JSON.stringify(estimatePlan(EstimateRequestSchema.parse(body), DEFAULT_TAXONOMY, { rateCards }))
  const compileAnswer = storedAnswers(compile)
  const estimateAnswer = storedAnswers(estimate)

  app.post('/ceiling/compile-answer', json, (req, res) => sendJsonText(res, compileAnswer(req.body)))
  app.post('/ceiling/compile', json, (req, res) => sendJsonText(res, compile(req.body)))
  app.post('/ceiling/estimate-answer', json, (req, res) => sendJsonText(res, estimateAnswer(req.body)))
  app.post('/ceiling/estimate', json, (req, res) => sendJsonText(res, estimate(req.body)))
}
