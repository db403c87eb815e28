import { describe, expect, it } from 'vitest'
import { ConfigError, loadConfig } from '../../server/http/config.js'

describe('loadConfig', () => {
  it('when nothing is set, then uses the documented defaults', () => {
    expect(loadConfig({})).toEqual({
      port: 3000,
      host: '127.0.0.1',
      dataDir: './data',
      logLevel: 'info',
      bodyLimit: '1mb',
      databaseUrl: null,
      admin: null,
      publicUrl: null,
      trustProxy: false,
    })
  })

  it('when variables are set, then uses them', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      KOHDE_DATA_DIR: '/var/kohde',
      LOG_LEVEL: 'warn',
      BODY_LIMIT: '200kb',
      DATABASE_URL: 'postgres://kohde:secret@db:5432/kohde',
      KOHDE_ADMIN_EMAIL: 'admin@agency.test',
      KOHDE_ADMIN_PASSWORD: 'correct horse battery',
      KOHDE_PUBLIC_URL: 'https://kohde.agency.test/',
      KOHDE_TRUST_PROXY: '1',
    })

    expect(config).toEqual({
      port: 8080,
      host: '0.0.0.0',
      dataDir: '/var/kohde',
      logLevel: 'warn',
      bodyLimit: '200kb',
      databaseUrl: 'postgres://kohde:secret@db:5432/kohde',
      admin: { email: 'admin@agency.test', password: 'correct horse battery' },
      publicUrl: 'https://kohde.agency.test',
      trustProxy: 1,
    })
  })

  it('when only one of the admin variables is set, then throws ConfigError naming both', () => {
    expect(() => loadConfig({ KOHDE_ADMIN_EMAIL: 'admin@agency.test' })).toThrow('KOHDE_ADMIN_PASSWORD')
  })

  it('when loaded, then the config is frozen', () => {
    expect(Object.isFrozen(loadConfig({}))).toBe(true)
  })

  it.each([
    ['PORT', 'http'],
    ['PORT', '70000'],
    ['PORT', ''],
    ['LOG_LEVEL', 'loud'],
    ['BODY_LIMIT', 'lots'],
    ['DATABASE_URL', 'mysql://db/kohde'],
    ['KOHDE_ADMIN_EMAIL', 'not-an-email'],
    ['KOHDE_ADMIN_PASSWORD', 'short'],
    ['KOHDE_TRUST_PROXY', 'yes'],
    ['KOHDE_TRUST_PROXY', '11'],
    ['KOHDE_TRUST_PROXY', '10.0.0.5,proxy.internal'],
    ['KOHDE_TRUST_PROXY', '10.0.0.0/33'],
  ])('when %s is %j, then throws ConfigError naming the variable', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError)
    expect(() => loadConfig({ [name]: value })).toThrow(name)
  })

  it.each<[string, unknown]>([
    ['false', false],
    ['0', false],
    ['2', 2],
    ['loopback', ['loopback']],
    ['10.0.0.5, 10.0.0.6', ['10.0.0.5', '10.0.0.6']],
    ['loopback,10.1.0.0/16,fd00::/8', ['loopback', '10.1.0.0/16', 'fd00::/8']],
  ])('when KOHDE_TRUST_PROXY is %j, then trusts %j as Express reads it', (value, trust) => {
    expect(loadConfig({ KOHDE_TRUST_PROXY: value }).trustProxy).toEqual(trust)
  })

  it('when KOHDE_TRUST_PROXY is true, then refuses to start and says what to set instead (issue 16: true trusted any X-Forwarded-For)', () => {
    expect(() => loadConfig({ KOHDE_TRUST_PROXY: 'true' })).toThrow(ConfigError)
    expect(() => loadConfig({ KOHDE_TRUST_PROXY: 'true' })).toThrow(/number of proxies in front of kohde \(e\.g\. 1\)/)
  })
})
