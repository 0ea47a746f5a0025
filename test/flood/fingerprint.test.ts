/** Content fingerprints: masking, exact and near-duplicate matching, no merging of different templates. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentFingerprint, estimateSimilarity, maskedWords } from '../../src/flood/fingerprint.js';

const shareBand = (a: string, b: string): boolean => {
  const x = contentFingerprint(a).bands;
  return contentFingerprint(b).bands.some((band) => x.includes(band));
};

describe('maskedWords', () => {
  it.each([
    [
      'English name, percent, link',
      'Hi Sara, 20% off at https://acme.jo/x today',
      ['hi', '#name', '#n', 'off', 'at', '#url', 'today'],
    ],
    [
      'Arabic vocative chain and Arabic digits',
      'مرحبا يا أحمد، خصم ٢٠٪ على المعاطف',
      ['مرحبا', 'يا', '#name', 'خصم', '#n', 'علي', 'المعاطف'],
    ],
    ['Arabizi', 'ya Omar 3ard 5ase www.acme.jo', ['ya', '#name', '#n', 'ard', '#n', 'ase', '#url']],
    ['bare domain and phone number', 'Call 0791234567 or visit acme.com/sale', ['call', '#n', 'or', 'visit', '#url']],
    ['obfuscated: tashkeel, tatweel, stretched letters', 'عـــرض خَاص جداااا', ['عرض', 'خاص', 'جدا']],
  ])('%s', (_label, text, words) => {
    expect(maskedWords(text)).toEqual(words);
  });
});

// Same template, what varies per recipient: the name, numbers and the link.
const VARIANTS: Array<[string, string, string]> = [
  [
    'English',
    'Dear Ahmad, your order 55123 is ready. Track it at https://acme.jo/t/a1 or call 065001234',
    'Dear Lina, your order 99870 is ready. Track it at https://acme.jo/t/zz9 or call 065009999',
  ],
  [
    'Arabic',
    'عزيزي محمد، رصيدك 12.5 دينار. لتجديد الباقة ادخل إلى www.acme.jo/r/1',
    'عزيزي خالد، رصيدك ٣٠ دينار. لتجديد الباقة ادخل إلى www.acme.jo/r/777',
  ],
  [
    'Arabizi',
    'marhaba ya Sami, 3andak 2 rasa2el jdeed 3ala acme.jo',
    'marhaba ya Rania, 3andak 7 rasa2el jdeed 3ala acme.jo',
  ],
];

// Different templates that share a brand and vocabulary: these must never be merged.
const TEMPLATES = [
  'Winter sale at Acme: 20% off all coats this weekend only, visit our store in Abdoun.',
  'Your Acme order has shipped and will arrive within two working days.',
  'Acme reminder: your appointment is tomorrow at 10:00, reply C to cancel.',
  'Your Acme verification code is 4821. Do not share it with anyone.',
  'Thank you for shopping at Acme! Rate your visit and win a voucher.',
  'Acme: your monthly bill of 25 JOD is due on the 5th, pay online to avoid fees.',
  'New arrivals at Acme this week: spring dresses, sandals and sunglasses.',
  'Acme store hours change during Ramadan: open 8 pm to 2 am.',
  'خصم 20% على كل المعاطف في متجر أكمي هذا الأسبوع فقط',
  'تم شحن طلبك من أكمي وسيصل خلال يومي عمل',
  'تذكير من أكمي: موعدك غداً الساعة العاشرة صباحاً',
  'رمز التحقق الخاص بك في أكمي هو 4821 لا تشاركه مع أحد',
  'شكراً لتسوقك في أكمي! قيّم زيارتك واربح قسيمة شرائية',
  'فاتورتك الشهرية من أكمي مستحقة في الخامس من الشهر',
  'wasalat mawdeelat jdeede 3ala acme hal usbu3, zoorna',
  'talabak min acme insha7an w rah yowsal ba3d yomen',
];

describe('contentFingerprint', () => {
  it.each(VARIANTS)('%s: only the name, numbers or link changed → same exact hash', (_label, a, b) => {
    expect(contentFingerprint(a).exact).toBe(contentFingerprint(b).exact);
    expect(contentFingerprint(a).bands).toEqual(contentFingerprint(b).bands);
  });

  it.each([
    ['English, one word swapped', TEMPLATES[0]!, TEMPLATES[0]!.replace('coats', 'jackets')],
    ['English, a word added', TEMPLATES[4]!, TEMPLATES[4]!.replace('win a voucher', 'win a big voucher')],
    ['Arabic, one word swapped', TEMPLATES[8]!, TEMPLATES[8]!.replace('المعاطف', 'الجاكيتات')],
    ['Arabic, spelled with hamza and tashkeel', TEMPLATES[10]!, 'تذكير مِن أكمي: موعدك غدا الساعة العاشرة صباحًا جداً'],
    [
      'obfuscated: zero-width and full-width letters',
      TEMPLATES[1]!,
      TEMPLATES[1]!.replace('order', 'ord\u200Ber').replace('Acme', 'Ａｃｍｅ').replace('two', '2'),
    ],
  ])('%s → shares an LSH band (near-duplicate)', (_label, a, b) => {
    expect(contentFingerprint(a).exact).not.toBe(contentFingerprint(b).exact);
    expect(shareBand(a, b)).toBe(true);
  });

  it('does not merge different templates (no shared band, distinct exact hashes)', () => {
    const exact = new Set(TEMPLATES.map((t) => contentFingerprint(t).exact));
    expect(exact.size).toBe(TEMPLATES.length);
    const merged: string[] = [];
    for (let i = 0; i < TEMPLATES.length; i++) {
      for (let j = i + 1; j < TEMPLATES.length; j++) {
        if (shareBand(TEMPLATES[i]!, TEMPLATES[j]!)) merged.push(`${i}~${j}`);
      }
    }
    expect(merged).toEqual([]);
  });

  it('similarity estimate is high for near-duplicates and low for different templates', () => {
    const sim = (a: string, b: string) =>
      estimateSimilarity(contentFingerprint(a).signature, contentFingerprint(b).signature);
    expect(sim(TEMPLATES[0]!, TEMPLATES[0]!.replace('coats', 'jackets'))).toBeGreaterThan(0.6);
    expect(sim(TEMPLATES[0]!, TEMPLATES[1]!)).toBeLessThan(0.3);
  });

  it('empty and punctuation-only texts have an exact hash and no bands', () => {
    expect(contentFingerprint('!!! ...').bands).toEqual([]);
    expect(contentFingerprint('!!! ...').exact).toMatch(/^[0-9a-f]{16}$/);
  });

  it('never throws and is deterministic on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const a = contentFingerprint(text);
        expect(contentFingerprint(text).exact).toBe(a.exact);
        expect(a.bands.length === 0 || a.bands.length === 8).toBe(true);
      }),
    );
  });

  it('a 100 KB adversarial body is cheap', () => {
    const bodies = [
      'a'.repeat(100_000),
      '1.'.repeat(50_000),
      'http://'.repeat(14_000),
      'يا '.repeat(33_000),
      `${'x.'.repeat(40_000)}com`,
    ];
    for (const body of bodies) {
      const start = performance.now();
      contentFingerprint(body);
      expect(performance.now() - start).toBeLessThan(1_000);
    }
  });
});
