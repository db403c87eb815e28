import { z } from 'zod'

export const ROLES = ['admin', 'staff', 'planner', 'client'] as const
export const RoleSchema = z.enum(ROLES).meta({ description: 'admin, staff, planner or client.' })
export type Role = z.infer<typeof RoleSchema>

/** Who acts: every write is recorded in the audit log under this user. */
export type Actor = { userId: string; email: string; agencyId: string }

/** What a caller may see: one agency, and one client when the caller is a client user. */
export type Scope = { agencyId: string; clientId: string | null }

export type PageQuery = { limit: number; cursor?: string | undefined }
export type Page<T> = { items: T[]; nextCursor: string | null }

/** A conditional write's outcome: done, the object is missing (or out of scope), or the version was stale. */
export type Versioned<T> = { kind: 'ok'; value: T } | { kind: 'not_found' } | { kind: 'conflict'; current: T }
