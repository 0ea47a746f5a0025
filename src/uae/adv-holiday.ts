/**
 * uae/adv-holiday (AE-TIM-02): promotional messages on UAE public holidays (a dated calendar, extendable).
 * No source bans them, so the rule warns by default; with the action `defer` it holds ADV until the next
 * instant the schedule allows (and the quiet-hours retry skips holidays too).
 */
import { z } from 'zod';
import type { HolidayCalendar } from '../core/holidays.js';
import { closedDayFinding } from '../core/_schedule-findings.js';
import { defineRule } from '../core/rule.js';
import type { SendSchedule } from '../core/schedule.js';
import type { Rule } from '../core/types.js';
import { baseOptionsShape, rulesetAndAction, type UaeRuleBaseOptions, uaeMeta } from './_options.js';
import { scheduleRuleShape, uaeSchedule } from './_schedule.js';
import { UAE_MESSAGES } from './messages.js';
import { parseOptions } from '../core/options.js';

export interface AdvHolidayOptions extends UaeRuleBaseOptions {
  /** Extra local dates (`YYYY-MM-DD`) to treat as holidays, e.g. an announced extra Eid day. */
  holidays?: string[];
  /** Replace the shipped calendar (UAE_HOLIDAYS_2025_2027). */
  calendar?: HolidayCalendar;
  quietHours?: { start: string; end: string };
  /** A compiled schedule shared with uae/adv-quiet-hours; overrides the options above. */
  schedule?: SendSchedule;
}

const optionsSchema = z.strictObject({ ...baseOptionsShape, ...scheduleRuleShape });

/**
 * Reports (by default warns about) ADV messages on UAE public holidays.
 *
 * @example
 * const rule = advHoliday({ action: 'defer' });
 * // an ADV on National Day 2026-12-02 at 10:00 Dubai → defer, retryAt 2026-12-04 07:00 Dubai
 */
export function advHoliday(options: AdvHolidayOptions = {}): Rule {
  const parsed = parseOptions(optionsSchema, options ?? {}, 'uae advHoliday');
  const { ruleset, action } = rulesetAndAction(parsed, 'AE-TIM-02', 'warn');
  const schedule =
    parsed.schedule ??
    uaeSchedule({
      ruleset,
      quietHours: parsed.quietHours,
      closeHolidays: true,
      holidays: parsed.holidays,
      calendar: parsed.calendar,
    });

  return defineRule({
    messages: UAE_MESSAGES,
    ...uaeMeta({
      ruleset,
      code: 'AE-TIM-02',
      id: 'uae/adv-holiday',
      description: 'Reports promotional (ADV) messages on UAE public holidays (warn; defer when configured).',
      action,
    }),
    stage: 'stateless',
    check(message, ctx) {
      if (message.kind !== 'ADV' || ctx.mode === 'lint') return [];
      const finding = closedDayFinding(ctx, {
        schedule,
        at: message.at,
        action,
        messageIds: { holiday: 'uae.adv-holiday', weekend: 'uae.adv-holiday' },
      });
      return finding ? [finding] : [];
    },
  });
}
