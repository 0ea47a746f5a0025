// The content domain's public exports.
export { abuse } from './abuse.js';
export { adult } from './adult.js';
export { CATEGORY_SPECS } from './categories.js';
export { classifyContent, createContentClassifier } from './classify.js';
export { SHARED_CONCEPTS } from './concepts/index.js';
export { counterfeit } from './counterfeit.js';
export { DEFAULT_BRANDS, GLOBAL_BRANDS, GULF_BRANDS, JORDAN_BRANDS, type ProtectedBrand } from './data/brands.js';
export { drugs } from './drugs.js';
export { fraud } from './fraud.js';
export { gambling } from './gambling.js';
export { CONTENT_CATEGORIES, type ContentCategory, type LexiconLanguage } from './lexicons/types.js';
export { type ContentModel, loadContentModel } from './model.js';
export type { ContentCategoryAction, ContentCategoryOptions, ContentOptions, ContentTermOption } from './options.js';
export { phishing } from './phishing.js';
export { piracy } from './piracy.js';
export { prescription } from './prescription.js';
export { pyramid } from './pyramid.js';
export { contentRules } from './rules.js';
export type {
  CategorySpec,
  ConceptSpec,
  ContentCategoryResult,
  ContentHit,
  ContentReport,
  FrameSpec,
  Slot,
} from './types.js';
export { weapons } from './weapons.js';
