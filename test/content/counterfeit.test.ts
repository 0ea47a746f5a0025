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
    {
      name: 'Arabizi perfumes',
      text: '3otoor ta8leed daraja ola, nafs el asl bel 3elba, 15 JD',
      expect: 'flagged',
      evidence: ['nafs el asl'],
    },
    {
      name: 'stamped sick leave',
      text: 'نسويلك إجازة مرضية مختومة من أي مستشفى خلال ساعتين، السعر 15 دينار واتساب',
      expect: 'flagged',
      evidence: ['مختومة'],
    },
    {
      name: 'licence without a test',
      text: 'rokhsat siwaqa bdoon ekhtbar, ma7ada bye3ref, 200 JD',
      expect: 'flagged',
      evidence: ['bdoon ekhtbar'],
    },
    {
      name: 'A-grade copies',
      text: 'Gucci and Prada handbags, a grade copies in the original box, 30 JD each',
      expect: 'flagged',
      evidence: ['a grade copies'],
    },
  ],
  [
    { name: 'authorized dealer', text: 'Rolex authorized dealer: new collection in store, official warranty' },
    { name: 'Arabic genuine', text: 'منتجات أصلية 100% من الوكيل المعتمد مع كفالة سنتين' },
    { name: 'limited edition', text: 'Rolex limited edition now at our boutique, the authorised retailer in Amman' },
    {
      name: 'attestation office',
      text: 'Certificate attestation services for your degree and birth certificate, visit our office',
    },
    { name: 'driving school', text: 'مدرسة تعليم القيادة: احجز دروسك واستعد لامتحان الرخصة' },
  ],
);
