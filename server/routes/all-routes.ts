import { buildOpenApi } from '../http/openapi.js'
import { audiencesRoutes } from './audiences-routes.js'
import { auditRoutes } from './audit-routes.js'
import { authRoutes } from './auth-routes.js'
import { briefsRoutes } from './briefs-routes.js'
import { budgetForReachRoutes } from './budget-for-reach-routes.js'
import { clientsRoutes } from './clients-routes.js'
import { compileRoutes } from './compile-routes.js'
import { connectorsRoutes } from './connectors-routes.js'
import { docsRoutes } from './docs-routes.js'
import { estimateRoutes } from './estimate-routes.js'
import { exportRoutes } from './export-routes.js'
import { healthRoutes } from './health-routes.js'
import { optimizeRoutes } from './optimize-routes.js'
import { planDecisionRoutes } from './plan-decision-routes.js'
import { planReviewRoutes } from './plan-review-routes.js'
import { plansRoutes } from './plans-routes.js'
import { rateCardsRoutes } from './rate-cards-routes.js'
import type { Route } from './route-table.js'
import { strategiesRoutes } from './strategies-routes.js'
import { taxonomyRoutes } from './taxonomy-routes.js'
import { templatesRoutes } from './templates-routes.js'
import { usersRoutes } from './users-routes.js'
import { webhookRoutes } from './webhook-routes.js'

let document: object | undefined
export const openApiDocument = (): object => (document ??= buildOpenApi(ROUTES))

/** The route table: every endpoint of the API, in the order the OpenAPI document lists them. */
export const ROUTES: readonly Route[] = [
  ...healthRoutes,
  ...docsRoutes(openApiDocument),
  ...compileRoutes,
  ...estimateRoutes,
  ...optimizeRoutes,
  ...budgetForReachRoutes,
  ...strategiesRoutes,
  ...briefsRoutes,
  ...taxonomyRoutes,
  ...templatesRoutes,
  ...authRoutes,
  ...usersRoutes,
  ...clientsRoutes,
  ...audiencesRoutes,
  ...plansRoutes,
  ...exportRoutes,
  ...planReviewRoutes,
  ...planDecisionRoutes,
  ...rateCardsRoutes,
  ...auditRoutes,
  ...connectorsRoutes,
  ...webhookRoutes,
]
