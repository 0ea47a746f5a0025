/**
 * A custom rule beside the shipped ones: run with `npx tsx examples/custom-rule.ts`.
 */
import { createPolicy, defineRule, PolicyInputError, type TemplateMessage } from 'sms-policy';

const noCrypto = defineRule({
  id: 'acme/no-crypto',
  description: 'Crypto promotions need a human look',
  defaultAction: 'review',
  check(message, ctx) {
    const at = message.text.search(/crypto/i);
    if (at < 0) return [];
    return [
      ctx.finding({
        action: 'review',
        messageId: 'acme.no-crypto',
        message: 'Crypto promotions need review',
        evidence: [{ span: [at, at + 6], excerpt: ctx.excerpt([at, at + 6]) }],
      }),
    ];
  },
});

const policy = createPolicy({ rules: [noCrypto] });

const decision = await policy.check({
  account: 'acme',
  senderId: 'adv Acme',
  to: '0791234567',
  kind: 'ADV',
  text: 'Double your money with our crypto fund!',
});
console.log(
  decision.verdict,
  decision.findings.map((finding) => `${finding.ruleId}: ${finding.message}`),
);

// `kind: 'PROMO'` written in TypeScript is a compile error; input from outside (an HTTP body, a queue) is
// checked at run time just the same.
const fromOutside = JSON.parse('{"senderId":"adv Acme","kind":"PROMO","text":""}') as TemplateMessage;
try {
  policy.lint(fromOutside);
} catch (error) {
  if (error instanceof PolicyInputError)
    for (const issue of error.issues) console.log(issue.path.join('.'), issue.code, issue.message);
}
