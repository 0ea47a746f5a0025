/**
 * The README's example, kept runnable and type-checked: `npx tsx examples/quickstart.ts`.
 */
import {
  consentRules,
  contentRules,
  createConsentLedger,
  createPolicy,
  floodRules,
  MemoryConsentStore,
} from 'sms-policy';
import { jordanRules } from 'sms-policy/jordan';

const ledger = createConsentLedger({ store: new MemoryConsentStore() });
await ledger.record({ subject: '+962791234567', account: 'acme', action: 'grant', at: new Date(), source: 'web-form' });

const policy = createPolicy({
  rules: [...contentRules(), ...consentRules(), ...floodRules(), ...jordanRules()],
  consent: ledger,
  locale: 'ar', // finding messages in Arabic; 'en' is the default
});

const decision = await policy.check({
  account: 'acme',
  senderId: 'adv Acme',
  to: '0791234567',
  kind: 'ADV',
  text: 'خصم 20% على كل المعاطف. لإلغاء الاشتراك أرسل STOP إلى 94444',
  at: '2026-12-01T22:30:00+03:00',
});
// decision.verdict: 'defer' (quiet hours), decision.retryAt: 2026-12-02T04:00:00.000Z (07:00 Amman)
console.log(decision.verdict, decision.retryAt?.toISOString());
for (const f of decision.findings) console.log(f.ruleId, f.action, f.message);
