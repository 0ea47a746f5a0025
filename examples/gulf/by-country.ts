/**
 * A Jordanian aggregator that also sends to the Gulf: the content and consent packs for everyone, and each
 * recipient's own regulator through byCountry. One campaign at one instant, four countries, four answers.
 * Run: `npx tsx examples/gulf/by-country.ts`.
 */
import {
  byCountry,
  consentRules,
  contentRules,
  createConsentLedger,
  createPolicy,
  MemoryConsentStore,
  type OutboundMessage,
} from 'sms-policy';
import { jordanRules } from 'sms-policy/jordan';
import { ksaRules } from 'sms-policy/ksa';
import { uaeRules } from 'sms-policy/uae';

const ledger = createConsentLedger({ store: new MemoryConsentStore() });
const policy = createPolicy({
  rules: [
    ...contentRules(),
    ...consentRules({ model: 'opt-out' }),
    byCountry({
      JO: jordanRules(),
      AE: uaeRules({ registeredSenders: ['AD-Acme'] }),
      SA: ksaRules({ registeredUrls: ['acme.sa'] }),
    }),
  ],
  consent: ledger,
});

// 18:30 UTC is 21:30 in Amman and Riyadh and 22:30 in Dubai: night for every pack.
const at = '2026-03-10T18:30:00Z';
const batch: OutboundMessage[] = [
  {
    account: 'acme',
    senderId: 'adv Acme',
    to: '0791234567',
    kind: 'ADV',
    at,
    text: 'خصم 20%. لإلغاء الاشتراك أرسل STOP إلى 94444',
  },
  {
    account: 'acme',
    senderId: 'AD-Acme',
    to: '+971501234567',
    kind: 'ADV',
    at,
    text: 'Sale 30% off. To opt out send B to 7726',
  },
  {
    account: 'acme',
    senderId: 'Acme AD',
    to: '+966501234567',
    kind: 'ADV',
    at,
    text: 'تخفيضات على bit.ly/x. لإيقاف الرسائل أرسل إيقاف',
  },
  { account: 'acme', senderId: 'Acme', to: '+201001234567', kind: 'SRV', at, text: 'Your order has shipped' },
];

for (const message of batch) {
  const decision = await policy.check(message);
  const blocking = decision.findings.filter((f) => f.action !== 'info' && f.action !== 'warn');
  console.log(
    `${decision.audit?.country ?? '??'} ${decision.verdict.toUpperCase()} ${decision.retryAt?.toISOString() ?? '-'} ${blocking.map((f) => f.ruleId).join(' ')}`,
  );
}
await ledger.close();
