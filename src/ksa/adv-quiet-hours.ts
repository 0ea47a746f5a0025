/**
 * ksa/adv-quiet-hours (SA-TIM-01): promotional messages only between 09:00 and 21:00 Saudi time
 * (Asia/Riyadh, UTC+3 all year) — the intersection of the published windows (09:00–22:00 and 07:00–21:00),
 * so a message inside it is allowed by every source. Outside it the rule defers: `retryAt` is the next instant
 * the whole ADV schedule allows (the window, and holidays when the holiday rule defers).
 */
import { z } from 'zod';
import { quietHoursFinding } from '../core/_schedule-findings.js';
import { defineRule } from '../core/rule.js';
import type { Rule } from '../core/types.js';
import type { HolidayCalendar } from '../core/holidays.js';
import type { SendSchedule } from '../core/schedule.js';
import { baseOptionsShape, rulesetAndAction, type KsaRuleBaseOptions, ksaMeta } from './_options.js';
import { scheduleRuleShape, ksaSchedule } from './_schedule.js';
import { KSA_MESSAGES } from './messages.js';
import { parseOptions } from '../core/options.js';

export interface AdvQuietHoursOptions extends KsaRuleBaseOptions {
  /** Local quiet-hours window. Default the ruleset's `{ start: '21:00', end: '09:00' }` (send 09:00–21:00). */
  quietHours?: { start: string; end: string };
  /** Extra closed local dates (`YYYY-MM-DD`) for the retry time. */
  holidays?: string[];
  calendar?: HolidayCalendar;
  /** A compiled schedule shared with ksa/adv-holiday (ksaRules passes one); overrides the options above. */
  schedule?: SendSchedule;
}

const optionsSchema = z.strictObject({ ...baseOptionsShape, ...scheduleRuleShape });

/**
 * Defers ADV messages inside the quiet-hours window (Asia/Riyadh), with `retryAt` at the next allowed instant.
 *
 * @example
 * const rule = advQuietHours();
 * // an ADV at 2026-03-10T18:30:00Z (21:30 in Riyadh) → defer, retryAt 2026-03-11T06:00:00Z (09:00 Riyadh)
 */
export function advQuietHours(options: AdvQuietHoursOptions = {}): Rule {
  const parsed = parseOptions(optionsSchema, options ?? {}, 'ksa advQuietHours');
  const { ruleset, action } = rulesetAndAction(parsed, 'SA-TIM-01', 'defer');
  const schedule =
    parsed.schedule ??
    ksaSchedule({
      ruleset,
      quietHours: parsed.quietHours,
      closeHolidays: false,
      holidays: parsed.holidays,
      calendar: parsed.calendar,
    });
  const window = schedule.quietHours ?? ruleset.defaults.quietHours;

  return defineRule({
    messages: KSA_MESSAGES,
    ...ksaMeta({
      ruleset,
      code: 'SA-TIM-01',
      id: 'ksa/adv-quiet-hours',
      description: `Promotional (ADV) messages only from ${window.end} to ${window.start} ${schedule.timeZone} time; deferred otherwise.`,
      action,
    }),
    stage: 'stateless',
    check(message, ctx) {
      // A template check has no send time; time rules judge sends, not texts.
      if (message.kind !== 'ADV' || ctx.mode === 'lint') return [];
      const finding = quietHoursFinding(ctx, {
        schedule,
        at: message.at,
        action,
        messageId: 'ksa.adv-quiet-hours',
        window,
      });
      return finding ? [finding] : [];
    },
  });
}
