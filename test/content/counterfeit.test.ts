import { counterfeit } from '../../src/index.js';
import { ruleCases } from './_rule-cases.js';

ruleCases(
  'content/counterfeit',
  counterfeit,
  [
    {
      name: 'English',
      text: 'Rolex first copy, mirror quality, only 45 JD',
      expect: 'flagged',
      evidence: ['first copy'],
    },
    { name: 'Arabic', text: 'ساعات رولكس كوبي ون طبق الأصل بسعر 40 دينار', expect: 'flagged', evidence: ['كوبي ون'] },
    { name: 'obfuscated', text: 'R0lex r3plica watches, AAA quality, 35 JD', expect: 'flagged', evidence: ['r3plica'] },
  ],
  [
    { name: 'authorized dealer', text: 'Rolex authorized dealer: new collection in store, official warranty' },
    { name: 'Arabic genuine', text: 'منتجات أصلية 100% من الوكيل المعتمد مع كفالة سنتين' },
  ],
);
