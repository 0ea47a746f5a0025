import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { servicePromotionalContent } from '../../src/jordan/service-promotional-content.js';
import { of, run } from './_helpers.js';

const ID = 'jordan/service-promotional-content';
const SRV = { kind: 'SRV', senderId: 'Acme' };

// [text, flagged?, substrings the evidence spans must slice, in order]
const cases: Array<[name: string, text: string, flagged: boolean, slices: string[]]> = [
  ['English sale', 'Winter sale: 20% discount on all coats', true, ['sale', '20%', 'discount']],
  ['English special offer', 'Special offer for you: 2 pizzas for 10 JD', true, ['Special offer', '10 JD']],
  ['Arabic discount', 'خصم 20% على كل المعاطف', true, ['خصم', '20%']],
  ['Arabic special offer', 'عرض خاص لعملائنا', true, ['عرض خاص']],
  ['Arabic with article and preposition', 'استفيدوا بالتخفيضات الكبيرة', true, ['بالتخفيضات']],
  ['Arabic offer + price', 'عرض اليوم: وجبتين بـ 5 دنانير', true, ['عرض', '5 دنانير']],
  ['obfuscated: tatweel and Arabic-Indic digits', 'خـــصـــم ٢٠٪ اليوم', true, ['خـــصـــم', '٢٠٪']],
  ['obfuscated: full-width Latin', 'ＳＡＬＥ today 50%', true, ['ＳＡＬＥ', '50%']],
  ['obfuscated: zero-width space inside', 'dis\u200bcount on shoes', true, ['dis\u200bcount']],
  ['Arabizi', '5asm 30% 3ala kol el mahal', true, ['5asm', '30%']],
  // Service texts that only look numeric.
  ['bill amount', 'Your bill is 25 JD, due on 30/11.', false, []],
  ['data usage', 'You have used 80% of your monthly data.', false, []],
  ['Arabic order receipt', 'تم استلام طلبك رقم 1234 وسيصل خلال يومين', false, []],
  ['exhibition is not an offer', 'موعد زيارة المعرض يوم الأحد', false, []],
  ['one weak word', 'Call our free hotline 24/7 for support.', false, []],
  ['Arabic display word alone', 'يمكنك عرض الفاتورة من التطبيق', false, []],
  ['Arabic view the bill with an amount', 'يمكنك عرض الفاتورة بقيمة 25 دينار من التطبيق', false, []],
  ['gift card balance', 'Your gift card balance is 25 JD.', false, []],
  ['toll-free line and a price', 'Your plan costs 10 JD. Call our toll-free line.', false, []],
  ['free gift is promotional', 'Free gift with every order today', true, ['Free', 'gift']],
];

describe('jordan/service-promotional-content', () => {
  const rules = [servicePromotionalContent()];

  it.each(cases)('%s', async (_name, text, flagged, slices) => {
    const found = of(await run(rules, { ...SRV, text }), ID);
    if (!flagged) {
      expect(found).toEqual([]);
      return;
    }
    expect(found).toHaveLength(1);
    expect(found[0]!.action).toBe('review');
    const sliced = (found[0]!.evidence ?? []).map((e) => text.slice(e.span![0], e.span![1]));
    expect(sliced).toEqual(slices);
    expect(found[0]!.evidence?.[0]?.data?.suggest).toBe('ADV');
  });

  it('ignores promotional classes (ADV is meant to promote)', async () => {
    expect(of(await run(rules, { kind: 'ADV', text: 'Winter sale: 20% discount' }), ID)).toEqual([]);
  });

  it('can check AWR too and use a higher threshold', async () => {
    const awr = [servicePromotionalContent({ kinds: ['SRV', 'AWR'], threshold: 4 })];
    expect(of(await run(awr, { kind: 'AWR', senderId: 'Gov', text: 'Big sale!' }), ID)).toEqual([]);
    expect(of(await run(awr, { kind: 'AWR', senderId: 'Gov', text: 'Big sale! 50% discount' }), ID)).toHaveLength(1);
  });

  it('stays cheap on a 100 KB adversarial body', () => {
    const rule = servicePromotionalContent();
    const body = `${'5'.repeat(30_000)}${'خ ص م '.repeat(6_000)}${'%'.repeat(20_000)}`.slice(0, 100_000);
    const ctx = {
      now: new Date(),
      locale: 'en' as const,
      mode: 'check' as const,
      finding: (input: object) => input as never,
      excerpt: () => '',
      maskPhone: (p: string) => p,
    };
    const started = performance.now();
    rule.check!({ senderId: 'Acme', kind: 'SRV', text: body, at: new Date() }, ctx);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('never throws and keeps spans inside the text', () => {
    const rule = servicePromotionalContent();
    const ctx = {
      now: new Date(),
      locale: 'en' as const,
      mode: 'check' as const,
      finding: (input: object) => input as never,
      excerpt: () => '',
      maskPhone: (p: string) => p,
    };
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (tail) => {
        const text = `خصم 20% ${tail}`;
        const found = rule.check!({ senderId: 'Acme', kind: 'SRV', text, at: new Date() }, ctx) as Array<{
          evidence?: Array<{ span?: [number, number] }>;
        }>;
        for (const f of found)
          for (const e of f.evidence ?? []) {
            expect(e.span![0]).toBeGreaterThanOrEqual(0);
            expect(e.span![1]).toBeLessThanOrEqual(text.length);
            expect(e.span![0]).toBeLessThan(e.span![1]);
          }
      }),
      { numRuns: 200 },
    );
  });
});
