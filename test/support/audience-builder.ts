import { AudienceSchema, type Audience, type AudienceInput } from '../../audiences/index.js'

/** A valid audience (Finland, 18+) with overrides, parsed so defaults are filled. */
export const anAudience = (overrides: Partial<AudienceInput> = {}): Audience =>
  AudienceSchema.parse({ name: 'Test audience', geo: { include: [{ country: 'FI' }] }, ...overrides })
