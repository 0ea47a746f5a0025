/**
 * Lane gates for the delivery timeline, asked of the policy's own stateless rules: a sample message of the
 * lane is checked at the instant in question (no store, no budget consumed). A `defer` with a `retryAt`
 * means the window is closed until then (quiet hours, a holiday, a weekend in the strict profile); anything
 * else means open. Answers are kept per minute (every time rule works in whole minutes), so a campaign
 * spanning days asks a few thousand questions, not one per message.
 */
import { createPolicy } from '../../core/policy.js';
import type { Rule } from '../../core/types.js';
import type { LaneGate } from './timeline.js';

export interface SampleMessage {
  account: string;
  senderId: string;
  kind: 'ADV' | 'SRV' | 'AWR' | 'ALR';
  to: string;
  text: string;
}

const MINUTE = 60_000;

/** A gate factory over the stateless rules of `rules`. */
export function gateFactory(rules: readonly Rule[], defaultRegion: string | undefined) {
  const stateless = rules.filter((rule) => rule.stage === 'stateless');
  const policy =
    stateless.length > 0 ? createPolicy({ rules: stateless, ...(defaultRegion ? { defaultRegion } : {}) }) : undefined;
  return (sample: SampleMessage | undefined): LaneGate => {
    if (!policy || !sample) return async (ms) => ms;
    const byMinute = new Map<number, number>();
    return async (ms) => {
      const minute = Math.floor(ms / MINUTE);
      const known = byMinute.get(minute);
      if (known !== undefined) return Math.max(known, ms);
      let opens = ms;
      try {
        const decision = await policy.check({ ...sample, at: new Date(minute * MINUTE) });
        const retry = decision.verdict === 'defer' ? decision.retryAt?.getTime() : undefined;
        if (retry !== undefined && retry > minute * MINUTE) opens = retry;
      } catch {
        // A sample that no longer parses cannot close a window.
      }
      if (byMinute.size > 100_000) byMinute.clear();
      byMinute.set(minute, opens > minute * MINUTE ? opens : 0);
      return Math.max(opens, ms);
    };
  };
}
