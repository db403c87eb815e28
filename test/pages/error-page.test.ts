import { describe, expect, it } from 'vitest'
import { toErrorPage } from '../../server/presenters/error-presenter.js'
import { toClientChoice } from '../../server/presenters/plan-form-presenter.js'
import { renderForSnapshot } from './support/page-world.js'

describe('toErrorPage', () => {
  it('when the code is one people can act on, then the page explains it; a 5xx never shows its detail', () => {
    expect(toErrorPage(404, 'not_found', 'no such plan')).toEqual({
      status: 404,
      code: 'not_found',
      messageKey: 'error.not_found',
      detail: 'no such plan',
    })
    expect(toErrorPage(500, 'internal', 'stack trace here')).toEqual({
      status: 500,
      code: 'internal',
      messageKey: 'error.other',
      detail: null,
    })
    expect(toErrorPage(422, 'audience_invalid', 'age').messageKey).toBe('error.other')
  })

  it('when rendered in Swedish for a 403, then matches the snapshot and carries the code on <main>', async () => {
    const html = renderForSnapshot(
      'error',
      'Fel 403',
      toErrorPage(403, 'forbidden', 'a client user cannot open this'),
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
