/**
 * Turns zod issues into our InputIssue list. Like findings, an issue is a code and params first; its English and
 * Arabic texts are resolved from the message id `core.issue.<code>` (or a given one) in the core catalog.
 */
import type { z } from 'zod';
import type { InputIssue, InputIssueCode } from './errors.js';
import { createMessageCatalog } from './locale.js';
import { CORE_MESSAGES } from './messages.js';

const CATALOG = createMessageCatalog([CORE_MESSAGES]);

/**
 * One input issue. `message` is a literal English text that replaces the code's (the Arabic stays the code's);
 * `messageId` names another core message for both languages, e.g. `core.issue.rule-without-check`.
 */
export function makeIssue(
  path: Array<string | number>,
  code: InputIssueCode,
  params: Record<string, string | number> = {},
  message?: string,
  messageId = `core.issue.${code}`,
): InputIssue {
  const issue: InputIssue = {
    path,
    code,
    message: message ?? CATALOG.resolve('en', messageId, params),
    messageAr: CATALOG.resolve('ar', messageId, params),
  };
  if (Object.keys(params).length > 0) issue.params = params;
  return issue;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** Maps zod issues (v4) to ours. `input` is used to tell a missing field from a wrong type. */
export function fromZodIssues(issues: z.core.$ZodIssue[], input: unknown): InputIssue[] {
  return issues.map((zi) => {
    const path = zi.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    let value: unknown = input;
    for (const p of path)
      value = value != null && typeof value === 'object' ? (value as Record<string | number, unknown>)[p] : undefined;
    switch (zi.code) {
      case 'invalid_type':
        if (value === undefined) return makeIssue(path, 'required');
        return makeIssue(path, 'invalid_type', { expected: String(zi.expected), received: typeName(value) });
      case 'too_small':
        return makeIssue(path, 'empty');
      case 'too_big':
        return makeIssue(path, 'too_long', { maximum: Number(zi.maximum) });
      case 'invalid_value':
        return makeIssue(path, 'invalid_value', { allowed: zi.values.map(String).join(', ') });
      case 'unrecognized_keys':
        return makeIssue(path, 'unknown_key', { key: zi.keys.join(', ') });
      case 'custom': {
        const code = (zi.params?.code as InputIssueCode | undefined) ?? 'invalid_value';
        return makeIssue(path, code, {}, zi.message !== 'Invalid input' ? zi.message : undefined);
      }
      default:
        return makeIssue(path, 'invalid_value', {}, zi.message);
    }
  });
}
