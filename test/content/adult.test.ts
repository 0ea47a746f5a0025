import { adult } from '../../src/index.js';
import { ruleCases } from './_rule-cases.js';

ruleCases(
  'content/adult',
  adult,
  [
    {
      name: 'English',
      text: 'Hot porn videos 18+ uncensored, join now: bit.ly/x-hot',
      expect: 'flagged',
      evidence: ['porn'],
    },
    { name: 'Arabic', text: 'افلام سكس بدون رقابة، اشترك الآن عبر الرابط', expect: 'flagged', evidence: ['سكس'] },
    { name: 'obfuscated', text: 'p0rn0 videos 18+ free, click bit.ly/hot', expect: 'flagged', evidence: ['p0rn0'] },
  ],
  [
    {
      name: 'breast cancer awareness',
      text: 'October is breast cancer awareness month: book your free mammogram screening',
    },
    { name: 'Arabic chat', text: 'حبيبتي وصلت البيت، بحبك كثير xx' },
    { name: 'English kisses', text: 'Love you, see you tomorrow xxx' },
  ],
);
