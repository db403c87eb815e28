import { SPEC_SCHEMAS } from '../../audiences/index.js'
import type { GoogleSpec } from '../../audiences/channels/google/google-spec-schema.js'

export type { GoogleSpec }

/** The compiled Google spec, checked against its schema (the export input carries specs as unknown). */
export const asGoogleSpec = (spec: unknown): GoogleSpec => SPEC_SCHEMAS.google.parse(spec) as GoogleSpec
