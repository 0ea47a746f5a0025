// Your own rules for `sms-policy check` and `simulate`: list this file under `plugins` in
// sms-policy.config.yaml. The default export is an array of rules (or a function returning one).
import { defineRule } from 'sms-policy';

const WORDS = ['casino', 'كازينو', 'bet on', 'راهن'];

export default [
  defineRule({
    id: 'acme/no-betting',
    description: 'Acme does not send betting promotions for any customer',
    defaultAction: 'deny',
    source: 'Acme acceptable-use policy §3',
    docs: 'https://wiki.acme.example/sms/no-betting',
    check(message, ctx) {
      const lower = message.text.toLowerCase();
      const findings = [];
      for (const word of WORDS) {
        const at = lower.indexOf(word);
        if (at === -1) continue;
        const span = [at, at + word.length];
        findings.push(
          ctx.finding({
            action: 'deny',
            messageId: 'acme.no-betting',
            message: ctx.locale === 'ar' ? `ترويج للمراهنات: "${word}"` : `Betting promotion: "${word}"`,
            evidence: [{ span, excerpt: ctx.excerpt(span) }],
          }),
        );
      }
      return findings;
    },
  }),
  defineRule({
    id: 'acme/shortened-links',
    description: 'Shortened links hide the destination; a person checks them',
    defaultAction: 'review',
    check(message, ctx) {
      const match = /\b(?:bit\.ly|tinyurl\.com|t\.co|goo\.gl)\/\S{1,64}/i.exec(message.text);
      if (!match) return [];
      const span = [match.index, match.index + match[0].length];
      return [
        ctx.finding({
          action: 'review',
          messageId: 'acme.shortened-links',
          message: ctx.locale === 'ar' ? 'رابط مختصر يخفي الوجهة' : 'Shortened link hides the destination',
          evidence: [{ span, excerpt: ctx.excerpt(span) }],
        }),
      ];
    },
  }),
];
