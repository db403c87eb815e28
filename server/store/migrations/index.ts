import type { Migration } from 'kysely'
import * as initial from './0001-initial.js'
import * as userLocale from './0002-user-locale.js'
import * as platformConnections from './0003-platform-connections.js'
import * as throttles from './0004-throttles.js'
import * as serverState from './0005-server-state.js'
import * as agencyEmails from './0006-agency-emails.js'
import * as planSharedVersion from './0007-plan-shared-version.js'
import * as rateCardFees from './0010-rate-card-fees.js'
import * as planReview from './0011-plan-review.js'
import * as listReads from './0012-list-reads.js'
import * as agencyLogos from './0013-agency-logos.js'

// Versioned migrations, applied in name order at start; never edit one that has shipped, add the next.
export const MIGRATIONS: Record<string, Migration> = {
  '0001-initial': initial,
  '0002-user-locale': userLocale,
  '0003-platform-connections': platformConnections,
  '0004-throttles': throttles,
  '0005-server-state': serverState,
  '0006-agency-emails': agencyEmails,
  '0007-plan-shared-version': planSharedVersion,
  '0010-rate-card-fees': rateCardFees,
  '0011-plan-review': planReview,
  '0012-list-reads': listReads,
  '0013-agency-logos': agencyLogos,
}
