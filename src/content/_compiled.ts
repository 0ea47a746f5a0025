/**
 * Compiled classifiers, cached per options object (and per category set): options are validated and compiled
 * once, whatever number of rules or calls share them.
 */
import { type CompiledContent, compileContent } from './_engine.js';
import type { CategorySpec } from './_spec.js';
import { defaultModel } from './model.js';
import { parseContentOptions, type ContentOptions } from './options.js';

const cache = new WeakMap<object, Map<string, CompiledContent>>();
const defaults = new Map<string, CompiledContent>();

function keyOf(specs: readonly CategorySpec[]): string {
  return specs.map((s) => s.category).join(',');
}

/** The compiled classifier for `specs` and `options` (validated here: `PolicyConfigError` naming `what`). */
export function compiledFor(
  specs: readonly CategorySpec[],
  options: ContentOptions | undefined,
  what: string,
): CompiledContent {
  const key = keyOf(specs);
  if (options === undefined) {
    let compiled = defaults.get(key);
    if (!compiled) {
      compiled = compileContent({ specs, options: {}, model: defaultModel() });
      defaults.set(key, compiled);
    }
    return compiled;
  }
  const perOptions = typeof options === 'object' && options !== null ? cache.get(options) : undefined;
  const cached = perOptions?.get(key);
  if (cached) return cached;
  const parsed = parseContentOptions(options, what);
  const model = parsed.model === false ? null : (parsed.model ?? defaultModel());
  const compiled = compileContent({ specs, options: parsed, model });
  if (typeof options === 'object' && options !== null) {
    const map = perOptions ?? new Map<string, CompiledContent>();
    map.set(key, compiled);
    cache.set(options, map);
  }
  return compiled;
}
