// The content domain's public exports.
export type { ContentCategoryResult, ContentReport } from './_engine.js';
export type { ContentHit } from './_types.js';
export { classifyContent, createContentClassifier } from './classify.js';
export { DEFAULT_BRANDS, GLOBAL_BRANDS, JORDAN_BRANDS, type ProtectedBrand } from './data/brands.js';
export {
  CONTENT_CATEGORIES,
  type ContentCategory,
  type Lexicon,
  type LexiconLanguage,
  type LexiconTerm,
} from './lexicons/types.js';
export type { ContentCategoryAction, ContentCategoryOptions, ContentOptions, ContentTermOption } from './options.js';
