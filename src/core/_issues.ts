/** Turns zod issues into our InputIssue list with English and Arabic messages. */
import type { z } from 'zod';
import type { InputIssue, InputIssueCode } from './errors.js';

const ARABIC: Record<InputIssueCode, (p: Record<string, string | number>) => string> = {
  required: () => 'الحقل مطلوب',
  invalid_type: (p) => `نوع غير صالح: المتوقع ${p.expected ?? ''}`.trim(),
  empty: () => 'لا يجوز أن يكون فارغاً',
  too_long: (p) => `أطول من الحد المسموح (${p.maximum ?? ''})`,
  invalid_value: (p) => `قيمة غير معروفة؛ المسموح: ${p.allowed ?? ''}`,
  invalid_phone: () => 'رقم هاتف غير صالح',
  invalid_date: () => 'تاريخ أو وقت غير صالح',
  invalid_text: () => 'نص غير سليم: فيه محارف تحكم أو نصف زوج بديل (surrogate) غير مكتمل',
  unknown_key: (p) => `حقل غير معروف: ${p.key ?? ''}`,
};

const ENGLISH: Record<InputIssueCode, (p: Record<string, string | number>) => string> = {
  required: () => 'is required',
  invalid_type: (p) => `expected ${p.expected ?? 'another type'}, received ${p.received ?? 'something else'}`,
  empty: () => 'must not be empty',
  too_long: (p) => `is longer than the maximum of ${p.maximum ?? '?'} characters`,
  invalid_value: (p) => `is not one of ${p.allowed ?? 'the allowed values'}`,
  invalid_phone: () => 'is not a valid phone number',
  invalid_date: () => 'is not a valid date or ISO 8601 time',
  invalid_text: () => 'must be well-formed text, without control characters or unpaired surrogates',
  unknown_key: (p) => `unknown field ${p.key ?? ''}`,
};

export function makeIssue(
  path: Array<string | number>,
  code: InputIssueCode,
  params: Record<string, string | number> = {},
  message?: string,
): InputIssue {
  const issue: InputIssue = {
    path,
    code,
    message: message ?? ENGLISH[code](params),
    messageAr: ARABIC[code](params),
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
