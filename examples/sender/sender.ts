/**
 * The send path: every message goes through `policy.check` before it reaches the provider. Only `allow`
 * sends now; `defer` is queued for `retryAt`; `review` waits for a person; `deny` never goes out.
 */
import { type Decision, normalizePhone, type OutboundMessage, type Policy, PolicyInputError } from 'sms-policy';
import type { Provider } from './provider.js';

export type SendOutcome =
  | { status: 'sent'; providerId: string; decision: Decision }
  | { status: 'deferred'; retryAt?: string; decision: Decision }
  | { status: 'held-for-review'; decision: Decision }
  | { status: 'denied'; decision: Decision }
  | { status: 'invalid'; issues: PolicyInputError['issues'] };

export interface DeferredQueue {
  push(message: OutboundMessage, retryAt: Date | undefined): void;
}

export function createSender(options: { policy: Policy; provider: Provider; deferred?: DeferredQueue }) {
  const { policy, provider, deferred } = options;
  return async function send(message: OutboundMessage): Promise<SendOutcome> {
    let decision: Decision;
    try {
      decision = await policy.check(message);
    } catch (error) {
      if (error instanceof PolicyInputError) return { status: 'invalid', issues: error.issues };
      throw error;
    }
    switch (decision.verdict) {
      case 'allow': {
        // check() accepted the number, so it parses; the provider gets E.164.
        const to = normalizePhone(message.to)?.e164 ?? message.to;
        const { providerId } = await provider.send({ senderId: message.senderId, to, text: message.text });
        return { status: 'sent', providerId, decision };
      }
      case 'defer':
        deferred?.push(message, decision.retryAt);
        return decision.retryAt
          ? { status: 'deferred', retryAt: decision.retryAt.toISOString(), decision }
          : { status: 'deferred', decision };
      case 'review':
        return { status: 'held-for-review', decision };
      default:
        return { status: 'denied', decision };
    }
  };
}
