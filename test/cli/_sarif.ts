/**
 * SARIF validation for tests: the official SARIF 2.1.0 schema (draft-04, see fixtures/README.md), our stricter
 * subset schema, and cross-reference checks.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import AjvDraft04Module from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';
import type { Log } from 'sarif';

const here = dirname(fileURLToPath(import.meta.url));
const schema = JSON.parse(readFileSync(join(here, 'fixtures/sarif-2.1.0-subset.schema.json'), 'utf8'));
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);
const official = JSON.parse(readFileSync(join(here, 'fixtures/sarif-schema-2.1.0.json'), 'utf8'));
const AjvDraft04 = AjvDraft04Module as unknown as new (options: object) => Ajv;
// The rtm.5 schema's `language` pattern has a stray `]` that only non-unicode regexes accept.
const draft04 = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(draft04);
const validateOfficial = draft04.compile(official);

/** Returns the problems of a SARIF log (empty when valid). */
export function sarifProblems(log: unknown): string[] {
  const problems: string[] = [];
  if (!validateOfficial(log)) {
    problems.push(...(validateOfficial.errors ?? []).map((e) => `official schema: ${e.instancePath} ${e.message}`));
  }
  if (!validate(log)) problems.push(...(validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));
  const typed = log as Log;
  for (const run of typed.runs ?? []) {
    const rules = run.tool.driver.rules ?? [];
    const ids = rules.map((r) => r.id);
    if (new Set(ids).size !== ids.length) problems.push('duplicate rule ids in driver.rules');
    for (const result of run.results ?? []) {
      if (result.ruleIndex !== undefined && rules[result.ruleIndex]?.id !== result.ruleId) {
        problems.push(`result ${result.ruleId} has ruleIndex ${result.ruleIndex} pointing elsewhere`);
      }
    }
  }
  return problems;
}
