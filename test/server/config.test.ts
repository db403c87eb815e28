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
    })
  })

  it('when variables are set, then uses them', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      KOHDE_DATA_DIR: '/var/kohde',
      LOG_LEVEL: 'warn',
      BODY_LIMIT: '200kb',
    })

    expect(config).toEqual({ port: 8080, host: '0.0.0.0', dataDir: '/var/kohde', logLevel: 'warn', bodyLimit: '200kb' })
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
  ])('when %s is %j, then throws ConfigError naming the variable', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError)
    expect(() => loadConfig({ [name]: value })).toThrow(name)
  })
})
