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
    {
      name: 'programmed receiver',
      text: 'resiver mbarmaj 3ala kol el qanawat, el sana b 20 JD',
      expect: 'flagged',
      evidence: ['resiver mbarmaj'],
    },
    {
      name: 'loaded boxes',
      text: 'Android boxes loaded with every film and live footy, no monthly fees, £70',
      expect: 'flagged',
      evidence: ['no monthly fees'],
    },
    {
      name: 'licence keys',
      text: 'Office 2021 licence key for life, only 4 JD, delivered instantly',
      expect: 'flagged',
      evidence: ['licence key'],
    },
  ],
  [
    { name: 'official subscription', text: 'Renew your official OSN+ subscription in the app before Friday' },
    { name: 'Arabic TV schedule', text: 'موعد مباراة النشامى الليلة الساعة 8 على قناة الأردن الرياضية' },
    {
      name: 'product key on invoice',
      text: 'Your Windows product key is printed on the invoice that came with your laptop',
    },
    { name: 'cinema', text: 'Now showing at our cinema: book your seats for the new film this weekend' },
  ],
);
