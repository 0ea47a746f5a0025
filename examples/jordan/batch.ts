/**
 * A Jordanian sender's policy: the TRC pack with the consent and flood packs on memory stores, checking a
 * small batch and printing each decision. Run: `npx tsx examples/jordan/batch.ts`.
 */
import {
  type ConsentLedger,
  consentRules,
  contentRules,
  createConsentLedger,
  createPolicy,
  floodRules,
  MemoryConsentStore,
  MemoryRateStore,
  type OutboundMessage,
} from 'sms-policy';
import { jordanRules } from 'sms-policy/jordan';

async function seedConsent(ledger: ConsentLedger): Promise<void> {
  const at = new Date('2026-11-01T09:00:00+03:00');
  await ledger.record({ subject: '+962791234567', account: 'acme', action: 'grant', at, source: 'web-form' });
  await ledger.record({ subject: '+962771234567', account: 'acme', action: 'grant', at, source: 'web-form' });
  // This one said STOP by SMS a week later.
  await ledger.record({
    subject: '+962771234567',
    account: 'acme',
    action: 'revoke',
    at: new Date('2026-11-08T12:00:00+03:00'),
    source: 'sms-keyword',
  });
}

const ledger = createConsentLedger({ store: new MemoryConsentStore() });
await seedConsent(ledger);

const policy = createPolicy({
  rules: [...contentRules(), ...consentRules(), ...floodRules(), ...jordanRules({ governmentAccounts: ['ncsc'] })],
  consent: ledger,
  rateStore: new MemoryRateStore({ maxKeys: 100_000 }),
  locale: 'en',
});

const optOut = 'لإلغاء الاشتراك أرسل STOP إلى 94444';
const batch: OutboundMessage[] = [
  {
    account: 'acme',
    senderId: 'adv Acme',
    to: '0791234567',
    kind: 'ADV',
    text: `خصم 20% على المعاطف. ${optOut}`,
    at: '2026-12-01T10:00:00+03:00',
  },
  {
    account: 'acme',
    senderId: 'adv Acme',
    to: '0791234567',
    kind: 'ADV',
    text: `Winter sale tonight! ${optOut}`,
    at: '2026-12-01T22:30:00+03:00',
  },
  {
    account: 'acme',
    senderId: 'adv Acme',
    to: '0771234567',
    kind: 'ADV',
    text: `عرض خاص لك. ${optOut}`,
    at: '2026-12-01T11:00:00+03:00',
  },
  {
    account: 'acme',
    senderId: 'Acme',
    to: '0791234567',
    kind: 'ALR',
    text: 'Storm warning for Amman tonight.',
    at: '2026-12-01T11:00:00+03:00',
  },
  {
    account: 'ncsc',
    senderId: 'NCSC',
    to: '0791234567',
    kind: 'ALR',
    text: 'تحذير: عاصفة ثلجية الليلة، تجنبوا التنقل.',
    at: '2026-12-01T23:00:00+03:00',
  },
  {
    account: 'acme',
    senderId: 'adv Acme',
    to: '0781234567',
    kind: 'ADV',
    text: 'Your bank account is suspended, send your PIN to 0790000000 now',
    at: '2026-12-01T12:00:00+03:00',
  },
];

for (const message of batch) {
  const decision = await policy.check(message);
  const retry = decision.retryAt ? ` (retry at ${decision.retryAt.toISOString()})` : '';
  console.log(
    `${decision.verdict.toUpperCase()}${retry}  ${message.kind} ${message.senderId} → ${decision.audit?.to ?? ''}`,
  );
  for (const finding of decision.findings) {
    if (finding.action === 'info') continue;
    console.log(`  ${finding.action.padEnd(6)} ${finding.ruleId}: ${finding.message}`);
  }
}
