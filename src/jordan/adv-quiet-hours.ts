/**
 * jordan/adv-quiet-hours (JO-TIM-01): no promotional message between 21:00 and 07:00 Amman time. The
 * message is deferred, not dropped: `retryAt` is the next instant the whole ADV schedule allows (quiet
 * hours, holidays and, in the strict profile, weekends together).
 */
import { z } from 'zod';
import { quietHoursFinding } from '../core/_schedule-findings.js';
import { defineRule } from '../core/rule.js';
import type { Rule } from '../core/types.js';
import { type AdvScheduleRuleOptions, scheduleFor, scheduleRuleShape } from './adv-schedule.js';
import { actionFor, baseOptionsShape, jordanMeta, LATEST_JORDAN_RULESET } from './_options.js';
import { JORDAN_MESSAGES } from './messages.js';
import { parseOptions } from '../core/options.js';

export interface AdvQuietHoursOptions extends AdvScheduleRuleOptions {}

const optionsSchema = z.strictObject({ ...baseOptionsShape, ...scheduleRuleShape });

/**
 * Defers ADV messages inside the quiet-hours window (Asia/Amman), with `retryAt` at the next allowed instant.
 *
 * @example
 * const rule = advQuietHours({ quietHours: { start: '21:00', end: '07:00' } });
 * // an ADV at 2026-03-10T19:30:00Z (22:30 in Amman) → defer, retryAt 2026-03-11T04:00:00Z (07:00 Amman)
 */
export function advQuietHours(options: AdvQuietHoursOptions = {}): Rule {
  const parsed = parseOptions(optionsSchema, options ?? {}, 'advQuietHours');
  const ruleset = parsed.ruleset ?? LATEST_JORDAN_RULESET;
  const action = actionFor(parsed.action, ruleset, 'JO-TIM-01', 'defer');
  const schedule = scheduleFor(parsed, ruleset);
  const window = schedule.quietHours ?? ruleset.defaults.quietHours;

  return defineRule({
    messages: JORDAN_MESSAGES,
    ...jordanMeta({
      ruleset,
      code: 'JO-TIM-01',
      id: 'jordan/adv-quiet-hours',
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
        messageId: 'jordan.adv-quiet-hours',
        window,
      });
      return finding ? [finding] : [];
    },
  });
}
