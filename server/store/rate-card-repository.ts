import type { RateCard } from '../../audiences/index.js'
import { recordAudit } from './audit-repository.js'
import { bind, standIn } from './compiled-once.js'
import { isUniqueViolation } from './store-errors.js'
import { newId } from './store-ids.js'
import { mapPage, pageBy } from './store-paging.js'
import type { Actor, PageQuery, Versioned } from './store-types.js'
import type { Db, RateCardTable } from './tables.js'

export type StoredRateCard = RateCard & { id: string; version: number; createdAt: string; updatedAt: string }

// The card as estimates read it: rates, and the fee and notes when set (absent, not null, as the schema has them).
const cardOf = (r: Pick<RateCardTable, 'country' | 'rates' | 'fee' | 'notes'>): RateCard => ({
  country: r.country,
  rates: JSON.parse(r.rates) as RateCard['rates'],
  ...(r.fee === null ? {} : { fee: JSON.parse(r.fee) as NonNullable<RateCard['fee']> }),
  ...(r.notes === null ? {} : { notes: r.notes }),
})

const toRateCard = (r: RateCardTable): StoredRateCard => ({
  id: r.id,
  ...cardOf(r),
  version: r.version,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
})

/** An agency's own rate cards, one per country; estimates use them before the Finnish default. */
const AGENCY_ID = standIn('agency_id')

export function rateCardRepository(db: Db) {
  // Read on every estimate.
  const allQuery = db.selectFrom('rate_cards').selectAll().where('agency_id', '=', AGENCY_ID).compile()
  const get = async (agencyId: string, id: string) => {
    const row = await db
      .selectFrom('rate_cards')
      .selectAll()
      .where('id', '=', id)
      .where('agency_id', '=', agencyId)
      .executeTakeFirst()
    return row ? toRateCard(row) : null
  }

  return {
    get,
    async all(agencyId: string): Promise<RateCard[]> {
      const rows = (await db.executeQuery(bind(allQuery, { [AGENCY_ID]: agencyId }))).rows
      return rows.map(cardOf)
    },

    async list(agencyId: string, page: PageQuery) {
      const select = db.selectFrom('rate_cards').selectAll().where('agency_id', '=', agencyId)
      return mapPage(await pageBy(select, 'id', page, (r) => r.id), toRateCard)
    },

    async create(actor: Actor, card: RateCard): Promise<StoredRateCard | 'country_taken'> {
      const now = new Date()
      const row: RateCardTable = {
        id: newId(now.getTime()),
        agency_id: actor.agencyId,
        country: card.country,
        rates: JSON.stringify(card.rates),
        fee: card.fee ? JSON.stringify(card.fee) : null,
        notes: card.notes ?? null,
        version: 1,
        created_at: now.toISOString(),
        updated_at: now.toISOString(),
      }
      try {
        await db.transaction().execute(async (trx) => {
          await trx.insertInto('rate_cards').values(row).execute()
          await recordAudit(trx, actor, actor.agencyId, {
            action: 'create',
            objectType: 'rate_card',
            objectId: row.id,
            version: 1,
          })
        })
      } catch (error) {
        if (isUniqueViolation(error)) return 'country_taken'
        throw error
      }
      return toRateCard(row)
    },

    async update(
      actor: Actor,
      id: string,
      version: number,
      card: RateCard,
    ): Promise<Versioned<StoredRateCard> | { kind: 'country_taken' }> {
      try {
        const outcome = await db.transaction().execute(async (trx) => {
          const result = await trx
            .updateTable('rate_cards')
            .set({
              country: card.country,
              rates: JSON.stringify(card.rates),
              fee: card.fee ? JSON.stringify(card.fee) : null,
              notes: card.notes ?? null,
              version: version + 1,
              updated_at: new Date().toISOString(),
            })
            .where('id', '=', id)
            .where('agency_id', '=', actor.agencyId)
            .where('version', '=', version)
            .executeTakeFirst()
          if (result.numUpdatedRows === 0n) return false
          await recordAudit(trx, actor, actor.agencyId, {
            action: 'update',
            objectType: 'rate_card',
            objectId: id,
            version: version + 1,
          })
          return true
        })
        const current = await get(actor.agencyId, id)
        if (!current) return { kind: 'not_found' }
        return outcome ? { kind: 'ok', value: current } : { kind: 'conflict', current }
      } catch (error) {
        if (isUniqueViolation(error)) return { kind: 'country_taken' }
        throw error
      }
    },

    async remove(actor: Actor, id: string): Promise<boolean> {
      return db.transaction().execute(async (trx) => {
        const result = await trx
          .deleteFrom('rate_cards')
          .where('id', '=', id)
          .where('agency_id', '=', actor.agencyId)
          .executeTakeFirst()
        if (result.numDeletedRows === 0n) return false
        await recordAudit(trx, actor, actor.agencyId, { action: 'delete', objectType: 'rate_card', objectId: id })
        return true
      })
    },
  }
}
