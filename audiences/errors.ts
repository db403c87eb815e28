// Domain error codes: stable lower_snake_case strings. HTTP status is decided at the edge (server/http/http-errors.ts).
export const DOMAIN_ERROR_CODES = [
  'audience_invalid',
  'channel_unknown',
  'taxonomy_invalid',
  // Estimates and budget planning (audiences/estimate).
  'audience_size_unknown',
  'universe_too_small',
  'reach_model_invalid',
  'budget_below_minimum',
  'bounds_infeasible',
] as const
export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number]

export type IssuePath = (string | number)[]
export type DomainIssue = { path: IssuePath; code: string; message: string }

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly issues: DomainIssue[] = [],
  ) {
    super(message)
    this.name = 'DomainError'
  }
}

export const isDomainError = (error: unknown): error is DomainError => error instanceof DomainError
