import { piracy } from '../../src/index.js';
import { ruleCases } from './_rule-cases.js';

ruleCases(
  'content/piracy',
  piracy,
  [
    {
      name: 'English IPTV',
      text: 'IPTV 12000 live channels, all beIN and Netflix free, 1 year subscription 20 JD',
      expect: 'flagged',
      evidence: ['12000 live channels'],
    },
    {
      name: 'Arabic',
      text: 'اشتراك جميع القنوات المشفرة 8000 قناة لمدة سنة ب 15 دينار',
      expect: 'flagged',
      evidence: ['8000 قناة'],
    },
    {
      name: 'obfuscated',
      text: 'I.P.T.V 9000 channels + cracked apps, activation code free',
      expect: 'flagged',
      evidence: ['I.P.T.V', 'cracked apps'],
    },
  ],
  [
    { name: 'official subscription', text: 'Renew your official OSN+ subscription in the app before Friday' },
    { name: 'Arabic TV schedule', text: 'موعد مباراة النشامى الليلة الساعة 8 على قناة الأردن الرياضية' },
  ],
);
