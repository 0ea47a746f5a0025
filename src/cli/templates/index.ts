// Template files: schema, source positions, parsing, rendering. Re-exports only.
export {
  parseTemplateSource,
  decodeUtf8,
  loadTemplateFile,
  oversizedLooksLikeTemplate,
  readFileBytes,
  readTemplateBytes,
  readTemplateFile,
  readTemplateSource,
  type TemplateFileOutcome,
} from './parse.js';
export { exampleValues, hasWorstCase, render, type Rendered, worstCaseValues } from './render.js';
export {
  DEFAULT_MAX_FILE_BYTES,
  hasTemplateShape,
  type LoadedTemplate,
  looksLikeTemplate,
  placeholders,
  type SourcePosition,
  type SourceRegion,
  TEMPLATE_SCHEMA,
  type Template,
  type TemplateField,
  TemplateFileError,
  type TemplateVariable,
} from './schema.js';
export { jsonProblem } from './source-map.js';
