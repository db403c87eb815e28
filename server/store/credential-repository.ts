import { bind, standIn } from './compiled-once.js'
import { newId } from './store-ids.js'
import { mapPage, pageBy } from './store-paging.js'
import type { PageQuery } from './store-types.js'
import { toUser, type StoredUser } from './user-repository.js'
import type { Db } from './tables.js'

export type StoredToken = { id: string; name: string; createdAt: string; expiresAt: string; revokedAt: string | null }
export type SessionRecord = { user: StoredUser; csrfToken: string; expiresAt: string }
export type TokenRecord = { user: StoredUser; tokenId: string }

const TOKEN_HASH = standIn('token_hash')
const NOW = standIn('now')

/** Sessions and API tokens; only hashes of the secrets are stored, so a leaked database opens no account. */
export function credentialRepository(db: Db) {
  const tokenQuery = db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .selectAll('users')
    .select('api_tokens.id as token_id')
    .where('api_tokens.token_hash', '=', TOKEN_HASH)
    .where('api_tokens.revoked_at', 'is', null)
    .where('api_tokens.expires_at', '>', NOW)
    .compile()

  return {
    async createSession(userId: string, idHash: string, csrfToken: string, expiresAt: string) {
      // Expired sessions are useless: each new one sweeps them away.
      await db.deleteFrom('sessions').where('expires_at', '<=', new Date().toISOString()).execute()
      await db
        .insertInto('sessions')
        .values({
          id_hash: idHash,
          user_id: userId,
          csrf_token: csrfToken,
          created_at: new Date().toISOString(),
          expires_at: expiresAt,
        })
        .execute()
    },

    async session(idHash: string): Promise<SessionRecord | null> {
      const row = await db
        .selectFrom('sessions')
        .innerJoin('users', 'users.id', 'sessions.user_id')
        .selectAll('users')
        .select(['sessions.csrf_token', 'sessions.expires_at as session_expires_at'])
        .where('sessions.id_hash', '=', idHash)
        .where('sessions.expires_at', '>', new Date().toISOString())
        .executeTakeFirst()
      return row ? { user: toUser(row), csrfToken: row.csrf_token, expiresAt: row.session_expires_at } : null
    },

    async endSession(idHash: string) {
      await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute()
    },

    async createToken(userId: string, tokenHash: string, name: string, expiresAt: string): Promise<StoredToken> {
      const now = new Date()
      const row = {
        id: newId(now.getTime()),
        token_hash: tokenHash,
        user_id: userId,
        name,
        created_at: now.toISOString(),
        expires_at: expiresAt,
        revoked_at: null,
      }
      await db.insertInto('api_tokens').values(row).execute()
      return { id: row.id, name, createdAt: row.created_at, expiresAt, revokedAt: null }
    },

    async token(tokenHash: string): Promise<TokenRecord | null> {
      const bound = bind(tokenQuery, { [TOKEN_HASH]: tokenHash, [NOW]: new Date().toISOString() })
      const row = (await db.executeQuery(bound)).rows[0]
      return row ? { user: toUser(row), tokenId: row.token_id } : null
    },

    async tokens(userId: string, page: PageQuery) {
      const select = db.selectFrom('api_tokens').selectAll().where('user_id', '=', userId)
      return mapPage(await pageBy(select, 'id', page, (r) => r.id), (r): StoredToken => ({
        id: r.id,
        name: r.name,
        createdAt: r.created_at,
        expiresAt: r.expires_at,
        revokedAt: r.revoked_at,
      }))
    },

    async revokeToken(userId: string, id: string): Promise<boolean> {
      const result = await db
        .updateTable('api_tokens')
        .set({ revoked_at: new Date().toISOString() })
        .where('id', '=', id)
        .where('user_id', '=', userId)
        .where('revoked_at', 'is', null)
        .executeTakeFirst()
      return result.numUpdatedRows > 0n
    },
  }
}
