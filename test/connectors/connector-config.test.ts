import { describe, expect, it } from 'vitest'
import { loadConnectorConfig, secretsOf } from '../../server/connectors/connector-config.js'
import { createConnectors } from '../../server/connectors/connectors.js'
import { testDeps } from './support/connector-deps.js'

const GOOGLE = {
  KOHDE_GOOGLE_ADS_DEVELOPER_TOKEN: 'dev-token',
  KOHDE_GOOGLE_ADS_CLIENT_ID: 'client.apps.googleusercontent.com',
  KOHDE_GOOGLE_ADS_CLIENT_SECRET: 'client-secret',
  KOHDE_GOOGLE_ADS_REFRESH_TOKEN: 'refresh-token',
  KOHDE_GOOGLE_ADS_CUSTOMER_ID: '123-456-7890',
}
const META = { KOHDE_META_ACCESS_TOKEN: 'meta-token', KOHDE_META_AD_ACCOUNT_ID: 'act_987' }
const LINKEDIN = {
  KOHDE_LINKEDIN_ACCESS_TOKEN: 'li-token',
  KOHDE_LINKEDIN_AD_ACCOUNT_ID: 'urn:li:sponsoredAccount:555',
}

describe('loadConnectorConfig', () => {
  it('when nothing is set, then every connector is off and there are no issues', () => {
    expect(loadConnectorConfig({})).toEqual({ credentials: {}, enabled: [], issues: [] })
  })

  it('when all three are set, then all are on with ids normalised (dashes, act_, URN prefix dropped)', () => {
    const config = loadConnectorConfig({ ...GOOGLE, ...META, ...LINKEDIN })

    expect(config.enabled).toEqual(['google', 'meta', 'linkedin'])
    expect(config.credentials.google?.customerId).toBe('1234567890')
    expect(config.credentials.meta?.adAccountId).toBe('987')
    expect(config.credentials.linkedin).toEqual({ accessToken: 'li-token', adAccountId: '555', version: '202607' })
  })

  it('when a platform is half configured, then it stays off and the issue names the variable, never a value', () => {
    const config = loadConnectorConfig({ KOHDE_META_ACCESS_TOKEN: 'meta-token' })

    expect(config.enabled).toEqual([])
    expect(config.issues).toEqual([
      {
        platform: 'meta',
        variable: 'KOHDE_META_AD_ACCOUNT_ID',
        problem: 'missing',
        message: 'KOHDE_META_AD_ACCOUNT_ID is not set',
      },
    ])
    expect(JSON.stringify(config.issues)).not.toContain('meta-token')
  })

  it('when a value is malformed, then that platform is off with an invalid issue and the others stay on', () => {
    const config = loadConnectorConfig({
      ...GOOGLE,
      KOHDE_GOOGLE_ADS_CUSTOMER_ID: '12345',
      ...META,
      KOHDE_LINKEDIN_VERSION: '2025-11',
    })

    expect(config.enabled).toEqual(['meta'])
    expect(config.issues.map((i) => [i.variable, i.problem])).toEqual([
      ['KOHDE_GOOGLE_ADS_CUSTOMER_ID', 'invalid'],
      ['KOHDE_LINKEDIN_ACCESS_TOKEN', 'missing'],
      ['KOHDE_LINKEDIN_AD_ACCOUNT_ID', 'missing'],
    ])
  })

  it('when listing secrets, then returns the tokens and client secret, not the ids', () => {
    const config = loadConnectorConfig({ ...GOOGLE, ...META })

    expect(secretsOf(config.credentials).sort()).toEqual(['client-secret', 'dev-token', 'meta-token', 'refresh-token'])
  })

  it('when creating connectors, then only the configured platforms get one', () => {
    const connectors = createConnectors(
      loadConnectorConfig({ ...META, KOHDE_LINKEDIN_ACCESS_TOKEN: 'li-token' }),
      testDeps(),
    )

    expect(Object.keys(connectors)).toEqual(['meta'])
    expect(connectors.meta?.account).toBe('act_987')
  })
})
