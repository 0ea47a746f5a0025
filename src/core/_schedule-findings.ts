/**
 * The findings of the time rules every country pack has: a promotional message inside the quiet window, or on
 * a closed day, deferred to the schedule's next allowed instant. One shape for Jordan, the UAE and Saudi
 * Arabia: params for the message, evidence data with the local time, the zone and `retryAt`.
 */
import { formatClock } from './local-date.js';
import type { SendSchedule } from './schedule.js';
import type { Finding, FindingAction, RuleContext } from './types.js';

/**
 * The quiet-hours finding for a send at `at`, or `null` when `at` is outside the window.
 *
 * @example
 * quietHoursFinding(ctx, { schedule, at: message.at, action: 'defer', messageId: 'uae.adv-quiet-hours' });
 */
export function quietHoursFinding(
  ctx: RuleContext,
  input: {
    schedule: SendSchedule;
    at: Date;
    action: FindingAction;
    messageId: string;
    window: { start: string; end: string };
  },
): Finding | null {
  const { schedule, at, action, messageId, window } = input;
  if (!schedule.isQuiet(at)) return null;
  const local = schedule.localTime(at);
  const retryAt = schedule.nextAllowed(at);
  const localTime = formatClock(local.hour * 60 + local.minute);
  return ctx.finding({
    action,
    messageId,
    params: { localTime, start: window.start, end: window.end, timeZone: schedule.timeZone },
    evidence: [
      {
        data: {
          localTime,
          timeZone: schedule.timeZone,
          window: `${window.start}-${window.end}`,
          retryAt: retryAt.toISOString(),
        },
      },
    ],
    ...(action === 'defer' ? { retryAt } : {}),
  });
}

/**
 * The closed-day finding (holiday or weekend) for a send at `at`, or `null` on an open day. `retryAt` is in
 * the evidence always and on the finding when it defers.
 *
 * @example
 * closedDayFinding(ctx, { schedule, at, action: 'warn', messageIds: { holiday: 'ksa.adv-holiday', weekend: 'ksa.adv-holiday' } });
 */
export function closedDayFinding(
  ctx: RuleContext,
  input: {
    schedule: SendSchedule;
    at: Date;
    action: FindingAction;
    messageIds: { holiday: string; weekend: string };
  },
): Finding | null {
  const { schedule, at, action } = input;
  const blocked = schedule.blockedDay(at);
  if (!blocked) return null;
  const retryAt = schedule.nextAllowed(at);
  const holiday = blocked.holiday;
  const data: Record<string, string | boolean> = {
    date: blocked.date,
    reason: blocked.reason,
    timeZone: schedule.timeZone,
    retryAt: retryAt.toISOString(),
  };
  if (holiday) {
    data.holiday = holiday.name;
    data.estimated = holiday.estimated;
  }
  return ctx.finding({
    action,
    messageId: blocked.reason === 'weekend' ? input.messageIds.weekend : input.messageIds.holiday,
    params: { date: blocked.date, holiday: holiday?.name ?? '', holidayAr: holiday?.nameAr ?? '' },
    evidence: [{ data }],
    ...(action === 'defer' ? { retryAt } : {}),
  });
}
