import { describe, expect, it } from 'vitest';
import type { ContentReportView, KeywordView } from '../../src/cli/packs.js';
import { run, TEST_OVERRIDES } from './_helpers.js';

// A small real classifier and keyword detector for the CLI's plumbing (the content and consent packs have
// their own tests): term → category and weight; a category appears at a score of 4 or more.
const TERMS: Array<{ term: string; category: string; weight: number }> = [
  { term: 'casino', category: 'gambling', weight: 9 },
  { term: 'bet', category: 'gambling', weight: 4 },
  { term: 'قمار', category: 'gambling', weight: 9 },
  { term: 'password', category: 'phishing', weight: 3 },
];

function classify(text: string): ContentReportView {
  const lower = text.toLowerCase();
  const byCategory = new Map<string, ContentReportView['categories'][number]>();
  for (const { term, category, weight } of TERMS) {
    for (let i = lower.indexOf(term); i !== -1; i = lower.indexOf(term, i + term.length)) {
      const entry = byCategory.get(category) ?? { category, score: 0, action: 'review' as const, hits: [] };
      entry.score += weight;
      entry.hits.push({ ruleId: `content/${category}`, span: [i, i + term.length], weight, term });
      byCategory.set(category, entry);
    }
  }
  const categories = [...byCategory.values()]
    .filter((c) => c.score >= 4)
    .map((c) => ({ ...c, action: c.score >= 8 ? ('deny' as const) : ('review' as const) }));
  return { language: /[\u0600-\u06FF]/.test(text) ? 'ar' : 'en', categories };
}

function keyword(text: string): KeywordView {
  const t = text.trim().toLowerCase();
  if (t === 'stop' || t === 'الغاء' || t === 'إلغاء')
    return { intent: 'opt-out', keyword: t, language: /[a-z]/.test(t) ? 'en' : 'ar' };
  if (t === 'help') return { intent: 'help', keyword: 'help', language: 'en' };
  return { intent: null };
}

const overrides = { ...TEST_OVERRIDES, classify, keyword };

describe('classify', () => {
  it('prints the categories with their hits and spans', async () => {
    const result = await run(['classify', 'Best casino in town, bet now'], '.', overrides);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('language: en');
    expect(result.stdout).toContain('gambling: deny (score 13)');
    expect(result.stdout).toContain('5-11  content/gambling  +9  casino  "Best casino in town, be…"');
    expect(result.stdout).toContain('21-24  content/gambling  +4');
  });

  it('--json prints the ContentReport', async () => {
    const result = await run(['classify', '--json', 'قمار الليلة'], '.', overrides);
    const report = JSON.parse(result.stdout);
    expect(report).toEqual(classify('قمار الليلة'));
    expect(report.categories[0].hits[0].span).toEqual([0, 4]);
  });

  it('reads stdin when no text is given; Arabic labels with --locale ar', async () => {
    const result = await run(['classify', '--locale', 'ar'], '.', overrides, { stdin: 'العب قمار\n' });
    expect(result.stdout).toContain('اللغة: ar');
    expect(result.stdout).toContain('gambling: deny');
  });

  it('a clean text says so', async () => {
    const result = await run(['classify', 'Your parcel arrives Monday'], '.', overrides);
    expect(result.stdout).toContain('no prohibited category');
  });

  it.each([
    ['empty stdin', ['classify'], { stdin: '  \n' }, /no text given/],
    ['no classifier in the build', ['classify', 'x'], {}, /needs the content pack/],
  ])('%s → exit 2', async (name, argv, ioOptions, pattern) => {
    const result = await run(
      argv,
      '.',
      name.startsWith('no classifier') ? { ...TEST_OVERRIDES, classify: undefined } : overrides,
      ioOptions,
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(pattern);
  });
});

describe('keyword', () => {
  it.each([
    ['STOP', 'intent: opt-out (keyword "stop", language en)'],
    ['إلغاء', 'intent: opt-out (keyword "إلغاء", language ar)'],
    ['help', 'intent: help'],
    ['thanks!', 'intent: none'],
  ])('%s', async (text, expected) => {
    const result = await run(['keyword', text], '.', overrides);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(expected);
  });

  it('--json and stdin', async () => {
    const result = await run(['keyword', '--json'], '.', overrides, { stdin: 'STOP' });
    expect(JSON.parse(result.stdout)).toEqual({ intent: 'opt-out', keyword: 'stop', language: 'en' });
  });
});

describe('rules', () => {
  it('lists every rule of every pack (enabled by default or not) with action, clause, confidence and docs', async () => {
    const result = await run(['rules', '--json'], '.', overrides);
    const rows = JSON.parse(result.stdout) as Array<Record<string, string>>;
    expect(rows.map((r) => r.id).sort()).toEqual([
      'test/casino',
      'test/consent',
      'test/free',
      'test/hurry',
      'test/length',
      'test/qimar',
      'test/quiet',
    ]);
    expect(rows.find((r) => r.id === 'test/casino')).toMatchObject({
      defaultAction: 'deny',
      source: 'test clause',
      confidence: 'B',
      docs: 'docs/rules/test/casino.md',
    });
    const text = await run(['rules'], '.', overrides);
    expect(text.stdout).toMatch(/test\/hurry\s+review\s+test clause\s+B\s+docs\/rules\/test\/hurry\.md/);
  });

  it('an empty registry says so', async () => {
    const result = await run(['rules'], '.', { packs: {} });
    expect(result.stdout).toContain('No rule packs');
  });
});
