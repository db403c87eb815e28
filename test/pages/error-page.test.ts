import { describe, expect, it } from 'vitest'
import { toErrorPage } from '../../server/presenters/error-presenter.js'
import { toClientChoice } from '../../server/presenters/plan-form-presenter.js'
import { renderForSnapshot } from './support/page-world.js'

describe('toErrorPage', () => {
  it('when the code is one people can act on, then the page explains it; a 5xx never shows its detail', () => {
    expect(toErrorPage(404, 'not_found', 'no such plan')).toEqual({
      status: 404,
      code: 'not_found',
      headingKey: null,
      messageKey: 'error.not_found',
      actionKey: null,
      detail: 'no such plan',
      backHref: '/',
    })
    expect(toErrorPage(500, 'internal', 'stack trace here')).toEqual({
      status: 500,
      code: 'internal',
      headingKey: null,
      messageKey: 'error.other',
      actionKey: null,
      detail: null,
      backHref: '/',
    })
    expect(toErrorPage(422, 'audience_invalid', 'age').messageKey).toBe('error.other')
  })

  it('when a share link is gone, then the page says so, says whom to ask, and links to no sign-in page', () => {
    const page = toErrorPage(404, 'not_found', 'shared plan not found', {
      locale: 'sv',
      signedIn: false,
      path: '/share/x',
    })

    expect(page).toMatchObject({ headingKey: 'share.gone.title', actionKey: 'share.gone.action', backHref: null })
    // The English detail is developer text: a Swedish page does not show it.
    expect(page.detail).toBeNull()
  })

  it('when rendered in Swedish for a 403, then matches the snapshot and carries the code on <main>', async () => {
    const html = renderForSnapshot(
      'error',
      'Fel 403',
      toErrorPage(403, 'forbidden', 'a client user cannot open this', {
        locale: 'sv',
        signedIn: true,
        path: '/clients',
      }),
      {
        locale: 'sv',
        role: 'client',
        here: '/clients',
        errorCode: 'forbidden',
      },
    )
    expect(html).toContain('<main id="main" tabindex="-1" data-error-code="forbidden">')
    await expect(html).toMatchFileSnapshot('__snapshots__/error.html')
  })
})

describe('the plan builder\u2019s client choice', () => {
  it('when the agency has several clients, then matches the snapshot', async () => {
    const model = toClientChoice([
      { id: 'c1', name: 'Talotehdas Oy' },
      { id: 'c2', name: 'Huvilamestarit Oy' },
    ])
    await expect(
      renderForSnapshot('plan-choose-client', 'Uusi suunnitelma', model, { locale: 'fi', here: '/plans/new' }),
    ).toMatchFileSnapshot('__snapshots__/plan-choose-client.html')
  })
})
