/** Builds a policy around one consent rule over a memory ledger seeded with events. */
import { createConsentLedger } from '../../src/consent/ledger.js';
import { MemoryConsentStore } from '../../src/consent/stores/memory.js';
import type { ConsentRecordInput } from '../../src/consent/types.js';
import { createPolicy } from '../../src/core/policy.js';
import type { Locale, MessageKind, Rule } from '../../src/core/types.js';

export const NOW = new Date('2026-11-10T09:00:00Z');
export const ago = (days: number) => new Date(NOW.getTime() - days * 86_400_000);
export const SUBJECT = '+962791234567';

export type Seed = Omit<ConsentRecordInput, 'subject' | 'account' | 'source'> &
  Partial<Pick<ConsentRecordInput, 'account' | 'source'>>;

export async function decide(
  rule: Rule,
  seeds: Seed[],
  message: { kind: MessageKind; to?: string; senderId?: string; account?: string },
  options: { locale?: Locale; grantTtlMs?: number } = {},
) {
  const ledger = createConsentLedger({
    store: new MemoryConsentStore(),
    ...(options.grantTtlMs ? { grantTtlMs: options.grantTtlMs } : {}),
  });
  const events = [];
  for (const seed of seeds) {
    events.push(await ledger.record({ subject: SUBJECT, account: 'acme', source: 'api', ...seed }));
  }
  const policy = createPolicy({ rules: [rule], consent: ledger, clock: () => NOW, locale: options.locale ?? 'en' });
  const decision = await policy.check({
    account: message.account ?? 'acme',
    senderId: message.senderId ?? 'adv Acme',
    to: message.to ?? '0791234567',
    text: 'خصم 20% على كل المعاطف. لإلغاء الاشتراك أرسل STOP',
    kind: message.kind,
  });
  return { decision, events };
}
