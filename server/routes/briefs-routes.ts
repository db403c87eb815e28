import { BriefParseRequestSchema, BriefParseResultSchema, parseBrief } from '../../audiences/index.js'
import { defineRoute } from './route-table.js'

export const briefsRoutes = [
  defineRoute({
    method: 'post',
    path: '/api/v1/briefs/parse',
    summary: 'Read a free-text segment description (fi/sv/en) into a draft audience',
    tags: ['briefs'],
    request: BriefParseRequestSchema,
    responses: {
      200: {
        description: 'The draft audience, the recognised and unrecognised spans, and the assumptions made.',
        schema: BriefParseResultSchema,
      },
    },
    handle: ({ body }, { taxonomy }) => ({ status: 200, body: parseBrief(body.text, taxonomy, body.locale) }),
  }),
]
