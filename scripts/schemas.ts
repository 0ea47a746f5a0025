/**
 * Generates the JSON Schemas shipped in `schemas/` from the zod schemas the CLI validates with, so editors
 * (yaml-language-server, VS Code) autocomplete exactly what `check` accepts.
 *   npx tsx scripts/schemas.ts          prints them
 *   npm run schemas                     rewrites schemas/*.json
 * test/project/schemas.test.ts fails when the files differ from what this produces.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { CONFIG_SCHEMA } from '../src/cli/config-schema.js';
import { PACKS } from '../src/cli/packs.js';
import { TEMPLATE_SCHEMA } from '../src/cli/templates/index.js';
import { allRules } from './_all-rules.js';

export const SCHEMA_FILES = {
  config: 'schemas/sms-policy.config.schema.json',
  template: 'schemas/template.schema.json',
} as const;

type JsonSchema = Record<string, unknown>;

function toJson(schema: z.ZodType): JsonSchema {
  const out = z.toJSONSchema(schema, { io: 'input', target: 'draft-7' }) as JsonSchema;
  delete out.$schema;
  return out;
}

/** The template file schema: one template, a list of templates, or `{ templates: [...] }`. */
export function templateFileSchema(): JsonSchema {
  const template = toJson(TEMPLATE_SCHEMA);
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'sms-policy message template file',
    description: 'One template, a list of templates, or { templates: [...] }; checked by `sms-policy check`.',
    definitions: { template },
    anyOf: [
      { $ref: '#/definitions/template' },
      { type: 'array', minItems: 1, items: { $ref: '#/definitions/template' } },
      {
        type: 'object',
        required: ['templates'],
        additionalProperties: false,
        properties: {
          $schema: { type: 'string', description: 'JSON Schema of this file, for editors' },
          templates: { type: 'array', minItems: 1, items: { $ref: '#/definitions/template' } },
        },
      },
    ],
  };
}

/** The config schema, with the known pack names and rule ids listed for completion. */
export function configSchema(): JsonSchema {
  const schema = toJson(CONFIG_SCHEMA) as JsonSchema & { properties: Record<string, JsonSchema> };
  const packSetting = (schema.properties.packs as { additionalProperties: JsonSchema }).additionalProperties;
  schema.properties.packs = {
    ...schema.properties.packs,
    properties: Object.fromEntries(
      Object.entries(PACKS).map(([name, pack]) => [name, { ...packSetting, description: pack.description }]),
    ),
    additionalProperties: false,
  };
  const actions = (schema.properties.rules as { additionalProperties: JsonSchema }).additionalProperties;
  schema.properties.rules = {
    ...schema.properties.rules,
    // Shipped rule ids are listed for completion; plugin rules add their own ids.
    properties: Object.fromEntries(
      allRules().map((rule) => [rule.id, { ...actions, description: rule.meta.description }]),
    ),
    propertyNames: { pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*/[a-z0-9]+(?:-[a-z0-9]+)*$' },
  };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'sms-policy.config.json|yaml|yml',
    ...schema,
  };
}

/** Every schema file with its content, as written. */
export function schemaFiles(): Record<string, string> {
  return {
    [SCHEMA_FILES.config]: `${JSON.stringify(configSchema(), null, 2)}\n`,
    [SCHEMA_FILES.template]: `${JSON.stringify(templateFileSchema(), null, 2)}\n`,
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  for (const [path, content] of Object.entries(schemaFiles())) {
    if (process.argv.includes('--write')) {
      const before = (() => {
        try {
          return readFileSync(join(root, path), 'utf8');
        } catch {
          return '';
        }
      })();
      writeFileSync(join(root, path), content);
      console.log(`${path} ${before === content ? 'unchanged' : 'written'}`);
    } else {
      console.log(content);
    }
  }
}
