/**
 * Compiled classifiers, cached per options object: options are validated and compiled once, whatever number of
 * rules or calls share them. Every classifier reads the text with all eleven categories' concepts (so the
 * model sees the same features, and one category's rule scores a message as `classifyContent` does); a rule of
 * some categories only reports those.
 */
import { makeIssue } from '../core/_issues.js';
import { PolicyConfigError } from '../core/errors.js';
import { type CompiledContent, compileContent } from './_engine.js';
import { CHANNEL_CONCEPT_IDS, SHARED_CONCEPTS } from './concepts/index.js';
import type { CategorySpec } from './_spec.js';
import { CONTENT_CATEGORIES, type ContentCategory } from './lexicons/types.js';
import { defaultModel } from './model.js';
import { parseContentOptions, type ContentCategoryAction, type ContentOptions } from './options.js';

const cache = new WeakMap<object, Map<string, CompiledContent>>();
const defaults = new Map<string, CompiledContent>();
/** Classifiers of some categories, per options object (`views` stands for no options). */
const viewCache = new WeakMap<object, Map<string, CompiledContent>>();
const views = {};

const keys = new WeakMap<readonly CategorySpec[], string>();

/** The cache key of a category set (remembered per array: `classifyContent` passes the same one every call). */
function keyOf(specs: readonly CategorySpec[]): string {
  let key = keys.get(specs);
  if (key === undefined) {
    key = specs.map((s) => s.category).join(',');
    keys.set(specs, key);
  }
  return key;
}

let registered: readonly CategorySpec[] | null = null;

/** Called once by `categories.ts` with the eleven specs (a registry, as the category files import this one). */
export function registerCategorySpecs(specs: readonly CategorySpec[]): void {
  registered = specs;
}

/** An added term's concept must be one the classifier has: a typo would silently add nothing. */
function checkConcepts(options: ContentOptions, specs: readonly CategorySpec[], what: string): void {
  const known = new Set<string>([
    ...CHANNEL_CONCEPT_IDS,
    ...SHARED_CONCEPTS.map((c) => c.id),
    ...specs.flatMap((s) => s.concepts.map((c) => c.id)),
  ]);
  const issues = (options.addTerms ?? []).flatMap((item, n) =>
    item.concept !== undefined && !known.has(item.concept)
      ? [
          makeIssue(
            ['addTerms', n, 'concept'],
            'invalid_value',
            {},
            `unknown concept "${item.concept}" (see docs/guide/content.md)`,
          ),
        ]
      : [],
  );
  if (issues.length > 0) throw new PolicyConfigError(what, issues);
}

/** The classifier of every category for `options`, compiled once per options object. */
function fullFor(specs: readonly CategorySpec[], options: ContentOptions | undefined, what: string): CompiledContent {
  const all = registered ?? specs;
  const key = keyOf(all);
  if (options === undefined) {
    let compiled = defaults.get(key);
    if (!compiled) {
      compiled = compileContent({ specs: all, options: {}, model: defaultModel() });
      defaults.set(key, compiled);
    }
    return compiled;
  }
  const perOptions = typeof options === 'object' && options !== null ? cache.get(options) : undefined;
  const cached = perOptions?.get(key);
  if (cached) return cached;
  const parsed = parseContentOptions(options, what);
  checkConcepts(parsed, all, what);
  const model = parsed.model === false ? null : (parsed.model ?? defaultModel());
  const compiled = compileContent({ specs: all, options: parsed, model });
  if (typeof options === 'object' && options !== null) {
    const map = perOptions ?? new Map<string, CompiledContent>();
    map.set(key, compiled);
    cache.set(options, map);
  }
  return compiled;
}

/** The compiled classifier for `specs` and `options` (validated here: `PolicyConfigError` naming `what`). */
export function compiledFor(
  specs: readonly CategorySpec[],
  options: ContentOptions | undefined,
  what: string,
): CompiledContent {
  const full = fullFor(specs, options, what);
  if (specs.length === full.categories.length || specs.length === CONTENT_CATEGORIES.length) return full;
  const key = keyOf(specs);
  const owner = typeof options === 'object' && options !== null ? options : views;
  let perOwner = viewCache.get(owner);
  const cached = perOwner?.get(key);
  if (cached) return cached;
  const only: ReadonlySet<ContentCategory> = new Set(specs.map((s) => s.category));
  const ceilings: Partial<Record<ContentCategory, ContentCategoryAction>> = {};
  for (const category of only) if (full.ceilings[category] !== undefined) ceilings[category] = full.ceilings[category];
  const view: CompiledContent = {
    classify: (text, subset) => full.classify(text, subset ?? only),
    featuresOf: full.featuresOf,
    ceilings,
    categories: full.categories.filter((c) => only.has(c)),
    lexicon: full.lexicon,
    model: full.model,
  };
  perOwner ??= new Map();
  perOwner.set(key, view);
  viewCache.set(owner, perOwner);
  return view;
}
