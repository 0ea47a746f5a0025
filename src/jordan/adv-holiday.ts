/**
 * jordan/adv-holiday (JO-TIM-02): no promotional message on official holidays (a dated calendar, extendable);
 * in the `strict` profile also not on Fridays and Saturdays, as one vendor reads «أيام العطل».
 */
import { z } from 'zod';
import { closedDayFinding } from '../core/_schedule-findings.js';
import { defineRule } from '../core/rule.js';
import type { Rule } from '../core/types.js';
import { type AdvScheduleRuleOptions, scheduleFor, scheduleRuleShape } from './adv-schedule.js';
import { actionFor, baseOptionsShape, jordanMeta, LATEST_JORDAN_RULESET } from './_options.js';
import { JORDAN_MESSAGES } from './messages.js';
import { parseOptions } from '../core/options.js';

export interface AdvHolidayOptions extends AdvScheduleRuleOptions {}

const optionsSchema = z.strictObject({ ...baseOptionsShape, ...scheduleRuleShape });

/**
 * Defers ADV messages on official holidays (and, in `strict`, weekends) until the next allowed instant.
 *
 * @example
 * const rule = advHoliday({ profile: 'strict', holidays: ['2026-04-05'] });
 * // an ADV on Christmas Day 2026 at 10:00 Amman → defer, retryAt Sunday 2026-12-27 07:00 Amman
 */
export function advHoliday(options: AdvHolidayOptions = {}): Rule {
  const parsed = parseOptions(optionsSchema, options ?? {}, 'advHoliday');
  const ruleset = parsed.ruleset ?? LATEST_JORDAN_RULESET;
  const action = actionFor(parsed.action, ruleset, 'JO-TIM-02', 'defer');
  const schedule = scheduleFor(parsed, ruleset);

  return defineRule({
    messages: JORDAN_MESSAGES,
    ...jordanMeta({
      ruleset,
      code: 'JO-TIM-02',
      id: 'jordan/adv-holiday',
      description: 'Defers promotional (ADV) messages on official holidays (and Fridays/Saturdays when strict).',
      action,
    }),
    stage: 'stateless',
    check(message, ctx) {
      if (message.kind !== 'ADV' || ctx.mode === 'lint') return [];
      const finding = closedDayFinding(ctx, {
        schedule,
        at: message.at,
        action,
        messageIds: { holiday: 'jordan.adv-holiday', weekend: 'jordan.adv-weekend' },
      });
      return finding ? [finding] : [];
    },
  });
}
