/**
 * The content model: the one shipped in the package, and `loadContentModel` for one an operator trained with
 * `sms-policy train` on their own reviewed traffic.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { makeIssue } from '../core/_issues.js';
import { PolicyConfigError } from '../core/errors.js';
import { type ContentModel, decodeWeights, MODEL_FORMAT, MODEL_VERSION, type ModelPart } from './_model.js';
import { DEFAULT_MODEL } from './data/model.js';
import { CONTENT_CATEGORIES } from './lexicons/types.js';

export type { ContentModel } from './_model.js';

/** The model built into the package (null only in a build that has none). */
export function defaultModel(): ContentModel | null {
  return DEFAULT_MODEL;
}

/** Largest bound a model part may declare: even an operator's model cannot add or remove more than this. */
export const MAX_MODEL_BOUND = 16;

const bound = z.number().finite().min(0).max(MAX_MODEL_BOUND);
const part = z
  .object({
    bias: z.array(z.number().finite()).length(CONTENT_CATEGORIES.length),
    bounds: z.object({ positive: bound, negative: bound }).strict(),
    steps: z.array(z.number().finite().positive().max(1)).length(CONTENT_CATEGORIES.length),
    weights: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64'),
  })
  .strict();
const schema = z
  .object({
    format: z.literal(MODEL_FORMAT),
    version: z.literal(MODEL_VERSION),
    name: z
      .string()
      .regex(/^[a-z0-9][a-z0-9._-]{0,63}$/, 'must be 1–64 lowercase letters, digits, dot, dash or underscore'),
    bits: z.number().int().min(10).max(22),
    categories: z.array(z.enum(CONTENT_CATEGORIES)).length(CONTENT_CATEGORIES.length),
    base: z.union([part, z.literal('default'), z.null()]),
    own: z.union([part, z.null()]),
    trainedOn: z.string().max(2_000).optional(),
  })
  .strict();

/**
 * Loads a content model from a JSON file path or from the parsed JSON, validating it whole (shape, bounds,
 * weights). A model trained with `--base default` names the shipped model as its base and gets it from the
 * package. Throws `PolicyConfigError` naming the problem for a missing, unreadable or malformed model.
 *
 * @example
 * const model = loadContentModel('./model.json');
 * const classify = createContentClassifier({ model });
 */
export function loadContentModel(source: string | object): ContentModel {
  let data: unknown = source;
  if (typeof source === 'string') {
    try {
      data = JSON.parse(readFileSync(source, 'utf8'));
    } catch (error) {
      const reason =
        (error as NodeJS.ErrnoException).code ?? (error instanceof SyntaxError ? 'not JSON' : 'unreadable');
      throw new PolicyConfigError('loadContentModel', [
        makeIssue(['source'], 'invalid_value', {}, `invalid content model: ${String(reason)}`),
      ]);
    }
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 10)
      .map((issue) =>
        makeIssue(
          ['model', ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))],
          'invalid_value',
          {},
          `invalid content model: ${issue.message}`,
        ),
      );
    throw new PolicyConfigError('loadContentModel', issues);
  }
  const model = parsed.data;
  if (model.categories.some((c, i) => c !== CONTENT_CATEGORIES[i])) {
    throw new PolicyConfigError('loadContentModel', [
      makeIssue(['model', 'categories'], 'invalid_value', {}, `invalid content model: ${'categories out of order'}`),
    ]);
  }
  let base: ModelPart | null = null;
  if (model.base === 'default') {
    if (!DEFAULT_MODEL?.base || DEFAULT_MODEL.bits !== model.bits) {
      throw new PolicyConfigError('loadContentModel', [
        makeIssue(
          ['model', 'base'],
          'invalid_value',
          {},
          `invalid content model: ${'the shipped model does not match'}`,
        ),
      ]);
    }
    base = DEFAULT_MODEL.base;
  } else base = model.base;
  for (const [name, p] of [
    ['base', base],
    ['own', model.own],
  ] as const) {
    if (!p) continue;
    try {
      decodeWeights(p.weights, model.bits, CONTENT_CATEGORIES.length);
    } catch (error) {
      throw new PolicyConfigError('loadContentModel', [
        makeIssue(
          ['model', name, 'weights'],
          'invalid_value',
          {},
          `invalid content model: ${(error as Error).message}`,
        ),
      ]);
    }
  }
  const loaded: ContentModel = {
    format: model.format,
    version: model.version,
    name: model.name,
    bits: model.bits,
    categories: CONTENT_CATEGORIES,
    base,
    own: model.own,
  };
  if (model.trainedOn !== undefined) loaded.trainedOn = model.trainedOn;
  return loaded;
}
