import { describe, expect, it } from 'vitest'
import {
  DEFAULT_LINKEDIN_VERSION,
  linkedInVersionStatus,
  linkedInVersionWarning,
} from '../../server/connectors/linkedin/linkedin-version.js'
import { toConnectorsPage } from '../../server/presenters/connectors-presenter.js'
import type { ConnectorStatus } from '../../server/connectors/connection-schemas.js'
import { renderForSnapshot } from '../pages/support/page-world.js'

// LinkedIn's migrations table (learn.microsoft.com/linkedin/marketing/integrations/migrations): 202511 sunsets on
// 16 November 2026, 202603 on 16 March 2027 — the month of release a year on, mid-month. kohde counts from the 15th.
describe('linkedInVersionStatus', () => {
  it('when a version was released in November 2025, then it sunsets in mid-November 2026 and is past on 7 December 2026', () => {
    expect(linkedInVersionStatus('202511', new Date('2026-12-07T12:00:00Z'))).toEqual({
      version: '202511',
      sunsetOn: '2026-11-15',
      daysLeft: -22,
      state: 'sunset',
    })
  })

  it('when 202603 is 42 days from 15 March 2027 (1 February: 27 days of February left + 15), then it is near its sunset', () => {
    expect(linkedInVersionStatus('202603', new Date('2027-02-01T00:00:00Z'))).toMatchObject({
      sunsetOn: '2027-03-15',
      daysLeft: 42,
      state: 'near_sunset',
    })
  })

  it('when the default is used on 7 December 2026, then it is supported for 220 more days (to 15 July 2027)', () => {
    // 24 days of December + 31 + 28 + 31 + 30 + 31 + 30 + 15 = 220.
    expect(DEFAULT_LINKEDIN_VERSION).toBe('202607')
    expect(linkedInVersionStatus(DEFAULT_LINKEDIN_VERSION, new Date('2026-12-07T00:00:00Z'))).toMatchObject({
      daysLeft: 220,
      state: 'supported',
    })
  })

  it('when a version is supported, then there is no warning; when near, the warning names the date and the days', () => {
    expect(linkedInVersionWarning(linkedInVersionStatus('202607', new Date('2026-12-07T00:00:00Z')))).toBeNull()
    expect(linkedInVersionWarning(linkedInVersionStatus('202603', new Date('2027-02-01T00:00:00Z')))).toBe(
      "LinkedIn API version 202603 sunsets around 2027-03-15 (in 42 days): set a newer version (KOHDE_LINKEDIN_VERSION or the stored credentials' version) after testing it",
    )
  })
})

describe('the platforms page with a LinkedIn version near its sunset', () => {
  const linkedin: ConnectorStatus = {
    platform: 'linkedin',
    name: 'LinkedIn',
    configured: 'env',
    account: '507000001',
    updatedBy: null,
    updatedAt: null,
    problems: [{ code: 'linkedin_version_near_sunset', message: 'LinkedIn API version 202603 sunsets …' }],
    apiVersion: { version: '202603', sunsetOn: '2027-03-15', daysLeft: 42, state: 'near_sunset' },
    lastResolve: null,
  }

  it.each([
    ['fi', 'LinkedInin API-versio 202603 poistuu käytöstä noin 15.3.2027 (42 päivän päästä).'],
    ['sv', 'LinkedIns API-version 202603 upphör omkring 15 mars 2027 (om 42 dagar).'],
    ['en', 'LinkedIn API version 202603 sunsets around 15 Mar 2027 (in 42 days).'],
  ] as const)(
    'when shown in %s, then the warning is in that language and the English problem is not repeated',
    (locale, text) => {
      const html = renderForSnapshot('admin-connectors', 'x', toConnectorsPage([linkedin], true), {
        locale,
        role: 'admin',
      })

      expect(html.replace(/\s+/g, ' ')).toContain(text)
      expect(html).not.toContain('LinkedIn API version 202603 sunsets …')
    },
  )
})
