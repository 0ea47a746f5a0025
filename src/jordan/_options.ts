/**
 * Option schemas the Jordan factories share, the ruleset/calendar validators, and the metadata every
 * Jordan rule carries (JO code, confidence, sources, verified flag, docs page) read from the ruleset.
 */
import { z } from 'zod';
import type { RuleDefinition } from '../core/rule.js';
import {
  clauseAction,
  clauseMeta,
  clauseOf as coreClauseOf,
  dataOption as coreDataOption,
  deepFreeze,
} from '../core/ruleset.js';
import { FINDING_ACTIONS, type FindingAction, type MessageField, type RuleNeed } from '../core/types.js';
import { JORDAN_HOLIDAYS_2025_2027 } from './data/holidays-2025-2027.js';
import { LATEST_JORDAN_RULESET } from './data/ruleset-2024-11-06.js';
import type { HolidayCalendar, JordanClause, JordanClauseCode, JordanRuleset } from './data/types.js';

export type { JordanRuleBaseOptions } from './data/types.js';
import { holidayCalendarSchema } from '../core/holidays.js';
import { clockSchema, dateKeySchema, timeWindowSchema } from '../core/local-date.js';
import { isValidTimeZone } from '../core/time-zone.js';

export { clockSchema, dateKeySchema };
export const quietHoursSchema = timeWindowSchema;
export const actionSchema = z.enum(FINDING_ACTIONS);
export const profileSchema = z.enum(['standard', 'strict']);
const timeZoneSchema = z.string().refine(isValidTimeZone, { message: 'must be an IANA time zone, e.g. Asia/Amman' });

const clauseSchema = z.object({
  code: z.string().regex(/^JO-[A-Z]{3}-\d{2}$/),
  ruleId: z.string().nullable(),
  title: z.string(),
  clause: z.string(),
  clauseAr: z.string(),
  confidence: z.enum(['A', 'B', 'C', 'D']),
  defaultAction: actionSchema.nullable(),
  sources: z.array(z.string()),
  disputed: z.string().optional(),
});

export const rulesetSchema = z.object({
  version: z.string().min(1),
  title: z.string(),
  titleAr: z.string(),
  retrieved: z.string(),
  verified: z.boolean(),
  defaults: z.object({
    timeZone: timeZoneSchema,
    quietHours: quietHoursSchema,
    weekendDays: z
      .array(z.number().int().min(0).max(6))
      .max(6, { message: 'at least one day of the week must stay open' }),
    senderId: z.object({ maxLength: z.number().int().min(1).max(20), advPrefix: z.string().min(1).max(6) }),
    advDailyCap: z.number().int().min(1).max(1000),
  }),
  clauses: z.array(clauseSchema),
});

export const calendarSchema = holidayCalendarSchema;

deepFreeze(LATEST_JORDAN_RULESET);
deepFreeze(JORDAN_HOLIDAYS_2025_2027);

/** A ruleset or calendar object is validated once (by identity), however many factories receive it. */
const validated = new WeakSet<object>([LATEST_JORDAN_RULESET, JORDAN_HOLIDAYS_2025_2027]);

const dataOption = <T extends object>(schema: z.ZodType, expected: string) =>
  coreDataOption<T>(schema, expected, validated);

export const rulesetOption = dataOption<JordanRuleset>(rulesetSchema, 'a Jordan ruleset (see RULESET_2024_11_06)');
export const calendarOption = dataOption<HolidayCalendar>(
  calendarSchema,
  'a holiday calendar (see JORDAN_HOLIDAYS_2025_2027)',
);

/** Options every Jordan rule factory accepts. */
export const baseOptionsShape = {
  action: actionSchema.optional(),
  ruleset: rulesetOption.optional(),
};

/** The clause of a code in a ruleset; a ruleset missing it is a configuration error. */
export function clauseOf(ruleset: JordanRuleset, code: JordanClauseCode, what: string): JordanClause {
  return coreClauseOf(ruleset, code, what) as JordanClause;
}

/** Metadata of a Jordan rule, from its clause in the pinned ruleset. */
export function jordanMeta(input: {
  ruleset: JordanRuleset;
  code: JordanClauseCode;
  id: `jordan/${string}`;
  description: string;
  action: FindingAction;
  needs?: RuleNeed[];
  /** The message field a finding without a span is about (see RuleMeta.field). */
  field?: MessageField;
}): Omit<RuleDefinition, 'check' | 'claims' | 'stage'> {
  return clauseMeta(input);
}

/** The action a rule uses: the option, else the clause default, else `fallback`. */
export function actionFor(
  option: FindingAction | undefined,
  ruleset: JordanRuleset,
  code: JordanClauseCode,
  fallback: FindingAction,
): FindingAction {
  return clauseAction(option, ruleset, code, fallback);
}

export { JORDAN_HOLIDAYS_2025_2027, LATEST_JORDAN_RULESET };
