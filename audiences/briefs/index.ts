// The brief parser's public face: server/ and the CLI import it from here (or from audiences/index.ts).
export { parseBrief } from './brief-parse.js'
export {
  BRIEF_MAX_CHARS,
  BriefParseRequestSchema,
  BriefParseResultSchema,
  BriefTermSchema,
  BriefNoteSchema,
  type BriefParseRequest,
  type BriefParseResult,
  type BriefTerm,
  type BriefNote,
  type Recognized,
  type Unrecognized,
} from './brief-schema.js'
