/**
 * GCRA (generic cell rate algorithm): one number per key, the theoretical arrival time (TAT).
 *
 * With emission interval `T = windowMs / limit` and tolerance `τ = burst · T`, an event at `now` conforms
 * when `max(tat, now) − now ≤ τ`; it then moves the TAT to `max(tat, now) + T`. Any n conforming events
 * satisfy `t_n − t_1 ≥ (n − 1)·T − τ`, so a rolling window of `windowMs` never holds more than
 * `limit + burst` of them (and a steady stream gets exactly `limit` per window).
 */

export interface GcraParams {
  /** Events per window in the steady state. */
  limit: number;
  windowMs: number;
  /** Extra events allowed back to back on top of the steady rate. Default 0. */
  burst?: number;
}

export interface GcraOutcome {
  allowed: boolean;
  /** The TAT to store when the event is consumed (unchanged from the input when refused). */
  tat: number;
  /** When refused: how long until one event conforms again (ms, rounded up). 0 when allowed. */
  retryAfterMs: number;
}

/**
 * Decides one event against a GCRA state. Pure: the caller stores `tat` only if it consumes.
 *
 * @example
 * let tat: number | undefined;
 * const first = gcraDecide(tat, 1_000, { limit: 10, windowMs: 1_000, burst: 5 });
 * if (first.allowed) tat = first.tat;
 */
export function gcraDecide(tat: number | undefined, nowMs: number, params: GcraParams): GcraOutcome {
  const interval = params.windowMs / params.limit;
  const tolerance = (params.burst ?? 0) * interval;
  const base = tat === undefined || tat < nowMs ? nowMs : tat;
  if (base - nowMs <= tolerance) return { allowed: true, tat: base + interval, retryAfterMs: 0 };
  return { allowed: false, tat: base, retryAfterMs: Math.max(1, Math.ceil(base - tolerance - nowMs)) };
}
