import type { Kysely } from 'kysely'
import type { PlatformTables } from './platform-tables.js'

// Timestamps are ISO 8601 text (UTC, millisecond precision), JSON documents are text: one representation on both
// databases, and JSON text keeps what the client sent byte for byte (docs/adr/0004-storage.md).
export type Timestamp = string

export type AgencyTable = { id: string; name: string; created_at: Timestamp }
// The agency's logo (migration 0013): PNG or JPEG bytes as base64, checked by agency-logo.ts before they are written.
export type AgencyLogoTable = { agency_id: string; media_type: string; data: string; updated_at: Timestamp }

export type UserTable = {
  id: string
  agency_id: string
  email: string
  password_hash: string
  role: string
  client_id: string | null
  locale: string | null
  created_at: Timestamp
  updated_at: Timestamp
}

export type ClientTable = {
  id: string
  agency_id: string
  name: string
  created_at: Timestamp
  updated_at: Timestamp
  deleted_at: Timestamp | null
}

export type AudienceTable = {
  id: string
  agency_id: string
  client_id: string
  parent_id: string | null
  name: string
  // searchableName(name): what the list's search matches (migration 0012; null only if written around the store).
  search_name: string | null
  version: number
  created_by: string
  created_at: Timestamp
  updated_by: string
  updated_at: Timestamp
  deleted_at: Timestamp | null
}

export type AudienceVersionTable = {
  audience_id: string
  version: number
  parent_id: string | null
  definition: string
  author_id: string
  created_at: Timestamp
}

export type AudienceTagTable = { audience_id: string; tag: string }

export type PlanTable = {
  id: string
  agency_id: string
  client_id: string
  name: string
  version: number
  // The version the plan's client and share links see (null until it is first shared or approved).
  shared_version: number | null
  created_by: string
  created_at: Timestamp
  updated_by: string
  updated_at: Timestamp
  deleted_at: Timestamp | null
}

export type PlanVersionTable = {
  plan_id: string
  version: number
  status: string
  name: string
  content: string
  estimate: string
  author_id: string
  created_at: Timestamp
  shared_at: Timestamp | null
  approved_by: string | null
  approved_at: Timestamp | null
  // Who approved, as they gave it (a share link's visitor) or the signed-in user's email (issue 17).
  approver_name: string | null
  approver_email: string | null
}

export type PlanCommentTable = {
  id: string
  plan_id: string
  version: number
  author_id: string
  author_email: string
  body: string
  internal: number
  created_at: Timestamp
  // The plan line (0-based) the comment points at, if any.
  line: number | null
}

export type RateCardTable = {
  id: string
  agency_id: string
  country: string
  rates: string
  fee: string | null
  notes: string | null
  version: number
  created_at: Timestamp
  updated_at: Timestamp
}

export type AuditTable = {
  id: string
  agency_id: string
  actor_id: string | null
  actor_email: string | null
  action: string
  object_type: string
  object_id: string
  version: number | null
  at: Timestamp
}

export type SessionTable = {
  id_hash: string
  user_id: string
  csrf_token: string
  created_at: Timestamp
  expires_at: Timestamp
}

export type ApiTokenTable = {
  id: string
  token_hash: string
  user_id: string
  name: string
  created_at: Timestamp
  expires_at: Timestamp
  revoked_at: Timestamp | null
}

export type ShareLinkTable = {
  id: string
  token_hash: string
  plan_id: string
  created_by: string
  created_at: Timestamp
  expires_at: Timestamp
  revoked_at: Timestamp | null
}

export type ServerStateTable = { name: string; value: string; created_at: Timestamp }

export type RateLimitTable = {
  key: string
  count: number
  window_start: Timestamp
  blocked_until: Timestamp | null
  expires_at: Timestamp
}

// The review's activity: shared, changes requested, approved, commented, edited (issue 17).
export type PlanEventTable = {
  id: string
  agency_id: string
  plan_id: string
  version: number
  kind: string
  actor_id: string
  actor_name: string | null
  actor_email: string | null
  from_client: number
  comment: string | null
  line: number | null
  at: Timestamp
}

export type AgencyWebhookTable = {
  agency_id: string
  url: string
  secret: string
  created_at: Timestamp
  updated_at: Timestamp
}

// One delivery per event; next_attempt_at null once delivered or given up.
export type WebhookOutboxTable = {
  id: string
  agency_id: string
  payload: string
  attempts: number
  next_attempt_at: Timestamp | null
  delivered_at: Timestamp | null
  last_error: string | null
  created_at: Timestamp
}

export type Tables = PlatformTables & {
  agencies: AgencyTable
  agency_logos: AgencyLogoTable
  users: UserTable
  clients: ClientTable
  audiences: AudienceTable
  audience_versions: AudienceVersionTable
  audience_tags: AudienceTagTable
  plans: PlanTable
  plan_versions: PlanVersionTable
  plan_comments: PlanCommentTable
  rate_cards: RateCardTable
  audit_log: AuditTable
  sessions: SessionTable
  api_tokens: ApiTokenTable
  share_links: ShareLinkTable
  rate_limits: RateLimitTable
  server_state: ServerStateTable
  plan_events: PlanEventTable
  agency_webhooks: AgencyWebhookTable
  webhook_outbox: WebhookOutboxTable
}

export type Db = Kysely<Tables>
