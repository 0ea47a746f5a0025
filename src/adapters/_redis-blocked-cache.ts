/**
 * The Redis store's local "blocked until" cache: a call naming a limit known to refuse until some instant is
 * answered without a round trip. A limit with a sliding member is never cached (a known member may pass).
 */
import type { RateConsumeResult } from '../core/ports.js';
import type { MemberRateLimit } from '../core/rate-limit.js';

/** A cache of at most `cacheSize` limits (oldest out first); 0 disables it. */
export function createBlockedCache(cacheSize: number): {
  cached(limits: MemberRateLimit[], localNow: number): RateConsumeResult | undefined;
  remember(limit: MemberRateLimit, until: number): void;
} {
  const blocked = new Map<string, number>();

  function signature(limit: MemberRateLimit): string | undefined {
    if (cacheSize === 0 || limit.member !== undefined) return undefined; // a known member may pass
    return `${limit.algorithm ?? 'gcra'}|${limit.limit}|${limit.windowMs}|${limit.burst ?? 0}|${limit.timeZone ?? ''}|${limit.key}`;
  }

  function cached(limits: MemberRateLimit[], localNow: number): RateConsumeResult | undefined {
    if (blocked.size === 0) return undefined;
    for (let i = 0; i < limits.length; i++) {
      const id = signature(limits[i]!);
      const until = id === undefined ? undefined : blocked.get(id);
      if (until === undefined) continue;
      if (until > localNow) return { allowed: false, blockedBy: i, retryAfterMs: Math.ceil(until - localNow) };
      blocked.delete(id!);
    }
    return undefined;
  }

  function remember(limit: MemberRateLimit, until: number): void {
    const id = signature(limit);
    if (id === undefined) return;
    if (blocked.size >= cacheSize) {
      const oldest = blocked.keys().next();
      if (!oldest.done) blocked.delete(oldest.value);
    }
    blocked.set(id, until);
  }

  return { cached, remember };
}
