import { AUDIENCE_EDITOR_PAGES } from './audience-editor-pages.js'
import { AUTH_PAGES } from './auth-pages.js'
import { DASHBOARD_PAGE } from './dashboard-page.js'
import type { Page } from './page-table.js'

/** Every web page and form target; mount-pages.ts registers them, the fuzz and access tests read this list. */
export const PAGES: readonly Page[] = [...AUTH_PAGES, DASHBOARD_PAGE, ...AUDIENCE_EDITOR_PAGES]
