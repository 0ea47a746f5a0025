/**
 * Fixed windows: a counter per window, reset when the window changes. With a time zone the windows follow
 * that zone's wall clock (a one-day window is the local calendar day), see `calendarWindow`.
 */
import { calendarWindow } from '../core/time-zone.js';

export interface FixedWindowParams {
  limit: number;
  windowMs: number;
  /** IANA zone for calendar-aligned windows, e.g. `Asia/Amman`. Default: UTC epoch alignment. */
  timeZone?: string;
}

export interface FixedWindowState {
  index: number;
  count: number;
}

export interface FixedWindowOutcome {
  allowed: boolean;
  /** The state to store when the event is consumed. */
  state: FixedWindowState;
  /** First instant of the next window; the state is useless after it. */
  endMs: number;
  retryAfterMs: number;
}

/**
 * Decides one event against a fixed-window counter. Pure.
 *
 * @example
 * const day = { limit: 1, windowMs: 86_400_000, timeZone: 'Asia/Amman' };
 * const first = fixedWindowDecide(undefined, Date.now(), day); // allowed, count 1
 * fixedWindowDecide(first.state, Date.now(), day).allowed;     // false until Amman midnight
 */
export function fixedWindowDecide(
  state: FixedWindowState | undefined,
  nowMs: number,
  params: FixedWindowParams,
): FixedWindowOutcome {
  const window = calendarWindow(nowMs, params.windowMs, params.timeZone);
  const count = state && state.index === window.index ? state.count : 0;
  if (count < params.limit) {
    return { allowed: true, state: { index: window.index, count: count + 1 }, endMs: window.endMs, retryAfterMs: 0 };
  }
  return {
    allowed: false,
    state: { index: window.index, count },
    endMs: window.endMs,
    retryAfterMs: Math.max(1, Math.ceil(window.endMs - nowMs)),
  };
}
