import { AUDIENCE_LIST_PAGE } from './audience-list-page.js'
import { AUDIENCE_PAGE } from './audience-page.js'
import type { Page } from './page-table.js'

/** The audiences list and the audience page; after /audiences/new in PAGES, so `new` is not taken for an id. */
export const AUDIENCE_PAGES: readonly Page[] = [AUDIENCE_LIST_PAGE, AUDIENCE_PAGE]
