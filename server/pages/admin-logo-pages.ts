import { translate } from '../i18n/translate.js'
import { callerOf } from '../routes/stored-objects.js'
import type { AppDeps } from '../routes/route-table.js'
import { checkLogo, LOGO_MAX_BYTES, logoDataUrl, type LogoProblem } from './agency-logo.js'
import { definePage, type PageInput, type PageResult } from './page-table.js'

const ADMIN = ['admin'] as const
// Room for the multipart framing and the CSRF field around the largest logo kohde keeps; beyond it, 413.
const UPLOAD_LIMIT = LOGO_MAX_BYTES + 16 * 1024
// A refused upload is the uploader's to fix: 422 with the problem as the stable code (413 when it is too large).
const STATUS: Record<LogoProblem, number> = {
  logo_missing: 422,
  logo_too_large: 413,
  logo_type: 415,
  logo_damaged: 422,
}

async function logoPage(input: PageInput, deps: AppDeps, problem: LogoProblem | null): Promise<PageResult> {
  const agencyId = callerOf(input).principal.user.agencyId
  const agency = await deps.store.agencies.get(agencyId)
  const logo = await deps.store.agencies.logo(agencyId)
  return {
    view: 'admin-logo',
    title: translate(input.locale, 'logo.title'),
    status: problem ? STATUS[problem] : 200,
    model: {
      agencyName: agency?.name ?? '',
      logoSrc: logoDataUrl(logo),
      saved: input.query['saved'] === '1',
      removed: input.query['removed'] === '1',
      problemKey: problem ? `logo.problem.${problem}` : null,
      errorCode: problem,
      maxKb: LOGO_MAX_BYTES / 1024,
    },
  }
}

/** The agency's logo (issue 18): shown on the client page and in the client PDF's header. Admins upload it here. */
export const ADMIN_LOGO_PAGES = [
  definePage({
    method: 'get',
    path: '/admin/logo',
    auth: ADMIN,
    handle: (input, deps) => logoPage(input, deps, null),
  }),
  definePage({
    method: 'post',
    path: '/admin/logo',
    auth: ADMIN,
    upload: { maxBytes: UPLOAD_LIMIT },
    async handle(input, deps) {
      const check = checkLogo(input.files['logo']?.bytes)
      if (!check.ok) return logoPage(input, deps, check.problem)
      await deps.store.agencies.setLogo(
        callerOf(input).principal.user.agencyId,
        check.mediaType,
        input.files['logo']!.bytes,
      )
      return { redirect: '/admin/logo?saved=1' }
    },
  }),
  definePage({
    method: 'post',
    path: '/admin/logo/remove',
    auth: ADMIN,
    async handle(input, deps) {
      await deps.store.agencies.removeLogo(callerOf(input).principal.user.agencyId)
      return { redirect: '/admin/logo?removed=1' }
    },
  }),
]
