import { actorOf, scopeOf } from '../auth/principal.js'
import { translate } from '../i18n/translate.js'
import { callerOf, found, idOf } from '../routes/stored-objects.js'
import { definePage } from './page-table.js'

const ADMIN = ['admin'] as const

// The admin's index and the live share links; users, rate cards and platforms have their own files.
export const ADMIN_PAGES = [
  definePage({
    method: 'get',
    path: '/admin',
    auth: ADMIN,
    handle: (input) => ({
      view: 'admin',
      title: translate(input.locale, 'admin.title'),
      model: {
        links: [
          { href: '/admin/users', labelKey: 'admin.users' },
          { href: '/admin/rate-cards', labelKey: 'admin.rateCards' },
          { href: '/admin/share-links', labelKey: 'admin.shareLinks' },
          { href: '/admin/connectors', labelKey: 'admin.connectors' },
          { href: '/admin/webhook', labelKey: 'admin.webhook' },
          { href: '/admin/logo', labelKey: 'logo.title' },
        ],
      },
    }),
  }),
  definePage({
    method: 'get',
    path: '/admin/share-links',
    auth: ADMIN,
    async handle(input, { store }) {
      const links = await store.shareLinks.live(callerOf(input).principal.user.agencyId)
      return {
        view: 'admin-share-links',
        title: translate(input.locale, 'admin.shareLinks'),
        model: {
          revoked: input.query['revoked'] === '1',
          links: links.map((l) => ({
            ...l,
            planHref: `/plans/${l.planId}`,
            revokeAction: `/admin/share-links/${l.planId}/revoke`,
          })),
        },
      }
    },
  }),
  definePage({
    method: 'post',
    path: '/admin/share-links/:id/revoke',
    auth: ADMIN,
    async handle(input, { store }) {
      const { principal } = callerOf(input)
      found(
        (await store.planReviews.revokeShares(actorOf(principal), scopeOf(principal), idOf(input.params))) || null,
        'plan',
      )
      return { redirect: '/admin/share-links?revoked=1' }
    },
  }),
]
