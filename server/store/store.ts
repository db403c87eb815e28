import { sql } from 'kysely'
import { agencyRepository } from './agency-repository.js'
import { audienceRepository } from './audience-repository.js'
import { auditRepository } from './audit-repository.js'
import { clientRepository } from './client-repository.js'
import { credentialRepository } from './credential-repository.js'
import { openDatabase, type Database, type DatabaseOptions } from './database.js'
import { planEventRepository } from './plan-event-repository.js'
import { planRepository } from './plan-repository.js'
import { planReviewRepository } from './plan-review-repository.js'
import { platformCredentialRepository } from './platform-credential-repository.js'
import { platformMappingRepository } from './platform-mapping-repository.js'
import { rateCardRepository } from './rate-card-repository.js'
import { rateLimitRepository } from './rate-limit-repository.js'
import { serverStateRepository } from './server-state-repository.js'
import { shareLinkRepository } from './share-link-repository.js'
import { userRepository } from './user-repository.js'
import { webhookRepository } from './webhook-repository.js'

/** Every repository over one database; the same code serves SQLite and PostgreSQL. */
export function createStore(database: Database) {
  const { db } = database
  return {
    kind: database.kind,
    db,
    agencies: agencyRepository(db),
    users: userRepository(db),
    clients: clientRepository(db),
    audiences: audienceRepository(db),
    plans: planRepository(db),
    planReviews: planReviewRepository(db),
    planEvents: planEventRepository(db),
    webhooks: webhookRepository(db),
    rateCards: rateCardRepository(db),
    audit: auditRepository(db),
    credentials: credentialRepository(db),
    rateLimits: rateLimitRepository(db),
    shareLinks: shareLinkRepository(db),
    serverState: serverStateRepository(db),
    platformMappings: platformMappingRepository(db),
    platformCredentials: platformCredentialRepository(db),
    ping: async () => void (await sql`select 1`.execute(db)),
    close: () => database.close(),
  }
}
export type Store = ReturnType<typeof createStore>

/** Opens (and migrates) the database the options name and wraps it in the repositories. */
export const openStore = async (options: DatabaseOptions): Promise<Store> => createStore(await openDatabase(options))
