// The content domain's public exports.
export type { ContentCategoryResult, ContentReport } from './_engine.js';
export type { ContentHit } from './_types.js';
export { abuse } from './abuse.js';
export { adult } from './adult.js';
export { classifyContent, createContentClassifier } from './classify.js';
export { counterfeit } from './counterfeit.js';
export { DEFAULT_BRANDS, GLOBAL_BRANDS, GULF_BRANDS, JORDAN_BRANDS, type ProtectedBrand } from './data/brands.js';
export { drugs } from './drugs.js';
export { fraud } from './fraud.js';
export { gambling } from './gambling.js';
export {
  CONTENT_CATEGORIES,
  type ContentCategory,
  type Lexicon,
  type LexiconLanguage,
  type LexiconTerm,
} from './lexicons/types.js';
export type { ContentCategoryAction, ContentCategoryOptions, ContentOptions, ContentTermOption } from './options.js';
export { phishing } from './phishing.js';
export { piracy } from './piracy.js';
export { prescription } from './prescription.js';
export { pyramid } from './pyramid.js';
export { contentRules } from './rules.js';
export { weapons } from './weapons.js';
