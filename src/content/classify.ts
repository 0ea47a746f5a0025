/** `classifyContent`: the content report for one text, and a reusable compiled classifier. */
import { type CompiledContent, type ContentReport, compileContent } from './_engine.js';
import { type ContentOptions, parseContentOptions } from './options.js';

let defaultClassifier: CompiledContent | undefined;
const compiledFor = new WeakMap<object, CompiledContent>();

/** The shared default classifier, compiled on first use. */
export function defaultContent(): CompiledContent {
  defaultClassifier ??= compileContent({});
  return defaultClassifier;
}

/** Validates and compiles options (cached per options object). */
export function compiledContent(options: ContentOptions | undefined, what: string): CompiledContent {
  if (options === undefined) return defaultContent();
  const cached = compiledFor.get(options);
  if (cached) return cached;
  const compiled = compileContent(parseContentOptions(options, what));
  if (typeof options === 'object' && options !== null) compiledFor.set(options, compiled);
  return compiled;
}

/**
 * Classifies a message body into the prohibited content categories (adult, pyramid, piracy, prescription,
 * counterfeit, gambling, drugs, weapons, phishing, fraud, abuse) in Arabic, English and Arabizi, through
 * obfuscation. Only categories at or above their review threshold are listed, each with its score, action
 * and the hits (spans into the original text) that produced it. Options are validated (`PolicyConfigError`)
 * and compiled once per options object; reuse the object, or `createContentClassifier`, in hot paths.
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
