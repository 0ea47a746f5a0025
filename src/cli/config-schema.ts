/** The config file's schema (zod): packs, their options, per-rule actions and CLI defaults; also the shipped JSON Schema. */
import { z } from 'zod';
import { DEFAULT_MAX_FILE_BYTES } from './templates/index.js';

export const CONFIG_FILES = ['sms-policy.config.json', 'sms-policy.config.yaml', 'sms-policy.config.yml'];

export type FailOn = 'deny' | 'review' | 'warn';

export const COUNTRY = /^[A-Z]{2}$/;

const ACTION_SETTINGS = ['deny', 'defer', 'review', 'warn', 'info', 'off'] as const;

/** The largest `maxFileSize` a config may set (64 MiB). */
export const MAX_FILE_SIZE_LIMIT = 64 * 1024 * 1024;

export const configSchema = z
  .object({
    $schema: z.string().optional().describe('JSON Schema of this file, for editors'),
    // `<pack>: true | false | { options }`, and `<COUNTRY>: <pack>` to apply a pack only to recipients of that
    // country (ISO 3166 alpha-2, e.g. `AE: uae`); see selectRules.
    packs: z
      .record(z.string(), z.union([z.boolean(), z.string().min(1), z.record(z.string(), z.unknown())]))
      .superRefine((packs, ctx) => {
        for (const [key, value] of Object.entries(packs)) {
          if (COUNTRY.test(key) !== (typeof value === 'string')) {
            ctx.addIssue({
              code: 'custom',
              path: [key],
              message: COUNTRY.test(key)
                ? 'a country key names the pack its recipients get, e.g. AE: uae'
                : 'a pack is true, false or its options (a pack name goes under a country code, e.g. AE: uae)',
            });
          }
        }
      })
      .optional()
      .describe(
        'Which shipped packs run: true, false or the pack options; `<COUNTRY>: <pack>` routes a pack to one country',
      ),
    otherwise: z
      .string()
      .min(1)
      .optional()
      .describe('Recipients of countries no `<COUNTRY>: <pack>` lists: review (default), deny, allow, or a pack name'),
    rules: z
      .record(z.string(), z.enum(ACTION_SETTINGS))
      .optional()
      .describe('Per rule id: the action of its findings, or off to leave the rule out'),
    locale: z.enum(['en', 'ar']).optional().describe('Default for --locale'),
    failOn: z.enum(['deny', 'review', 'warn']).optional().describe('Default for --fail-on'),
    account: z.string().trim().min(1).optional().describe('Account used by simulate when the template names none'),
    region: z.string().length(2).optional().describe('Region for numbers written without a country code'),
    plugins: z
      .array(z.string().min(1))
      .optional()
      .describe('Your own rules: ES modules exporting an array of rules, paths relative to this file'),
    ignore: z
      .array(z.string().min(1))
      .optional()
      .describe('Globs (relative to this file, .gitignore style) that check skips, next to --ignore'),
    maxFileSize: z
      .number()
      .int()
      .positive()
      .max(MAX_FILE_SIZE_LIMIT)
      .optional()
      .describe(`Largest template file read, in bytes (default ${DEFAULT_MAX_FILE_BYTES})`),
    content: z
      .object({ model: z.string().min(1).describe('A content model from `sms-policy train`, relative to this file') })
      .strict()
      .optional()
      .describe('Content classifier settings'),
  })
  .strict();

/** The config schema (zod), for the shipped JSON Schema (scripts/schemas.ts). */
export const CONFIG_SCHEMA = configSchema;

/** The keys a config file may have. */
export const CONFIG_KEYS = Object.keys(configSchema.shape);

export type ConfigFile = z.infer<typeof configSchema>;
