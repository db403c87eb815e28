import type { RateCard } from '../../audiences/index.js'
import type { Store } from '../store/store.js'
import type { RouteInput } from './route-table.js'
import { callerOf } from './stored-objects.js'

/** The caller's agency cards: api.md's "rates missing from a line come from the caller's rate card". */
export async function callerRateCards(
  input: Pick<RouteInput<unknown, unknown>, 'principal'>,
  store: Store,
): Promise<readonly RateCard[]> {
  return store.rateCards.all(callerOf(input).actor.agencyId)
}
