/** Shared test helpers for the Jordan pack: a policy runner and tiny port implementations. */
import { createPolicy } from '../../src/core/policy.js';
import type { ConsentPort, ConsentQuery, ConsentStatus, RateLimit, RateStore } from '../../src/core/ports.js';
import type { Decision, Finding, Rule } from '../../src/core/types.js';

export const BASE = {
  account: 'acme',
  senderId: 'adv Acme',
  to: '+962791234567',
  kind: 'ADV' as const,
  text: 'Winter offers at Acme. Reply STOP to 94444',
};

export interface RunPorts {
  consent?: ConsentPort;
  rateStore?: RateStore;
  locale?: 'en' | 'ar';
}

/** Checks one message against the rules and returns the decision. */
export function run(rules: Rule[], message: Record<string, unknown>, ports: RunPorts = {}): Promise<Decision> {
  return createPolicy({ rules, ...ports }).check({ ...BASE, ...message });
}

/** Findings of one rule id. */
export function of(decision: Decision, ruleId: string): Finding[] {
  return decision.findings.filter((finding) => finding.ruleId === ruleId);
}

/** A consent ledger port over a fixed table: `subject|senderId` or `subject` → status. Records every query. */
export class TableConsent implements ConsentPort {
  readonly queries: ConsentQuery[] = [];
  constructor(private readonly table: Record<string, ConsentStatus>) {}
  async status(query: ConsentQuery): Promise<ConsentStatus> {
    this.queries.push(query);
    return this.table[`${query.subject}|${query.senderId}`] ?? this.table[query.subject] ?? { state: 'none' };
  }
}

/** Local calendar day of an instant in a zone, `YYYY-MM-DD` (en-CA formats dates that way). */
export function localDay(ms: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(ms),
  );
}

/** A rate store with calendar-day fixed windows (all-or-nothing), enough to exercise claims. */
export class DayWindowStore implements RateStore {
  readonly seen: RateLimit[][] = [];
  private readonly counts = new Map<string, number>();
  async consume(limits: RateLimit[], nowMs: number) {
    this.seen.push(limits);
    const keys = limits.map((limit) => `${limit.key}@${localDay(nowMs, limit.timeZone ?? 'UTC')}`);
    for (const [index, limit] of limits.entries()) {
      if ((this.counts.get(keys[index]!) ?? 0) >= limit.limit) return { allowed: false, blockedBy: index };
    }
    for (const key of keys) this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    return { allowed: true };
  }
}
