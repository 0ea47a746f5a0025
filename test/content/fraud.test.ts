import { fraud } from '../../src/index.js';
import { ruleCases } from './_rule-cases.js';

ruleCases(
  'content/fraud',
  fraud,
  [
    {
      name: 'English prize scam with a premium number',
      text: 'Congratulations! You have WON a £1000 prize. Call 09061701461 to claim now',
      expect: 'deny',
      evidence: ['You have WON'],
    },
    {
      name: 'Arabic prize scam with a fee',
      text: 'مبروك! ربحت جائزة 5000 دينار من السحب، ادفع رسوم التحويل 20 دينار لاستلامها',
      expect: 'deny',
      evidence: ['ربحت'],
    },
    {
      name: 'Arabizi prize scam',
      text: 'mabrook! ra2mak ribe7 10000 dinar, 7awwel 50 dinar ba6a2at sha7n 3ala 0791234567',
      expect: 'flagged',
      evidence: ['ribe7'],
    },
    {
      name: 'fake investment return',
      text: 'Invest 1000 JD in our forex wallet and get guaranteed profit of 30% monthly, WhatsApp us',
      expect: 'flagged',
      evidence: ['guaranteed profit'],
    },
    {
      name: 'obfuscated prize',
      text: 'Y.o.u h.a.v.e w.o.n 5000 JD! cl@im at bit.ly/jo-prize',
      expect: 'flagged',
      evidence: ['h.a.v.e w.o.n'],
    },
  ],
  [
    {
      name: 'scam warning',
      text: 'Public Security warns: fake messages claim you won a prize. Never send money or card numbers.',
    },
    {
      name: 'contest without fees',
      text: 'الفائزون بمسابقة أجمل صورة يحصلون على قسيمة عشاء مجانية، بدون أي شراء أو رسوم',
    },
    { name: 'chat with "you won\'t"', text: "Lol you won't believe what happened at work today" },
  ],
);
