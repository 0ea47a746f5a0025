import { weapons } from '../../src/index.js';
import { ruleCases } from './_rule-cases.js';

ruleCases(
  'content/weapons',
  weapons,
  [
    {
      name: 'English',
      text: 'Glock pistol and ammo for sale, unregistered, 900 JD',
      expect: 'deny',
      evidence: ['unregistered'],
    },
    { name: 'Arabic', text: 'مسدسات وكلاشنكوف للبيع بدون ترخيص، تواصل خاص', expect: 'deny', evidence: ['بدون ترخيص'] },
    {
      name: 'obfuscated',
      text: 'Gl0ck p1stol 4 sale, n0 license, 850 JD',
      expect: 'flagged',
      evidence: ['n0 license'],
    },
  ],
  [
    { name: 'water gun', text: 'Water gun sale for the kids this summer, 3 JD only' },
    { name: 'museum', text: 'معرض أسلحة الثورة العربية الكبرى في المتحف، مفتوح يومياً' },
  ],
);
