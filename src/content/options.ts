/** Options of the content classifier and rules, validated with zod once per factory call. */
import { z } from 'zod';
import { fromZodIssues } from '../core/_issues.js';
import { PolicyConfigError } from '../core/errors.js';
import type { ContentModel } from './_model.js';
import type { ProtectedBrand } from './data/brands.js';
import { CONTENT_CATEGORIES, type ContentCategory, type LexiconLanguage } from './lexicons/types.js';

export type ContentCategoryAction = 'deny' | 'review' | 'warn' | 'info' | 'off';

export interface ContentCategoryOptions {
  /** Score at which the category is reported (default per category, usually 4). */
  reviewAt?: number;
  /** Score at which it is denied (default per category, usually 8). */
  denyAt?: number;
  /** Highest score the category can reach (default 20). */
  cap?: number;
  /**
   * The strongest action the category may take: `review` turns a deny into a review, `warn`/`info` report
   * without blocking (rules only; the report keeps `review`), `off` disables the category.
   */
  action?: ContentCategoryAction;
}

export interface ContentTermOption {
  /** The category the term counts for, with `weight`. */
  category: ContentCategory;
  /**
   * Instead of a weight of its own: the concept class the term joins (`card`, `blocked`, `prize`, `brand` …, see
   * docs/guide/content.md), so it takes part in every frame that uses the concept.
   */
  concept?: string;
  term: string;
  /**
   * Without `concept`, required: 8 or more alone denies, 4–7 alone asks for review, 1–3 needs company, below 0
   * marks a legitimate look-alike. With `concept`, not used.
   */
  weight?: number;
  language?: LexiconLanguage;
  tag?: string;
}

export interface ContentOptions {
  /** Extra lexicon terms (also negatives, with a weight below 0). */
  addTerms?: ContentTermOption[];
  /** Terms to drop: a string drops it from every category, `{ category, term }` from one. */
  removeTerms?: Array<string | { category: ContentCategory; term: string }>;
  /** Phrases that are always fine for this sender: nothing found inside them counts. */
  allow?: string[];
  /** Per-category thresholds and action ceilings. */
  categories?: Partial<Record<ContentCategory, ContentCategoryOptions>>;
  /** Categories not checked at all. */
  disable?: ContentCategory[];
  /** Brands whose look-alike domains are flagged; added to the shipped list unless `replaceBrands`. */
  protectedBrands?: ProtectedBrand[];
  /** Use only `protectedBrands`, not the shipped Jordanian and global brands. */
  replaceBrands?: boolean;
  /** The statistical model: the shipped one by default, one from `loadContentModel`, or `false` for rules only. */
  model?: ContentModel | false;
}

const category = z.enum(CONTENT_CATEGORIES);
const score = z.number().finite().min(0).max(100);

const categoryOptions = z
  .object({
    reviewAt: score.optional(),
    denyAt: score.optional(),
    cap: score.optional(),
    action: z.enum(['deny', 'review', 'warn', 'info', 'off']).optional(),
  })
  .strict()
  .refine((o) => o.reviewAt === undefined || o.denyAt === undefined || o.reviewAt <= o.denyAt, {
    message: 'reviewAt must not be above denyAt',
    path: ['reviewAt'],
  });

const term = z.string().trim().min(1).max(200);

const brand = z
  .object({
    name: z.string().min(1).max(100),
    names: z.array(z.string().min(1).max(100)).max(50),
    domains: z
      .array(z.string().regex(/^(?:[a-z0-9-]+\.)+[a-z]{2,24}$/i, 'must be a domain such as example.jo'))
      .min(1)
      .max(50),
    keys: z
      .array(z.string().regex(/^[a-z0-9]{3,40}$/, 'must be 3–40 lowercase letters or digits'))
      .max(20)
      .optional(),
  })
  .strict();

export const contentOptionsSchema = z
  .object({
    addTerms: z
      .array(
        z
          .object({
            category,
            concept: z
              .string()
              .regex(/^[a-z][a-z0-9-]{0,63}$/, 'must be a concept id such as card or prize')
              .optional(),
            term,
            weight: z.number().finite().min(-20).max(20).optional(),
            language: z.enum(['ar', 'en', 'arabizi']).optional(),
            tag: z.string().max(40).optional(),
          })
          .strict()
          .refine((t) => t.concept !== undefined || t.weight !== undefined, {
            message: 'is required (or a concept to join)',
            path: ['weight'],
          }),
      )
      .max(10_000)
      .optional(),
    removeTerms: z
      .array(z.union([term, z.object({ category, term }).strict()]))
      .max(10_000)
      .optional(),
    allow: z.array(z.string().trim().min(1).max(500)).max(1_000).optional(),
    categories: z.partialRecord(category, categoryOptions).optional(),
    disable: z.array(category).optional(),
    protectedBrands: z.array(brand).max(1_000).optional(),
    replaceBrands: z.boolean().optional(),
    model: z
      .union([
        z.literal(false),
        z.custom<ContentModel>(
          (value) =>
            typeof value === 'object' &&
            value !== null &&
            (value as { format?: unknown }).format === 'sms-policy/content-model',
          { message: 'must be a model from loadContentModel, or false' },
        ),
      ])
      .optional(),
  })
  .strict();

/** Validates options; throws `PolicyConfigError` naming every bad field. */
export function parseContentOptions(options: unknown, what: string): ContentOptions {
  if (options === undefined) return {};
  const parsed = contentOptionsSchema.safeParse(options);
  if (!parsed.success) throw new PolicyConfigError(what, fromZodIssues(parsed.error.issues, options));
  return parsed.data as ContentOptions;
}
