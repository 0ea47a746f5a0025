/** `classifyContent`: the content report for one text, and a reusable compiled classifier. */
import type { CompiledContent, ContentReport } from './_engine.js';
import { compiledFor } from './_compiled.js';
import { CATEGORY_SPECS } from './categories.js';
import { CONTENT_CATEGORIES } from './lexicons/types.js';
import type { ContentOptions } from './options.js';

const ALL = CONTENT_CATEGORIES.map((category) => CATEGORY_SPECS[category]);

/** The classifier of every category for `options` (validated and compiled once per options object). */
export function compiledContent(options: ContentOptions | undefined, what: string): CompiledContent {
  return compiledFor(ALL, options, what);
}

/**
 * Classifies a message body into the prohibited content categories (adult, pyramid, piracy, prescription,
 * counterfeit, gambling, drugs, weapons, phishing, fraud, abuse) in Arabic, English and Arabizi, through
 * obfuscation. Only categories at or above their review threshold are listed, each with its score, action
 * and the hits (spans into the original text) that produced it: frames, terms, the model and obfuscation.
 * Options are validated (`PolicyConfigError`) and compiled once per options object; reuse the object, or
 * `createContentClassifier`, in hot paths. `model: false` turns the statistical model off.
 *
 * @example
 * const report = classifyContent('Your account is blocked. Send your OTP to 0791234567 to unlock it');
 * report.categories[0]; // { category: 'phishing', action: 'deny', score: 14, hits: [...] }
 */
export function classifyContent(text: string, options?: ContentOptions): ContentReport {
  return compiledContent(options, 'classifyContent').classify(text);
}

/**
 * Compiles options once and returns a classifier function for many texts.
 *
 * @example
 * const classify = createContentClassifier({ disable: ['gambling'], allow: ['Zain Cash'] });
 * classify('خصم 20% على كل المعاطف').categories; // []
 */
export function createContentClassifier(options?: ContentOptions): (text: string) => ContentReport {
  const compiled = compiledContent(options, 'createContentClassifier');
  return (text) => compiled.classify(text);
}
