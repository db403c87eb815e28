import type { Timestamp } from './tables.js'

// Tables of migration 0003 (issue 7: live connectors per agency).
export type PlatformMappingTable = {
  agency_id: string
  taxonomy_key: string
  platform: string
  target: string
  platform_id: string
  name: string | null
  source: string
  confirmed: string
  fallback: string | null
  account: string
  created_by: string | null
  created_at: Timestamp
}

export type PlatformMappingVersionTable = { agency_id: string; version: number; updated_at: Timestamp }

export type PlatformCredentialTable = {
  agency_id: string
  platform: string
  sealed: string
  updated_by: string | null
  updated_at: Timestamp
}

export type PlatformResolveRunTable = {
  agency_id: string
  platform: string
  at: Timestamp
  actor_email: string | null
  outcome: string
  stored: number
  message: string | null
}

export type PlatformTables = {
  platform_mappings: PlatformMappingTable
  platform_mapping_versions: PlatformMappingVersionTable
  platform_credentials: PlatformCredentialTable
  platform_resolve_runs: PlatformResolveRunTable
}
