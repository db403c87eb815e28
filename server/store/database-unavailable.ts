/** PostgreSQL cannot be used as DATABASE_URL names it; the message is one sentence saying what to do. */
export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError'
}
