import type { Page } from './page-table.js'
import { PLAN_FORM_PAGES } from './plan-form-page.js'
import { PLAN_GUIDANCE_PAGES } from './plan-guidance-pages.js'
import { PLAN_LIST_PAGE } from './plan-list-page.js'
import { PLAN_TOOL_PAGES } from './plan-tools-page.js'
import { PLAN_VIEW_PAGE } from './plan-view-page.js'

// /plans/new before /plans/:id: Express tries routes in order.
export const PLAN_PAGES: readonly Page[] = [
  PLAN_LIST_PAGE,
  ...PLAN_FORM_PAGES,
  PLAN_VIEW_PAGE,
  ...PLAN_TOOL_PAGES,
  ...PLAN_GUIDANCE_PAGES,
]
