/** A policy on a fake clock for the flood rule tests. */
import { createPolicy } from '../../src/core/policy.js';
import type { Decision, Finding, Rule } from '../../src/core/types.js';

export interface FakeClockPolicy {
  check(message: Record<string, unknown>): Promise<Decision>;
  advance(ms: number): void;
  readonly now: Date;
}

export const START = Date.parse('2025-05-04T09:00:00Z');

export function policyWith(rules: Rule[], locale: 'en' | 'ar' = 'en'): FakeClockPolicy {
  let now = START;
  const policy = createPolicy({ rules, clock: () => new Date(now), locale });
  return {
    check: (message) =>
      policy.check({ account: 'acme', senderId: 'adv Acme', to: '0791234567', kind: 'ADV', text: 'Hello', ...message }),
    advance: (ms) => {
      now += ms;
    },
    get now() {
      return new Date(now);
    },
  };
}

/** Findings never carry a full number or the body. */
export function assertPrivate(findings: Finding[], body: string, phone = '+962791234567'): void {
  const serialized = JSON.stringify(findings);
  if (serialized.includes(phone) || serialized.includes(phone.slice(1)))
    throw new Error('full phone number in finding');
  if (body.length > 12 && serialized.includes(body)) throw new Error('body in finding');
}

/** Most events inside any half-open window [t, t + windowMs) of sorted times. */
export function maxInWindow(times: number[], windowMs: number): number {
  let best = 0;
  let start = 0;
  for (let end = 0; end < times.length; end++) {
    while (times[end]! - times[start]! >= windowMs) start++;
    best = Math.max(best, end - start + 1);
  }
  return best;
}
