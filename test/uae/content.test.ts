/** UAE content rules: prohibited categories read from the content rules, restricted classes, links and numbers, opt-out notice. */
import { describe, expect, it } from 'vitest';
import { createPolicy } from '../../src/core/policy.js';
import type { Decision, Rule } from '../../src/core/types.js';
import { contentRules } from '../../src/content/index.js';
import {
  advLinksNumbers,
  advOptOutNotice,
  findPhoneNumbers,
  prohibitedContent,
  restrictedContent,
} from '../../src/uae/index.js';

const lint = (rules: Rule[], text: string, kind: 'ADV' | 'SRV' = 'ADV'): Decision =>
  createPolicy({ rules }).lint({ senderId: 'AD-Acme', kind, text });
const of = (decision: Decision, ruleId: string) => decision.findings.filter((f) => f.ruleId === ruleId);

/** Every evidence span slices the term it claims, in the original text. */
function expectSpansSlice(text: string, decision: Decision, ruleId: string) {
  for (const finding of of(decision, ruleId)) {
    for (const e of finding.evidence ?? []) {
      if (!e.span) continue;
      const [start, end] = e.span;
      expect(start).toBeGreaterThanOrEqual(0);
      expect(end).toBeLessThanOrEqual(text.length);
      expect(end).toBeGreaterThan(start);
    }
  }
}

describe('uae/prohibited-content (compose)', () => {
  const casino = 'Casino bonus: 100 free spins, bet now and win big at our online casino';

  it('restates a content deny under the UAE clause, with its spans', () => {
    const decision = lint([...contentRules(), prohibitedContent()], casino);
    expect(of(decision, 'content/gambling')[0]?.action).toBe('deny');
    const [finding] = of(decision, 'uae/prohibited-content');
    expect(finding?.action).toBe('deny');
    expect(finding?.source).toBe('AE-CNT-01');
    expect(finding?.params?.categories).toBe('gambling');
    expect(
      finding?.evidence?.some(
        (e) =>
          e.span &&
          casino
            .slice(...e.span)
            .toLowerCase()
            .includes('casino'),
      ),
    ).toBe(true);
  });

  it('asks for review when the platform lowered the category', () => {
    const rules = [...contentRules({ categories: { gambling: { action: 'warn' } } }), prohibitedContent()];
    const decision = lint(rules, casino);
    expect(of(decision, 'content/gambling')[0]?.action).toBe('warn');
    expect(of(decision, 'uae/prohibited-content')[0]?.action).toBe('review');
    expect(decision.verdict).toBe('review');
  });

  it('works in Arabic and through obfuscation', () => {
    const arabic = 'كازينو اون لاين: راهن الآن واربح، مكافأة 100 دورة مجانية على الرهانات';
    expect(of(lint([...contentRules(), prohibitedContent()], arabic), 'uae/prohibited-content')).toHaveLength(1);
    const obfuscated = 'C4SIN0 b0nus: 100 free sp1ns, b.e.t now and win big at our online c@sino';
    expect(of(lint([...contentRules(), prohibitedContent()], obfuscated), 'uae/prohibited-content')).toHaveLength(1);
  });

  it('ignores categories the UAE list does not name, and clean texts', () => {
    const rules = [...contentRules(), prohibitedContent()];
    expect(of(lint(rules, 'Your order 1234 has shipped', 'SRV'), 'uae/prohibited-content')).toEqual([]);
    const phishing = lint(rules, 'Your card is blocked, send your PIN and CVV to 0501234567 now');
    expect(of(phishing, 'content/phishing').length).toBe(1);
    expect(of(phishing, 'uae/prohibited-content')).toEqual([]);
  });

  it('has nothing to read without content rules', () => {
    expect(of(lint([prohibitedContent()], casino), 'uae/prohibited-content')).toEqual([]);
  });
});

describe('uae/restricted-content', () => {
  it.each([
    ['Happy hour tonight: 2 beers for 30 AED', 'alcohol'],
    ['عرض خاص: نبيذ فاخر وويسكي بخصم 20%', 'alcohol'],
    ['Instant personal loan approved in 1 hour, no salary transfer', 'loans'],
    ['قرض شخصي فوري بدون كفيل', 'loans'],
    ['Vote for our candidate in the election on Friday', 'political'],
    ['شاركوا في الانتخابات وصوتوا لمرشحنا', 'political'],
    ['Join our Quran and hadith lessons this week', 'religious'],
    ['احضروا محاضرة دينية بعد صلاة الجمعة', 'religious'],
    ['H@ppy h0ur tonight: 2 b33rs for 30 AED', 'alcohol'],
    ['قـرضٌ شَخصي فوري', 'loans'],
  ] as const)('%s → review (%s)', (text, klass) => {
    const decision = lint([restrictedContent()], text);
    const [finding] = of(decision, 'uae/restricted-content');
    expect(finding?.action, text).toBe('review');
    expect(String(finding?.params?.classes)).toContain(klass);
    expectSpansSlice(text, decision, 'uae/restricted-content');
  });

  it.each([
    'Try our alcohol-free mojito and ginger beer',
    'عروض رمضان كريم على كل الملابس',
    'Shop opens after Friday prayer',
    'Read our privacy policy at the store',
    'Your loan repayment reminder',
  ])('%s → no finding', (text) => {
    expect(of(lint([restrictedContent()], text), 'uae/restricted-content')).toEqual([]);
  });

  it('checks only ADV by default, and only the configured classes', () => {
    expect(of(lint([restrictedContent()], 'Happy hour: beers', 'SRV'), 'uae/restricted-content')).toEqual([]);
    expect(
      of(lint([restrictedContent({ classes: ['loans'] })], 'Happy hour: beers'), 'uae/restricted-content'),
    ).toEqual([]);
  });

  it('a span slices the matched word in the original text', () => {
    const text = 'Big news: «قرضٌ» شخصي فوري';
    const finding = of(lint([restrictedContent()], text), 'uae/restricted-content')[0]!;
    const span = finding.evidence!.find((e) => e.data?.class === 'loans')!.span!;
    expect(text.slice(...span)).toContain('قرض');
  });
});

describe('uae/adv-links-numbers', () => {
  it.each([
    ['Sale 30% off. To opt out send B to 7726', []],
    ['Order now on wa.me/971501234567', ['uae.adv-chat-link', 'uae.adv-phone-number']],
    ['Chat with us: line.me/R/ti/p/acme', ['uae.adv-chat-link']],
    ['Shop at https://acme.example/sale', ['uae.adv-link']],
    ['Call +971 50 123 4567 today', ['uae.adv-phone-number']],
    ['اتصل على ٠٥٠١٢٣٤٥٦٧ الآن', ['uae.adv-phone-number']],
    ['Offer valid until 2026-03-10, 30% off', []],
    ['Prices from 1,250,000 AED', []],
  ] as const)('%s → %j', (text, expected) => {
    const decision = lint([advLinksNumbers()], text);
    expect(decision.findings.map((f) => f.messageId)).toEqual(expected);
    for (const finding of decision.findings) {
      expect(finding.action).toBe('review');
      for (const e of finding.evidence!) expect(e.excerpt).not.toMatch(/\d{7,}/);
    }
  });

  it('lets allowed hosts through and ignores service messages', () => {
    expect(lint([advLinksNumbers({ allowedHosts: ['acme.example'] })], 'See https://acme.example/x').findings).toEqual(
      [],
    );
    expect(lint([advLinksNumbers()], 'Track at https://acme.example/x', 'SRV').findings).toEqual([]);
  });

  it('finds numbers in a linear scan of hostile input', () => {
    const hostile = '1 '.repeat(50_000);
    const started = performance.now();
    findPhoneNumbers(hostile);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('uae/adv-opt-out-notice', () => {
  it.each([
    ['Summer sale 30% off', true],
    ['Summer sale 30% off. To opt out send B to 7726', false],
    ['Sale! Text B AcmeStore to 7726 to block', false],
    ['تخفيضات 30%. للإلغاء أرسل B إلى 7726', false],
    ['تخفيضات 30%. لِإِلْغَاءِ الاشتراك أرسل STOP', false],
    ['Sale 30%. Reply S.T.O.P', true],
    ['Sale 30%. Reply sTOP', false],
  ] as const)('%s → warns: %s', (text, warns) => {
    expect(lint([advOptOutNotice()], text).findings.length).toBe(warns ? 1 : 0);
  });

  it('is silent for service messages', () => {
    expect(lint([advOptOutNotice()], 'Your code is 1234', 'SRV').findings).toEqual([]);
  });
});
