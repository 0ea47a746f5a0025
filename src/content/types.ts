/**
 * Public names of the content types. The report types are declared beside the engine and the spec types beside
 * the spec compiler (internal modules); this module is what the index re-exports, so no `_` module leaks.
 */
export type { ContentCategoryResult, ContentHit, ContentReport } from './_engine.js';
export type { CategorySpec, ConceptSpec, FrameSpec, Slot } from './_spec.js';
