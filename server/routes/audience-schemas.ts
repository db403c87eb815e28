import { z } from 'zod'
import { AudienceSchema, DomainError } from '../../audiences/index.js'
import { HttpError } from '../http/http-errors.js'
import type { ParentProblem, StoredAudience } from '../store/audience-repository.js'

export const StoredAudienceSchema = z
  .strictObject({
    id: z.string(),
    clientId: z.string(),
    parentId: z.string().nullable(),
    version: z.int(),
    audience: AudienceSchema,
    createdAt: z.string(),
    createdBy: z.string().meta({ description: 'User id of the author of version 1.' }),
    updatedAt: z.string(),
    updatedBy: z.string().meta({ description: 'User id of the author of the current version.' }),
  })
  .meta({ id: 'StoredAudience' })

export const AudienceVersionSchema = z
  .strictObject({
    version: z.int(),
    parentId: z.string().nullable(),
    audience: AudienceSchema,
    authorId: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'AudienceVersion' })

export const presentAudience = (a: StoredAudience) => a

const PARENT_MESSAGES: Record<Exclude<ParentProblem, 'client_unknown' | 'parent_unknown'>, string> = {
  parent_other_client: 'the parent audience belongs to another client',
  parent_cycle: 'the parent chain leads back to this audience (or is deeper than 10 levels)',
}

/** 404 for a client or parent the caller cannot see (never saying which exists), 422 for an impossible parent. */
export function parentProblemError(problem: ParentProblem): Error {
  if (problem === 'client_unknown') return new HttpError('not_found', 'no such client')
  if (problem === 'parent_unknown') return new HttpError('not_found', 'no such parent audience')
  return new DomainError('audience_invalid', PARENT_MESSAGES[problem], [
    { path: ['parentId'], code: problem, message: PARENT_MESSAGES[problem] },
  ])
}
