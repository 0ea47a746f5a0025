import { gambling } from '../../src/index.js';
import { ruleCases } from './_rule-cases.js';

ruleCases(
  'content/gambling',
  gambling,
  [
    {
      name: 'English casino bonus',
      text: 'Online casino: 200% welcome bonus on your first deposit and 50 free spins! Play now',
      expect: 'flagged',
      evidence: ['casino'],
    },
    {
      name: 'Arabic betting',
      text: 'مراهنات على مباريات اليوم، بونص 100% على أول إيداع',
      expect: 'flagged',
      evidence: ['مراهنات'],
    },
    {
      name: 'obfuscated',
      text: 'c@sino 0nline, first deposit bonus x2, free spins',
      expect: 'flagged',
      evidence: ['c@sino'],
    },
  ],
  [
    { name: 'football score', text: 'Real Madrid won 3-1 last night, what a match!' },
    { name: 'Arabic sports news', text: 'فاز الفيصلي على الوحدات بهدفين مقابل هدف' },
  ],
);
