import { PlatformSchema, type Platform } from '../../audiences/index.js'
import { actorOf } from '../auth/principal.js'
import {
  connectionStatus,
  contextOf,
  removeCredentials,
  runResolve,
  saveCredentials,
} from '../connectors/connections.js'
import { HttpError, toErrorResponse } from '../http/http-errors.js'
import { translate } from '../i18n/translate.js'
import { credentialFieldsOf, toConnectorsPage } from '../presenters/connectors-presenter.js'
import { callerOf } from '../routes/stored-objects.js'
import type { AppDeps } from '../routes/route-table.js'
import { definePage, type PageInput } from './page-table.js'

const ADMIN = ['admin'] as const

function platformOf(input: PageInput): Platform {
  const parsed = PlatformSchema.safeParse(input.params['platform'])
  if (!parsed.success) throw new HttpError('not_found', 'no such platform')
  return parsed.data
}

async function page(input: PageInput, deps: AppDeps, extra: Parameters<typeof toConnectorsPage>[2] = {}, status = 200) {
  const agencyId = callerOf(input).principal.user.agencyId
  const statuses = await connectionStatus(deps, agencyId)
  return {
    view: 'admin-connectors',
    title: translate(input.locale, 'admin.connectors'),
    status,
    model: toConnectorsPage(statuses, contextOf(deps).secretBox !== null, extra),
  }
}

// A failed use case shown on the page: its status and code, and the message (plain English from the connector).
const failure = (error: unknown) => {
  const { status, body } = toErrorResponse(error)
  if (status >= 500) throw error
  const issues = body.error.issues?.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')
  return { status, code: body.error.code, message: issues ? `${body.error.message}: ${issues}` : body.error.message }
}

export const ADMIN_CONNECTOR_PAGES = [
  definePage({ method: 'get', path: '/admin/connectors', auth: ADMIN, handle: (input, deps) => page(input, deps) }),
  definePage({
    method: 'post',
    path: '/admin/connectors/resolve',
    auth: ADMIN,
    async handle(input, deps) {
      const { principal } = callerOf(input)
      try {
        const report = await runResolve(deps, actorOf(principal), principal.user.agencyId, {})
        return page(input, deps, { report, errorCode: report.status === 'aborted' ? 'resolve_aborted' : undefined })
      } catch (error) {
        const f = failure(error)
        return page(input, deps, { formError: f.message, errorCode: f.code }, f.status)
      }
    },
  }),
  definePage({
    method: 'post',
    path: '/admin/connectors/:platform',
    auth: ADMIN,
    async handle(input, deps) {
      const platform = platformOf(input)
      // Only the platform's own fields, and only those filled in: a blank optional field is left out.
      const credentials = Object.fromEntries(
        credentialFieldsOf(platform)
          .map((name) => [name, input.form[name]] as const)
          .filter(([, value]) => value !== undefined && value !== ''),
      )
      try {
        await saveCredentials(deps, actorOf(callerOf(input).principal), platform, credentials)
        return { redirect: '/admin/connectors' }
      } catch (error) {
        const f = failure(error)
        return page(input, deps, { failedPlatform: platform, formError: f.message, errorCode: f.code }, f.status)
      }
    },
  }),
  definePage({
    method: 'post',
    path: '/admin/connectors/:platform/delete',
    auth: ADMIN,
    async handle(input, deps) {
      await removeCredentials(deps, actorOf(callerOf(input).principal), platformOf(input))
      return { redirect: '/admin/connectors' }
    },
  }),
]
