/** classifyContent: report shape, options, errors. */
import { describe, expect, it } from 'vitest';
import {
  CONTENT_CATEGORIES,
  classifyContent,
  contentRules,
  createContentClassifier,
  createPolicy,
  fraud,
  PolicyConfigError,
  pyramid,
} from '../../src/index.js';

const PHISH = 'Your account is blocked. Send your OTP to 0791234567 to unlock it';

describe('classifyContent', () => {
  it('lists eleven categories', () => {
    expect(CONTENT_CATEGORIES).toHaveLength(11);
  });

  it.each([
    ['en', 'Viagra without prescription, 10 JD a box, delivery today', 'prescription'],
    ['ar', 'عندي كوكايين للبيع مع توصيل', 'drugs'],
    ['arabizi', 'fi 3ndi 7ashish w kokain lal be3, tawseel', 'drugs'],
    ['obfuscated', 'S3nd y0ur P.I.N to 0791234567 or your card will be blocked', 'phishing'],
  ])('finds the category (%s)', (_lang, text, category) => {
    const report = classifyContent(text);
    const found = report.categories.find((c) => c.category === category);
    expect(found).toBeDefined();
    expect(found!.score).toBeGreaterThanOrEqual(4);
    for (const hit of found!.hits) expect(text.slice(hit.span[0], hit.span[1]).length).toBeGreaterThan(0);
  });

  it('reports the language', () => {
    expect(classifyContent('رمز التحقق الخاص بك هو 1234').language).toBe('ar');
    expect(classifyContent('').categories).toEqual([]);
  });

  it('spans point into the original text through NFKC, tashkeel and zero-width marks', () => {
    const slicesOf = (text: string) =>
      classifyContent(text).categories.flatMap((c) => c.hits.map((h) => text.slice(h.span[0], h.span[1])));
    expect(slicesOf('عندي الكُوكَايِين\u200b للبيع مع توصيل')).toContain('كُوكَايِين');
    expect(slicesOf('Ｖｉａｇｒａ without prescription, 10 JD a box')).toContain('Ｖｉａｇｒａ');
  });

  it('an extra hit marks a term found only after de-obfuscation', () => {
    const plain = classifyContent('cocaine for sale').categories.find((c) => c.category === 'drugs')!;
    const hidden = classifyContent('c 0 c a i n e for sale').categories.find((c) => c.category === 'drugs')!;
    expect(plain.hits.some((h) => h.ruleId === 'obfuscated')).toBe(false);
    expect(hidden.hits.some((h) => h.ruleId === 'obfuscated')).toBe(true);
  });

  it('a credential request plus a call-back number is phishing at deny level', () => {
    const combo = (text: string) =>
      classifyContent(text)
        .categories.find((c) => c.category === 'phishing')
        ?.hits.find((h) => h.ruleId === 'frame:credential-ask-channel');
    expect(combo('Please send your PIN')).toBeUndefined();
    expect(combo('Please send your PIN to 0791234567')).toBeDefined();
    expect(combo('Please send your PIN at https://pin-check.example.top')).toBeDefined();
    const withNumber = classifyContent('Please send your PIN to 0791234567').categories.find(
      (c) => c.category === 'phishing',
    );
    expect(withNumber?.action).toBe('deny');
  });
});

describe('options', () => {
  it('addTerms adds a term with its weight; removeTerms drops one', () => {
    const text = 'Buy the zorblax tonic today';
    expect(classifyContent(text).categories).toEqual([]);
    const added = classifyContent(text, { addTerms: [{ category: 'prescription', term: 'zorblax', weight: 11 }] });
    expect(added.categories[0]).toMatchObject({ category: 'prescription', action: 'deny' });
    const removed = classifyContent('cocaine', { removeTerms: ['cocaine'] });
    expect(removed.categories.find((c) => c.category === 'drugs')).toBeUndefined();
    const removedElsewhere = classifyContent('cocaine', { removeTerms: [{ category: 'weapons', term: 'cocaine' }] });
    expect(removedElsewhere.categories.find((c) => c.category === 'drugs')).toBeDefined();
  });

  it('allow-listed phrases do not count', () => {
    const text = 'Dinner at the Casino Royale restaurant, tables at the door';
    const options = {
      allow: ['Casino Royale'],
      addTerms: [{ category: 'gambling' as const, term: 'casino', weight: 11 }],
    };
    expect(classifyContent(text, { addTerms: options.addTerms }).categories[0]?.category).toBe('gambling');
    expect(classifyContent(text, options).categories).toEqual([]);
  });

  it('per-category thresholds, action ceilings and disabling', () => {
    expect(classifyContent(PHISH).categories[0]).toMatchObject({ category: 'phishing', action: 'deny' });
    expect(classifyContent(PHISH, { categories: { phishing: { action: 'review' } } }).categories[0]?.action).toBe(
      'review',
    );
    expect(classifyContent(PHISH, { categories: { phishing: { denyAt: 50, reviewAt: 40 } } }).categories).toEqual([]);
    expect(classifyContent(PHISH, { disable: ['phishing'] }).categories).toEqual([]);
    expect(classifyContent(PHISH, { categories: { phishing: { action: 'off' } } }).categories).toEqual([]);
  });

  it('protected brands: a custom brand look-alike is flagged', () => {
    const text = 'Acme Pay: verify your account at acmepay-secure.com/login';
    const options = { protectedBrands: [{ name: 'Acme Pay', names: ['acme pay'], domains: ['acmepay.jo'] }] };
    const hits = classifyContent(text, options).categories.find((c) => c.category === 'phishing')?.hits ?? [];
    expect(hits.some((h) => h.ruleId === 'term:link-lookalike')).toBe(true);
    const official = classifyContent('Acme Pay: your statement is ready at acmepay.jo/statements', options);
    expect(official.categories).toEqual([]);
  });

  it.each([
    [{ categories: { phishing: { reviewAt: 9, denyAt: 3 } } }, 'categories.phishing.reviewAt'],
    [{ disable: ['phishy'] }, 'disable.0'],
    [{ addTerms: [{ category: 'drugs', term: '', weight: 5 }] }, 'addTerms.0.term'],
    [{ addTerms: [{ category: 'drugs', term: 'x', weight: 500 }] }, 'addTerms.0.weight'],
    [{ addTerms: [{ category: 'drugs', term: 'x' }] }, 'addTerms.0.weight'],
    [{ addTerms: [{ category: 'phishing', term: 'Acme Pay', concept: 'brnad' }] }, 'addTerms.0.concept'],
    [{ bogus: true }, ''],
    [{ protectedBrands: [{ name: 'X', names: [], domains: ['not a domain'] }] }, 'protectedBrands.0.domains.0'],
  ])('bad options throw PolicyConfigError naming the field (%o)', (options, path) => {
    let error: unknown;
    try {
      contentRules(options as never);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PolicyConfigError);
    const issue = (error as PolicyConfigError).issues[0]!;
    expect(issue.path.join('.')).toBe(path);
    expect(issue.messageAr.length).toBeGreaterThan(0);
  });

  it('createContentClassifier compiles once and classifies many', () => {
    const classify = createContentClassifier({ disable: ['drugs'] });
    expect(classify('cocaine for sale').categories.find((c) => c.category === 'drugs')).toBeUndefined();
    expect(classify(PHISH).categories[0]?.category).toBe('phishing');
  });
});

describe('contentRules', () => {
  it('builds one rule per enabled category with docs and sources', () => {
    const rules = contentRules({ disable: ['gambling'] });
    expect(rules.map((r) => r.id)).toEqual(
      CONTENT_CATEGORIES.filter((c) => c !== 'gambling').map((c) => `content/${c}`),
    );
    for (const rule of rules) expect(rule.meta.docs).toBe(`docs/rules/${rule.id}.md`);
  });

  it('finds, in a policy, with localised messages and masked excerpts', () => {
    const policy = createPolicy({ rules: contentRules(), locale: 'ar' });
    const decision = policy.lint({ senderId: 'adv Bank', kind: 'ADV', text: PHISH });
    expect(decision.verdict).toBe('deny');
    const finding = decision.findings.find((f) => f.ruleId === 'content/phishing')!;
    expect(finding.source).toBe('policy P7');
    expect(finding.message).toMatch(/تصيّد/);
    for (const e of finding.evidence ?? []) expect(e.excerpt).not.toContain('0791234567');
  });

  it('warn ceiling reports without blocking', () => {
    const policy = createPolicy({ rules: contentRules({ categories: { phishing: { action: 'warn' } } }) });
    const decision = policy.lint({ senderId: 'adv Bank', kind: 'ADV', text: PHISH });
    expect(decision.findings.find((f) => f.ruleId === 'content/phishing')?.action).toBe('warn');
  });
});

describe("one category's rule and classifyContent agree", () => {
  // The rule of one category reads the text with every category's concepts (the model's features depend on
  // them), so its score is the one classifyContent gives; and it does not give way to categories it does not hold.
  it.each([
    ['fraud', fraud, 'الفائزون بمسابقة أجمل صورة يحصلون على قسيمة عشاء مجانية، بدون أي شراء أو رسوم'],
    ['fraud', fraud, 'Congratulations! You have WON a £1000 prize. Call 09061701461 to claim now'],
    ['pyramid', pyramid, 'ادفع 50 ريال وجيب 4 اصحاب وكل واحد تحتك عليه عمولة'],
  ] as const)('%s: %s', (category, factory, text) => {
    const expected = classifyContent(text).categories.find((c) => c.category === category);
    const policy = createPolicy({ rules: [factory()] });
    const finding = policy
      .lint({ senderId: 'adv Shop', kind: 'ADV', text })
      .findings.find((f) => f.ruleId === `content/${category}`);
    expect(finding === undefined).toBe(expected === undefined);
    if (expected && finding) expect(finding.params?.score).toBe(expected.score);
  });

  it('a single rule still reports its category when a category it yields to scores higher', () => {
    const text = 'Sexy girls waiting for sex chat 🔞 text HOT to 69069, £1.50/msg';
    const all = classifyContent(text).categories.map((c) => c.category);
    const alone = createPolicy({ rules: [fraud()] })
      .lint({ senderId: 'adv Shop', kind: 'ADV', text })
      .findings.filter((f) => f.ruleId === 'content/fraud');
    // Together, fraud gives way to adult; alone, the fraud rule has nothing to give way to.
    expect(all).toContain('adult');
    expect(all).not.toContain('fraud');
    expect(alone).toHaveLength(1);
  });
});

describe('addTerms with a concept', () => {
  it('a term joins a concept class and every frame that uses it', () => {
    const text = 'حسابك في زبدة باي موقوف، أرسل الرمز إلى 0791234567 لإعادة التفعيل';
    const before = classifyContent(text).categories.find((c) => c.category === 'phishing')?.score ?? 0;
    const options = { addTerms: [{ category: 'phishing' as const, concept: 'account', term: 'زبدة باي' }] };
    const after = classifyContent(text, options).categories.find((c) => c.category === 'phishing');
    expect(after).toBeDefined();
    expect(after!.score).toBeGreaterThanOrEqual(before);
    expect(after!.hits.some((h) => text.slice(h.span[0], h.span[1]).includes('زبدة'))).toBe(true);
  });
});
