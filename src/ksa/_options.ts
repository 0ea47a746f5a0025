/**
 * What the Saudi factories share: option schemas, the ruleset and calendar validators, the metadata every Saudi
 * rule carries (read from its clause), and the phrase matcher bound to the text normaliser.
 */
import { z } from 'zod';
import { holidayCalendarSchema, type HolidayCalendar } from '../core/holidays.js';
import { dateKeySchema, timeWindowSchema } from '../core/local-date.js';
import { isValidTimeZone } from '../core/time-zone.js';
import { phrasePatterns } from '../core/_phrase-matcher.js';
import type { RuleDefinition } from '../core/rule.js';
import { actionSchema, clauseAction, clauseMeta, clauseSchema, dataOption, deepFreeze } from '../core/ruleset.js';
import type { FindingAction, RuleNeed } from '../core/types.js';
import { foldConfusables } from '../text/confusables.js';
import { normalize, toOriginalSpan } from '../text/normalize.js';
import { KSA_HOLIDAYS_2025_2027 } from './data/holidays-2025-2027.js';
import { LATEST_KSA_RULESET } from './data/ruleset-2021-06-14.js';
import type { KsaClauseCode, KsaRuleset } from './data/types.js';

export type { KsaRuleBaseOptions } from './data/types.js';
export { actionSchema, dateKeySchema };
export const quietHoursSchema = timeWindowSchema;

export const rulesetSchema = z.object({
  version: z.string().min(1),
  title: z.string(),
  titleAr: z.string(),
  retrieved: z.string(),
  verified: z.boolean(),
  defaults: z.object({
    timeZone: z.string().refine(isValidTimeZone, { message: 'must be an IANA time zone, e.g. Asia/Riyadh' }),
    quietHours: timeWindowSchema,
    senderId: z.object({
      maxLength: z.number().int().min(1).max(20),
      marker: z.string().min(1).max(6),
      position: z.enum(['prefix', 'suffix']),
      separator: z.string().max(2),
      punctuation: z.string().max(10),
      refuseNumeric: z.boolean(),
    }),
    prohibitedCategories: z.array(z.string().min(1)),
    urlShorteners: z.array(z.string().min(3).max(253)),
  }),
  clauses: z.array(clauseSchema(/^SA-[A-Z]{3}-\d{2}$/)),
});

deepFreeze(LATEST_KSA_RULESET);
deepFreeze(KSA_HOLIDAYS_2025_2027);
const validated = new WeakSet<object>([LATEST_KSA_RULESET, KSA_HOLIDAYS_2025_2027]);

export const rulesetOption = dataOption<KsaRuleset>(
  rulesetSchema,
  'a Saudi ruleset (see KSA_RULESET_2021_06_14)',
  validated,
);
export const calendarOption = dataOption<HolidayCalendar>(
  holidayCalendarSchema,
  'a holiday calendar (see KSA_HOLIDAYS_2025_2027)',
  validated,
);

/** Options every Saudi rule factory accepts. */
export const baseOptionsShape = { action: actionSchema.optional(), ruleset: rulesetOption.optional() };

/** The ruleset a factory uses and the action of its clause. */
export function rulesetAndAction(
  parsed: { ruleset?: KsaRuleset | undefined; action?: FindingAction | undefined },
  code: KsaClauseCode,
  fallback: FindingAction,
): { ruleset: KsaRuleset; action: FindingAction } {
  const ruleset = parsed.ruleset ?? LATEST_KSA_RULESET;
  return { ruleset, action: clauseAction(parsed.action, ruleset, code, fallback) };
}

/** Metadata of a Saudi rule, from its clause in the pinned ruleset. */
export function ksaMeta(input: {
  ruleset: KsaRuleset;
  code: KsaClauseCode;
  id: `ksa/${string}`;
  description: string;
  action: FindingAction;
  needs?: RuleNeed[];
}): Omit<RuleDefinition, 'check' | 'claims' | 'stage'> {
  return clauseMeta(input);
}

/** The phrase matcher on the text toolkit's normaliser (hamza, tashkeel, digits folded). */
export const phrases = phrasePatterns((text) => {
  const normalized = normalize(text);
  return { text: normalized.text, toOriginal: (span) => toOriginalSpan(normalized, span) };
});

/** The same, with look-alike letters and leet folded too (`c@sino`, `b33r`); folding keeps every offset. */
export const foldedPhrases = phrasePatterns((text) => {
  const normalized = normalize(text);
  return { text: foldConfusables(normalized.text), toOriginal: (span) => toOriginalSpan(normalized, span) };
});

export { LATEST_KSA_RULESET, KSA_HOLIDAYS_2025_2027 };
