/**
 * ksa/adv-holiday (SA-TIM-02): promotional messages on Saudi public holidays (a dated calendar, extendable).
 * No source bans them (one vendor advises care around Ramadan and holidays), so the rule warns by default; with the action `defer` it holds ADV until the next
 * instant the schedule allows (and the quiet-hours retry skips holidays too).
 */
import { z } from 'zod';
import type { HolidayCalendar } from '../core/holidays.js';
import { closedDayFinding } from '../core/_schedule-findings.js';
import { defineRule } from '../core/rule.js';
import type { SendSchedule } from '../core/schedule.js';
import type { Rule } from '../core/types.js';
import { baseOptionsShape, rulesetAndAction, type KsaRuleBaseOptions, ksaMeta } from './_options.js';
import { scheduleRuleShape, ksaSchedule } from './_schedule.js';
import { KSA_MESSAGES } from './messages.js';
import { parseOptions } from '../core/options.js';

export interface AdvHolidayOptions extends KsaRuleBaseOptions {
  /** Extra local dates (`YYYY-MM-DD`) to treat as holidays, e.g. an announced extra Eid day. */
  holidays?: string[];
  /** Replace the shipped calendar (KSA_HOLIDAYS_2025_2027). */
  calendar?: HolidayCalendar;
  quietHours?: { start: string; end: string };
  /** A compiled schedule shared with ksa/adv-quiet-hours; overrides the options above. */
  schedule?: SendSchedule;
}

const optionsSchema = z.strictObject({ ...baseOptionsShape, ...scheduleRuleShape });

/**
 * Reports (by default warns about) ADV messages on Saudi public holidays.
 *
 * @example
 * const rule = advHoliday({ action: 'defer' });
 * // an ADV on National Day 2026-09-23 at 10:00 Riyadh → defer, retryAt 2026-09-24 09:00 Riyadh
 */
export function advHoliday(options: AdvHolidayOptions = {}): Rule {
  const parsed = parseOptions(optionsSchema, options ?? {}, 'ksa advHoliday');
  const { ruleset, action } = rulesetAndAction(parsed, 'SA-TIM-02', 'warn');
  const schedule =
    parsed.schedule ??
    ksaSchedule({
      ruleset,
      quietHours: parsed.quietHours,
      closeHolidays: true,
      holidays: parsed.holidays,
      calendar: parsed.calendar,
    });

  return defineRule({
    messages: KSA_MESSAGES,
    ...ksaMeta({
      ruleset,
      code: 'SA-TIM-02',
      id: 'ksa/adv-holiday',
      description: 'Reports promotional (ADV) messages on Saudi public holidays (warn; defer when configured).',
      action,
    }),
    stage: 'stateless',
    check(message, ctx) {
      if (message.kind !== 'ADV' || ctx.mode === 'lint') return [];
      const finding = closedDayFinding(ctx, {
        schedule,
        at: message.at,
        action,
        messageIds: { holiday: 'ksa.adv-holiday', weekend: 'ksa.adv-holiday' },
      });
      return finding ? [finding] : [];
    },
  });
}
