/**
 * An exact sliding log: the timestamps of the events in the last `windowMs`, for small limits (memory is
 * one number per event). With `member`, the log keeps one entry per distinct member (its last time) and
 * the limit counts distinct members: "at most N different accounts hit this number in 10 minutes".
 */

export interface SlidingLogParams {
  limit: number;
  windowMs: number;
}

export interface SlidingLogState {
  /** Event times, ascending. */
  times: number[];
  /** With distinct counting: the member of each entry, parallel to `times`. */
  members?: string[];
}

export interface SlidingLogOutcome {
  allowed: boolean;
  /** The state to store when the event is consumed (entries older than the window dropped). */
  state: SlidingLogState;
  retryAfterMs: number;
}

/**
 * Decides one event against a sliding log. An event counts while `now − time < windowMs`. Pure: the input
 * state is not mutated.
 *
 * @example
 * const params = { limit: 3, windowMs: 600_000 };
 * let state = slidingLogDecide(undefined, 0, params, 'acme').state;
 * state = slidingLogDecide(state, 1_000, params, 'beta').state; // two distinct accounts so far
 */
export function slidingLogDecide(
  state: SlidingLogState | undefined,
  nowMs: number,
  params: SlidingLogParams,
  member?: string,
): SlidingLogOutcome {
  const oldest = nowMs - params.windowMs;
  const times: number[] = [];
  const members: string[] | undefined = member === undefined ? undefined : [];
  let known = false;
  if (state) {
    for (let i = 0; i < state.times.length; i++) {
      const time = state.times[i]!;
      if (time <= oldest) continue;
      const who = state.members?.[i];
      if (members) {
        if (who === member) {
          known = true;
          continue; // re-added below with the new time
        }
        members.push(who ?? '');
      }
      times.push(time);
    }
  }
  if (known || times.length < params.limit) {
    insertSorted(times, members, nowMs, member);
    const next: SlidingLogState = members ? { times, members } : { times };
    return { allowed: true, state: next, retryAfterMs: 0 };
  }
  // The entry that must leave the window before one more fits.
  const freeing = times[times.length - params.limit] ?? nowMs;
  const unchanged: SlidingLogState = members ? { times, members } : { times };
  return { allowed: false, state: unchanged, retryAfterMs: Math.max(1, Math.ceil(freeing + params.windowMs - nowMs)) };
}

function insertSorted(times: number[], members: string[] | undefined, time: number, member?: string): void {
  let at = times.length;
  while (at > 0 && times[at - 1]! > time) at--;
  times.splice(at, 0, time);
  if (members) members.splice(at, 0, member ?? '');
}

/** The instant after which the log is empty. */
export function slidingLogExpiresAt(state: SlidingLogState, windowMs: number): number {
  const last = state.times[state.times.length - 1];
  return last === undefined ? 0 : last + windowMs;
}
