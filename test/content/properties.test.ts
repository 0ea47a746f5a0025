/** Properties on arbitrary and hostile input: never throws, spans in bounds and on the right text, time linear. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATEGORY_SPECS, classifyContent, contentRules, createPolicy } from '../../src/index.js';
import { skeletonView } from '../../src/text/arabizi.js';
import { foldWords, TextScanner } from '../../src/text/scan.js';

const alphabet = fc.constantFrom(
  ...'abcdefghijklmnopqrstuvwxyz0123456789 .-_@$!|\n\u200b\u200d\u0640ًاأإآبتثجحخدذرزسشصضطظعغفقكلمنهويىةئؤء٠١٢٣'.split(
    '',
  ),
  'а',
  'о',
  'ｖ',
  '😀',
  '\ud83d',
  'x',
  'ﻻ',
  '\u064e',
);
const smsLike = fc.array(alphabet, { maxLength: 300 }).map((chars) => chars.join(''));

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

describe('classifyContent properties', () => {
  it('never throws; every hit span is in bounds, non-empty and on code-point boundaries', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 200 }), smsLike),
        (text) => {
          const report = classifyContent(text);
          for (const category of report.categories) {
            expect(['deny', 'review']).toContain(category.action);
            for (const hit of category.hits) {
              const [start, end] = hit.span;
              expect(start).toBeGreaterThanOrEqual(0);
              expect(end).toBeLessThanOrEqual(text.length);
              expect(start).toBeLessThan(end);
              expect(isLowSurrogate(text.charCodeAt(start)) && isHighSurrogate(text.charCodeAt(start - 1))).toBe(false);
              expect(isHighSurrogate(text.charCodeAt(end - 1)) && isLowSurrogate(text.charCodeAt(end))).toBe(false);
            }
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('every view maps monotonically into the original', () => {
    const spaced = fc.array(fc.constantFrom('a', 'b', 'i', 'u', '1', '0', ' ', '.', 'ك', 'و', 'x', '7', 'sh', ' '), {
      maxLength: 200,
    });
    fc.assert(
      fc.property(
        fc.oneof(
          smsLike,
          spaced.map((parts) => parts.join('')),
        ),
        (text) => {
          const main = new TextScanner().scan(text);
          const views = [main, new TextScanner().scanDeobfuscated(text), skeletonView(main)];
          for (const view of views) {
            if (!view) continue;
            expect(view.units[0]).toBe(0x20);
            expect(view.units[view.length - 1]).toBe(0x20);
            for (let i = 0; i < view.length; i++) {
              expect(view.starts[i]!).toBeLessThanOrEqual(view.ends[i]!);
              expect(view.ends[i]!).toBeLessThanOrEqual(text.length);
              if (i > 0) expect(view.starts[i]!).toBeGreaterThanOrEqual(view.starts[i - 1]!);
            }
            for (let t = 0; t < view.tokenCount; t++) expect(view.tokenStarts[t]!).toBeLessThan(view.tokenEnds[t]!);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a term hit points at original text that spells its term, through case, spacing, dots, zero-width marks and look-alikes', () => {
    const terms = Object.values(CATEGORY_SPECS)
      .filter((spec) => !['abuse', 'phishing', 'fraud'].includes(spec.category))
      .flatMap((spec) => spec.concepts.filter((c) => ((spec.weights as Record<string, number>)[c.id] ?? 0) >= 4))
      .flatMap((c) => [...(c.en ?? [])])
      .filter((t) => /^[a-z]{5,}$/.test(t));
    const hide = fc.constantFrom(
      (t: string) => t,
      (t: string) => t.toUpperCase(),
      (t: string) => [...t].join(' '),
      (t: string) => [...t].join('.'),
      (t: string) => [...t].join('\u200b'),
      (t: string) => t.replace(/a/g, 'а').replace(/e/g, 'е'),
    );
    const letters = (s: string) => foldWords(s).replace(/ /g, '');
    fc.assert(
      fc.property(fc.constantFrom(...terms), hide, (term, disguise) => {
        const text = `hello there ${disguise(term)} for sale today`;
        // The hit names the term as the lexicon writes it, which may be a shorter form (`grenade` for `grenades`).
        const found = classifyContent(text).categories.flatMap((c) =>
          c.hits.filter((h) => h.term !== undefined && letters(term).startsWith(letters(h.term))),
        );
        expect(found.length, text).toBeGreaterThan(0);
        for (const hit of found) expect(letters(text.slice(hit.span[0], hit.span[1]))).toContain(letters(hit.term!));
      }),
      { numRuns: 200 },
    );
  });

  it('rules never throw inside a policy; every excerpt comes from the original and is cut on code points', () => {
    const policy = createPolicy({ rules: contentRules() });
    fc.assert(
      fc.property(
        fc.oneof(
          smsLike,
          fc.constantFrom('Send your PIN now 😀😀😀 to 0791234567 or your card is blocked 😀'.repeat(3)),
        ),
        (raw) => {
          const text = raw.trim().length > 0 ? raw : 'x';
          const decision = policy.lint({ senderId: 'adv Test', kind: 'ADV', text });
          for (const finding of decision.findings) {
            expect(finding.ruleId).toMatch(/^content\//);
            for (const e of finding.evidence ?? []) {
              expect(e.span![0]).toBeGreaterThanOrEqual(0);
              expect(e.span![1]).toBeLessThanOrEqual(text.length);
              const excerpt = e.excerpt!.replace(/^…|…$/g, '');
              expect(isLowSurrogate(excerpt.charCodeAt(0))).toBe(
                isLowSurrogate(text.charCodeAt(text.indexOf(excerpt.slice(0, 1)))),
              );
              expect(isHighSurrogate(excerpt.charCodeAt(excerpt.length - 1)) && !text.includes(excerpt)).toBe(false);
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('rejects a non-string text with a typed error naming the field', () => {
    expect(() => classifyContent(42 as unknown as string)).toThrowError(/text/);
  });
});

describe('hostile input', () => {
  function best(fn: () => void, runs = 3): number {
    let fastest = Number.POSITIVE_INFINITY;
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      fn();
      fastest = Math.min(fastest, performance.now() - start);
    }
    return fastest;
  }

  const bodies: Record<string, string> = {
    'repeated partial matches': 'cocain viagr send your co verify your acc كوكاي ربح '.repeat(2_000),
    'single-letter spaced runs': 'v i a g r a f r e e c o c a '.repeat(3_600),
    'zero-width flood': `v${'\u200b'.repeat(50_000)}iagra ${'\u200d'.repeat(50_000)}`,
    'combining marks': `ب${'\u064e'.repeat(60_000)}كوكايين ${'\u0301'.repeat(40_000)}`,
    'alternating spaces': 'a '.repeat(50_000),
    'long URL': `http://${'a'.repeat(60_000)}.com/${'b-'.repeat(20_000)}`,
    'dotted labels': 'a.'.repeat(50_000),
    'digits and separators': '0791234567 -'.repeat(8_000),
    'Arabic clitic soup': 'والكوكايينات بالحشيشها '.repeat(4_000),
    'Arabizi soup': '7ashish 3ndi lal be3 ya 7abibi '.repeat(3_300),
  };

  it.each(Object.entries(bodies))('a ~100 KB body (%s) classifies in well under 250 ms', (_name, body) => {
    expect(body.length).toBeGreaterThan(80_000);
    classifyContent(body);
    const ms = best(() => classifyContent(body));
    expect(ms).toBeLessThan(250);
  });

  it('time grows about linearly with length', () => {
    const unit = 'v i a g r a send your pin http://bit.ly/x كوكايين 7ashish '.repeat(50);
    const small = unit.repeat(4);
    const large = unit.repeat(32);
    const tSmall = best(() => classifyContent(small), 5);
    const tLarge = best(() => classifyContent(large), 3);
    // 8x the text may cost up to ~8x plus noise; a super-linear step would be far above.
    expect(tLarge).toBeLessThan(tSmall * 8 * 3 + 20);
  });
});

describe('a report depends on its text only', () => {
  it('the same text gives the same report whatever was classified before it (a word of no script, `٫`)', () => {
    const text = 'بریدک المرسل وصل، ادفع رسوم التخلیص ٩٫٩٩ درهم هنا: ae-deliverу.com/f';
    classifyContent('x');
    const first = JSON.stringify(classifyContent(text));
    classifyContent(
      'بطاقتك موقوفة! حسابك المصرفي لدى البنك الأهلي سيتم إغلاقه خلال 24 ساعة ما لم تقم بتأكيد بياناتك: ahli-verify.top',
    );
    expect(JSON.stringify(classifyContent(text))).toBe(first);
  });
});
