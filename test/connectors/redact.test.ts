import { Writable } from 'node:stream'
import pino from 'pino'
import { describe, expect, it } from 'vitest'
import { redact, redactingLogOptions } from '../../server/connectors/redact.js'

const TOKEN = 'EAAB-meta-secret-token'

function capture(): { stream: Writable; text: () => string } {
  const chunks: string[] = []
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString())
      done()
    },
  })
  return { stream, text: () => chunks.join('') }
}

describe('redact', () => {
  it('when a string holds a known secret or an access_token parameter, then both are replaced', () => {
    const url = `https://graph.facebook.com/v24.0/act_1/adsets?access_token=${TOKEN}&fields=id`

    expect(redact({ url, note: `token ${TOKEN}` }, [TOKEN])).toEqual({
      url: 'https://graph.facebook.com/v24.0/act_1/adsets?access_token=[redacted]&fields=id',
      note: 'token [redacted]',
    })
  })

  it('when pino logs an SDK-shaped error and request config, then no secret reaches the destination stream', () => {
    const out = capture()
    const logger = pino(redactingLogOptions([TOKEN, 'li-secret']), out.stream)
    // The Meta SDK's FacebookRequestError keeps the URL with the token; axios errors keep the Authorization header.
    const sdkError = Object.assign(new Error('Error validating access token'), {
      url: `http://127.0.0.1/v24.0/search?q=x&access_token=${TOKEN}`,
      config: { headers: { Authorization: 'Bearer li-secret' } },
    })

    logger.error(
      { err: sdkError, request: { headers: { authorization: 'Bearer li-secret' } }, accessToken: TOKEN },
      'lookup failed',
    )

    expect(out.text()).toContain('lookup failed')
    expect(out.text()).toContain('Error validating access token')
    expect(out.text()).not.toContain(TOKEN)
    expect(out.text()).not.toContain('li-secret')
  })
})
