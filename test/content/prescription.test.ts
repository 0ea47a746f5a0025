import { prescription } from '../../src/index.js';
import { ruleCases } from './_rule-cases.js';

ruleCases(
  'content/prescription',
  prescription,
  [
    {
      name: 'English, no prescription and a price',
      text: 'Viagra and Cialis without prescription, 10 JD a box, fast delivery',
      expect: 'deny',
      evidence: ['Viagra'],
    },
    {
      name: 'Arabic',
      text: 'ترامادول بدون وصفة طبية، توصيل سريع وبسعر 15 دينار',
      expect: 'deny',
      evidence: ['بدون وصفة'],
    },
    {
      name: 'obfuscated spacing',
      text: 'F r e e v.i.a.g.r.a no prescription needed 20$',
      expect: 'deny',
      evidence: ['v.i.a.g.r.a'],
    },
    { name: 'Arabizi', text: 'tramadol bala wasfa, tawseel 3al bet', expect: 'flagged', evidence: ['tramadol'] },
    {
      name: 'weight-loss pens',
      text: 'Semaglutide pens, no script and no consult needed, next-day delivery',
      expect: 'flagged',
      evidence: ['Semaglutide'],
    },
    {
      name: 'Arabizi antibiotics',
      text: 'azithromycin w augmentin mn ghair wasfa, tawseel lal bait',
      expect: 'flagged',
      evidence: ['mn ghair wasfa'],
    },
    {
      name: 'Arabic ADHD pills',
      text: 'ريتالين وكونسرتا متوفرة بلا روشتة، توصيل سريع',
      expect: 'flagged',
      evidence: ['بلا روشتة'],
    },
  ],
  [
    { name: 'pharmacy hours', text: 'Pharmacy hours during Eid: open daily 9 am to 1 am. Happy Eid!' },
    { name: 'Arabic appointment reminder', text: 'تذكير: موعدك في العيادة يوم الأحد الساعة 10 صباحاً' },
    { name: 'refill ready', text: 'Your prescription refill is ready for pickup at our pharmacy' },
    {
      name: 'pickup with a prescription',
      text: 'Your Ozempic pen is in stock: collect it with your prescription from the branch',
    },
    {
      name: 'Arabic e-prescription',
      text: 'صيدلية الشفاء: تم استلام وصفتك الإلكترونية، يمكنك استلام الدواء بالوصفة الطبية من الفرع',
    },
  ],
);
