import { ADMIN_MESSAGES } from './messages/admin-messages.js'
import { ASSUMPTION_MESSAGES } from './messages/assumption-messages.js'
import { DELIVERABLE_MESSAGES, LOGO_MESSAGES } from './messages/deliverable-messages.js'
import { AUDIENCE_MESSAGES } from './messages/audience-messages.js'
import { AUTH_MESSAGES } from './messages/auth-messages.js'
import { CLIENT_MESSAGES } from './messages/client-messages.js'
import { PLAN_MESSAGES } from './messages/plan-messages.js'
import { PLAN_UNIT_MESSAGES } from './messages/plan-unit-messages.js'
import { SIZE_MESSAGES } from './messages/size-messages.js'
import { COMMON_MESSAGES } from './messages/common-messages.js'
import { DASHBOARD_MESSAGES } from './messages/dashboard-messages.js'
import { EDITOR_MESSAGES } from './messages/editor-messages.js'
import { FEE_MESSAGES } from './messages/fee-messages.js'
import { GRADE_MESSAGES } from './messages/grade-messages.js'
import { PICKER_MESSAGES } from './messages/picker-messages.js'
import { GUIDANCE_MESSAGES } from './messages/guidance-messages.js'
import { LIVE_SIZE_MESSAGES } from './messages/live-size-messages.js'
import { OUTLOOK_MESSAGES } from './messages/outlook-messages.js'
import { ISSUE_MESSAGES } from './messages/issue-messages.js'
import { REVIEW_MESSAGES } from './messages/review-messages.js'
import { WEBHOOK_MESSAGES } from './messages/webhook-messages.js'
import type { MessageTable } from './messages/message-table.js'

// One table per area of the pages; a key defined twice is a mistake caught when the server starts.
const AREAS: readonly MessageTable[] = [
  COMMON_MESSAGES,
  AUTH_MESSAGES,
  DASHBOARD_MESSAGES,
  CLIENT_MESSAGES,
  ADMIN_MESSAGES,
  AUDIENCE_MESSAGES,
  EDITOR_MESSAGES,
  PICKER_MESSAGES,
  ISSUE_MESSAGES,
  PLAN_MESSAGES,
  PLAN_UNIT_MESSAGES,
  GUIDANCE_MESSAGES,
  FEE_MESSAGES,
  SIZE_MESSAGES,
  REVIEW_MESSAGES,
  WEBHOOK_MESSAGES,
  GRADE_MESSAGES,
  LIVE_SIZE_MESSAGES,
  OUTLOOK_MESSAGES,
  ASSUMPTION_MESSAGES,
  LOGO_MESSAGES,
  DELIVERABLE_MESSAGES,
]

function merge(areas: readonly MessageTable[]): MessageTable {
  const all: MessageTable = {}
  for (const area of areas)
    for (const [key, texts] of Object.entries(area)) {
      if (Object.hasOwn(all, key)) throw new Error(`message key ${key} is defined twice`)
      all[key] = texts
    }
  return all
}

export const MESSAGES: MessageTable = merge(AREAS)
