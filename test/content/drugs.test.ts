import { drugs } from '../../src/index.js';
import { ruleCases } from './_rule-cases.js';

ruleCases(
  'content/drugs',
  drugs,
  [
    { name: 'Arabic sale', text: 'عندي كوكايين وحشيش للبيع مع توصيل لعمان', expect: 'deny', evidence: ['كوكايين'] },
    {
      name: 'Arabic with clitics',
      text: 'متوفر بالكوكايين والحشيش، تواصل واتس',
      expect: 'flagged',
      evidence: ['كوكايين'],
    },
    {
      name: 'English sale',
      text: 'Cocaine and MDMA for sale, discreet delivery, WhatsApp 0791234567',
      expect: 'deny',
      evidence: ['Cocaine'],
    },
    { name: 'obfuscated leet', text: 'c0c@1n3 4 sale, best price in town', expect: 'flagged', evidence: ['c0c@1n3'] },
    { name: 'obfuscated spacing', text: 'ك و ك ا ي ي ن متوفر اليوم', expect: 'flagged', evidence: ['ك و ك ا ي ي ن'] },
  ],
  [
    { name: 'awareness lecture', text: 'محاضرة توعوية عن أضرار المخدرات في الجامعة يوم الاثنين، الدعوة عامة' },
    { name: 'English awareness', text: 'Drug awareness week: say no to drugs, addiction help line is open 24/7' },
    { name: 'soft drink', text: 'Grab a diet coke on your way home please' },
  ],
);
