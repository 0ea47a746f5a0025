/**
 * The one options parser of every factory (hono style: options validated once, in the factory). A bad option is a
 * `PolicyConfigError` at construction, naming each bad field, never an error per message.
 */
import type { z } from 'zod';
import { fromZodIssues } from './_issues.js';
import { PolicyConfigError } from './errors.js';

/**
 * Parses factory options with a zod schema, or throws `PolicyConfigError` with one issue per bad field.
 *
 * @example
 * const parsed = parseOptions(z.strictObject({ limit: z.number().optional() }), options ?? {}, 'recipientBurst');
 */
export function parseOptions<T extends z.ZodType>(schema: T, input: unknown, what: string): z.output<T> {
  const result = schema.safeParse(input);
  if (!result.success) throw new PolicyConfigError(what, fromZodIssues(result.error.issues, input));
  return result.data;
}
