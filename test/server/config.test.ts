import { describe, expect, it } from 'vitest'
import { ConfigError, loadConfig } from '../../server/config.js'

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
      KOHDE_TRUST_PROXY: 'true',
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
      trustProxy: true,
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
  ])('when %s is %j, then throws ConfigError naming the variable', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError)
    expect(() => loadConfig({ [name]: value })).toThrow(name)
  })
})
