/**
 * uae/adv-quiet-hours (AE-TIM-01): no promotional message between 21:00 and 07:00 UAE time (Asia/Dubai,
 * UTC+4 all year). The operators queue such messages, so the rule defers: `retryAt` is the next instant the
 * whole ADV schedule allows (quiet hours, and holidays when the holiday rule defers).
 */
import { z } from 'zod';
import { quietHoursFinding } from '../core/_schedule-findings.js';
import { defineRule } from '../core/rule.js';
import type { Rule } from '../core/types.js';
import type { HolidayCalendar } from '../core/holidays.js';
import type { SendSchedule } from '../core/schedule.js';
import { baseOptionsShape, rulesetAndAction, type UaeRuleBaseOptions, uaeMeta } from './_options.js';
import { scheduleRuleShape, uaeSchedule } from './_schedule.js';
import { UAE_MESSAGES } from './messages.js';
import { parseOptions } from '../core/options.js';

export interface AdvQuietHoursOptions extends UaeRuleBaseOptions {
  /** Local quiet-hours window. Default the ruleset's `{ start: '21:00', end: '07:00' }`. */
  quietHours?: { start: string; end: string };
  /** Extra closed local dates (`YYYY-MM-DD`) for the retry time. */
  holidays?: string[];
  calendar?: HolidayCalendar;
  /** A compiled schedule shared with uae/adv-holiday (uaeRules passes one); overrides the options above. */
  schedule?: SendSchedule;
}

const optionsSchema = z.strictObject({ ...baseOptionsShape, ...scheduleRuleShape });

/**
 * Defers ADV messages inside the quiet-hours window (Asia/Dubai), with `retryAt` at the next allowed instant.
 *
 * @example
 * const rule = advQuietHours();
 * // an ADV at 2026-03-10T17:30:00Z (21:30 in Dubai) → defer, retryAt 2026-03-11T03:00:00Z (07:00 Dubai)
 */
export function advQuietHours(options: AdvQuietHoursOptions = {}): Rule {
  const parsed = parseOptions(optionsSchema, options ?? {}, 'uae advQuietHours');
  const { ruleset, action } = rulesetAndAction(parsed, 'AE-TIM-01', 'defer');
  const schedule =
    parsed.schedule ??
    uaeSchedule({
      ruleset,
      quietHours: parsed.quietHours,
      closeHolidays: false,
      holidays: parsed.holidays,
      calendar: parsed.calendar,
    });
  const window = schedule.quietHours ?? ruleset.defaults.quietHours;

  return defineRule({
    messages: UAE_MESSAGES,
    ...uaeMeta({
      ruleset,
      code: 'AE-TIM-01',
      id: 'uae/adv-quiet-hours',
      description: `Defers promotional (ADV) messages between ${window.start} and ${window.end} ${schedule.timeZone} time.`,
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
        messageId: 'uae.adv-quiet-hours',
        window,
      });
      return finding ? [finding] : [];
    },
  });
}
