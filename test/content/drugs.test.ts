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
    {
      name: 'dealer slang: zips, gas, carts, on deck, pull up',
      text: 'Zips of gas and carts on deck, pull up or I drop to you, cash only',
      expect: 'flagged',
      evidence: ['Zips'],
    },
    {
      name: 'Maghrebi: chira ktamia, qarqoubi, for the trusted',
      text: 'كاين الشيرة الكتامية والقرقوبي، صيفط ميساج وللثقات فقط',
      expect: 'deny',
      evidence: ['الشيرة الكتامية'],
    },
    {
      name: 'Arabizi captagon: abo hilal',
      text: 'abo hilal mtwfr w el 7aba b 20, tasleem bl dammam, wts bas',
      expect: 'flagged',
      evidence: ['abo hilal'],
    },
    {
      name: 'Gulf captagon: abu qawsain arrived',
      text: 'أبو قوسين وصل، الحبة بـ ٣٠ ريال، التسليم يد بيد',
      expect: 'deny',
      evidence: ['أبو قوسين'],
    },
    {
      name: 'white beside a snow emoji, per gram, for the trusted',
      text: 'el abyad ❄️ nadeef, el ghram b 70, tawseel lal beit w bas lal mawthoo2in',
      expect: 'deny',
      evidence: ['abyad'],
    },
    {
      name: 'synthetic cannabis',
      text: 'Herbal incense and K2 spice in stock, next day shipping, DM for prices',
      expect: 'deny',
      evidence: ['Herbal incense'],
    },
  ],
  [
    { name: 'awareness lecture', text: 'محاضرة توعوية عن أضرار المخدرات في الجامعة يوم الاثنين، الدعوة عامة' },
    { name: 'English awareness', text: 'Drug awareness week: say no to drugs, addiction help line is open 24/7' },
    { name: 'soft drink', text: 'Grab a diet coke on your way home please' },
    {
      name: 'garden weed killer',
      text: 'Garden centre: weed killer and lawn feed 2 for £15 this weekend, delivery available',
    },
    { name: 'winter sale with a snow emoji', text: 'Winter sale ❄️ white coats 40% off, book online' },
    { name: 'coffee beans', text: 'قهوة مختصة: حبوب البن الإثيوبي متوفرة بسعر ٦ دنانير للربع كيلو، توصيل مجاني' },
    {
      name: 'gold price per gram',
      text: 'Gold today: 22K at 240 AED per gram, 24K at 262 AED per gram. Visit our showroom',
    },
    {
      name: 'customs seizure',
      text: 'Police and customs seized 3 million captagon pills hidden in a fruit truck at the border',
    },
    { name: 'roaming bundles (باقات, not khat)', text: 'باقات التجوال متوفرة: ١ جيجا بـ ٣ دنانير ليوم واحد' },
    { name: 'maintenance of air conditioners', text: 'تذكير: صيانة المكيفات في شقتك يوم الأربعاء، الكلفة ٢٠ دينار' },
  ],
);
