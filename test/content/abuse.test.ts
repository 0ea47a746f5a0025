import { abuse } from '../../src/index.js';
import { ruleCases } from './_rule-cases.js';

ruleCases(
  'content/abuse',
  abuse,
  [
    {
      name: 'English threat',
      text: 'I will kill you if you go to the police',
      expect: 'flagged',
      evidence: ['I will kill'],
    },
    {
      name: 'Arabic threat',
      text: 'والله لأقـــتـــلك إنت وعيالك إذا رحت عالشرطة',
      expect: 'flagged',
      evidence: ['أقـــتـــلك'],
    },
    {
      name: 'Arabic fabricated alarm',
      text: 'عاجل: مياه عمان ملوثة بالسم، لا تشربوا من الحنفية، انشروها للجميع!',
      expect: 'flagged',
      evidence: ['عاجل'],
    },
    { name: 'Arabizi threat', text: 'walla ra7 a2tlak iza shoftak', expect: 'flagged', evidence: ['a2tlak'] },
  ],
  [
    { name: 'figure of speech', text: "I'm going to nail the interview tomorrow, wish me luck!" },
    { name: 'Arabic weather', text: 'تحذير من الأرصاد: أمطار غزيرة الليلة، قودوا بحذر' },
  ],
);
