import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize, toOriginalSpan } from '../../src/index.js';
import { normalizeUnits } from '../../src/text/normalize.js';

const RUNS = 10_000;

// Text that exercises every step: Arabic with tashkeel and tatweel, presentation forms, zero-width and bidi
// marks, Arabic-Indic digits, full-width Latin, combining accents, emoji and repeated letters.
const PIECES = [
  'a',
  'A',
  'e',
  'é',
  'e\u0301',
  'Ｆ',
  'ﬁ',
  'İ',
  'ß',
  ' ',
  '\t',
  '\n',
  '  ',
  '.',
  '5',
  '٥',
  '۵',
  '😀',
  '𝐅',
  'ا',
  'أ',
  'إ',
  'آ',
  'ى',
  'ة',
  'ؤ',
  'ئ',
  'ی',
  'ک',
  'ھ',
  'ب',
  'بَ',
  'ـ',
  'ٰ',
  'ﻻ',
  'ﷺ',
  'و',
  'وو',
  '\u200b',
  '\u200f',
  '\u202e',
  '\u2066',
  '\ufeff',
  '\u00ad',
  'freee',
  'ooo',
  'ححح',
];
const mixedText = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));
const anyText = fc.oneof(
  mixedText,
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
);

describe('normalize', () => {
  it.each([
    ['Ｆｒｅｅｅｅ', 'free'],
    ['مَرْحَبــــاً', 'مرحبا'],
    ['إشتراك', 'اشتراك'],
    ['آمنة', 'امنه'],
    ['مستشفى', 'مستشفي'],
    ['سؤال', 'سوال'],
    ['قائمة', 'قايمه'],
    ['کیھ', 'كيه'],
    ['الرحمٰن', 'الرحمن'],
    ['٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹', '0123456789 0123456789'],
    ['v\u200Bi\u200Ca\u200Dg\uFEFFra', 'viagra'],
    ['\u202Eevil\u202C', 'evil'],
    ['VÍAGRA', 'viagra'],
    ['FREEEEEE', 'free'],
    ['مبروووووك', 'مبروك'],
    ['a \t\n  b', 'a b'],
    ['ﻻ', 'لا'],
  ])('%j → %j', (input, expected) => {
    expect(normalize(input).text).toBe(expected);
  });

  it('maps spans back to the original text', () => {
    const original = 'Get ｖｉａｇｒａ now, بدون وصفـــة طبية';
    const n = normalize(original);
    const at = n.text.indexOf('viagra');
    expect(original.slice(...toOriginalSpan(n, [at, at + 6]))).toBe('ｖｉａｇｒａ');
    const ar = n.text.indexOf('وصفه');
    expect(original.slice(...toOriginalSpan(n, [ar, ar + 4]))).toBe('وصفـــة');
  });

  it('covers swallowed repeats and removed marks inside a span', () => {
    const original = 'freeeeee stuff';
    const n = normalize(original);
    expect(original.slice(...toOriginalSpan(n, [0, 4]))).toBe('freeeeee');
  });

  it('honours maxRun options', () => {
    expect(normalize('soooo', { maxRun: 1 }).text).toBe('so');
    expect(normalize('ووو', { maxRunArabic: 2 }).text).toBe('وو');
    expect(normalize('a   b', { collapseWhitespace: false }).text).toBe('a   b');
  });

  it('offset maps are in bounds, non-empty and monotone', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const n = normalize(text);
        expect(n.starts.length).toBe(n.text.length);
        expect(n.ends.length).toBe(n.text.length);
        for (let i = 0; i < n.text.length; i++) {
          expect(n.starts[i]!).toBeLessThan(n.ends[i]!);
          expect(n.ends[i]!).toBeLessThanOrEqual(text.length);
          if (i > 0) {
            expect(n.starts[i]!).toBeGreaterThanOrEqual(n.starts[i - 1]!);
            expect(n.ends[i]!).toBeGreaterThanOrEqual(n.ends[i - 1]!);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('any span maps to an in-bounds original span that normalises back to contain it (round trip)', () => {
    fc.assert(
      fc.property(anyText, fc.nat(), fc.nat(), (text, a, b) => {
        const n = normalize(text);
        const size = n.text.length;
        const s = Math.min(a, b) % (size + 1);
        const e = Math.max(s, Math.max(a, b) % (size + 1));
        const [os, oe] = toOriginalSpan(n, [s, e]);
        expect(os).toBeGreaterThanOrEqual(0);
        expect(oe).toBeGreaterThanOrEqual(os);
        expect(oe).toBeLessThanOrEqual(text.length);
        const again = normalize(text.slice(os, oe)).text;
        const piece = n.text.slice(s, e);
        // Whitespace at the edges may merge with neighbours; compare without it.
        expect(again.includes(piece.trim()) || again.trim().includes(piece.trim())).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const once = normalize(text).text;
        expect(normalize(once).text).toBe(once);
      }),
      { numRuns: RUNS },
    );
  });

  it('normalizeUnits (no offset map, reused buffer) gives the same text as normalize', () => {
    fc.assert(
      fc.property(anyText, anyText, (first, second) => {
        // Two calls in a row: the second reuses the first one's buffer and must not see its leftovers.
        for (const text of [first, second]) {
          const { codes, length } = normalizeUnits(text);
          expect(String.fromCharCode(...codes.subarray(0, length))).toBe(normalize(text).text);
        }
      }),
      { numRuns: RUNS },
    );
    const long = 'abc '.repeat(50_000);
    const { codes, length } = normalizeUnits(long);
    expect(length).toBe(normalize(long).text.length);
    expect(codes.length).toBeGreaterThanOrEqual(length);
    expect(normalizeUnits('x').codes.length).toBeLessThan(65_536); // a huge buffer is not kept
  });

  it('handles a 100 KB hostile body quickly', () => {
    const hostile = `${'ـ\u200bأَ'.repeat(20_000)}${'a'.repeat(20_000)}${'ﷺ'.repeat(2_000)}`;
    const started = performance.now();
    const n = normalize(hostile);
    expect(performance.now() - started).toBeLessThan(500);
    expect(n.text.startsWith('ا')).toBe(true);
    expect(toOriginalSpan(n, [0, n.text.length])).toEqual([2, hostile.length]);
  });
});
