import { ADMIN_CONNECTOR_PAGES } from './admin-connector-pages.js'
import { ADMIN_PAGES } from './admin-pages.js'
import { ADMIN_LOGO_PAGES } from './admin-logo-pages.js'
import { ADMIN_RATE_CARD_PAGES } from './admin-rate-card-pages.js'
import { ADMIN_USER_PAGES } from './admin-users-pages.js'
import { ADMIN_WEBHOOK_PAGES } from './admin-webhook-pages.js'
import { AUDIENCE_EDITOR_PAGES } from './audience-editor-pages.js'
import { AUDIENCE_LIVE_PAGES } from './audience-live-page.js'
import { AUDIENCE_LIVE_SIZE_PAGE } from './audience-live-size.js'
import { AUDIENCE_PAGES } from './audience-pages.js'
import { AUDIENCE_PICKER_PAGES } from './audience-picker-pages.js'
import { AUTH_PAGES } from './auth-pages.js'
import { CLIENT_PAGES } from './clients-pages.js'
import { DASHBOARD_PAGE } from './dashboard-page.js'
import { EXPORTS_PAGE } from './exports-page.js'
import type { Page } from './page-table.js'
import { PLAN_CLIENT_PAGES } from './plan-client-pages.js'
import { PLAN_REVIEW_PAGES } from './plan-review-pages.js'
import { SHARE_PAGES } from './share-pages.js'
import { PLAN_PAGES } from './plan-pages.js'

/** Every web page and form target; mount-pages.ts registers them, the fuzz and access tests read this list. */
export const PAGES: readonly Page[] = [
  ...AUTH_PAGES,
  DASHBOARD_PAGE,
  ...PLAN_CLIENT_PAGES,
  ...PLAN_REVIEW_PAGES,
  ...SHARE_PAGES,
  ...CLIENT_PAGES,
  EXPORTS_PAGE,
  ...ADMIN_PAGES,
  ...ADMIN_LOGO_PAGES,
  ...ADMIN_USER_PAGES,
  ...ADMIN_RATE_CARD_PAGES,
  ...ADMIN_CONNECTOR_PAGES,
  ...ADMIN_WEBHOOK_PAGES,
  ...PLAN_PAGES,
  // Before /audiences/:id (the audience page): /audiences/new and /audiences/:id/edit.
  ...AUDIENCE_EDITOR_PAGES,
  AUDIENCE_LIVE_SIZE_PAGE,
  ...AUDIENCE_PICKER_PAGES,
  ...AUDIENCE_PAGES,
  ...AUDIENCE_LIVE_PAGES,
]
