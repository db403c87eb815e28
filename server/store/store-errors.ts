// A unique constraint was violated: better-sqlite3 says SQLITE_CONSTRAINT_UNIQUE or _PRIMARYKEY, pg says 23505.
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('code' in error)) return false
  return ['SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_CONSTRAINT_PRIMARYKEY', '23505'].includes(String(error.code))
}
