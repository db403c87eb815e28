import { idOf } from '../routes/stored-objects.js'
import { definePage, type Page } from './page-table.js'
import { PLAN_FORM_PAGES } from './plan-form-page.js'
import { PLAN_GUIDANCE_PAGES } from './plan-guidance-pages.js'
import { PLAN_LIST_PAGE } from './plan-list-page.js'
import { PLAN_TOOL_PAGES } from './plan-tools-page.js'
import { PLAN_READERS, PLAN_VIEW_PAGE } from './plan-view-page.js'

const FORMS: readonly Page[] = [...PLAN_FORM_PAGES, ...PLAN_TOOL_PAGES, ...PLAN_GUIDANCE_PAGES]

// A form target that only takes POST (apply, share, revoke) opened by its address (a reload after the browser
// dropped the post, a pasted link) goes to its plan page in the reader's language, never to a bare 405 answer.
const postOnly = FORMS.filter(
  (p) => p.method === 'post' && !FORMS.some((q) => q.method === 'get' && q.path === p.path),
).map((p) =>
  definePage({
    method: 'get',
    path: p.path,
    auth: [...PLAN_READERS, 'client'],
    handle: (input) => ({ redirect: `/plans/${idOf(input.params)}` }),
  }),
)

// /plans/new before /plans/:id: Express tries routes in order.
export const PLAN_PAGES: readonly Page[] = [
  PLAN_LIST_PAGE,
  ...PLAN_FORM_PAGES,
  PLAN_VIEW_PAGE,
  ...PLAN_TOOL_PAGES,
  ...PLAN_GUIDANCE_PAGES,
  ...postOnly,
]
