import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countSegments } from '../../src/index.js';

const latin = (n: number) => 'a'.repeat(n);
const arabic = (n: number) => 'ب'.repeat(n);

describe('countSegments', () => {
  it.each([
    ['empty', '', 'GSM-7', 0, 0, 160],
    ['160 GSM', latin(160), 'GSM-7', 160, 1, 160],
    ['161 GSM', latin(161), 'GSM-7', 161, 2, 153],
    ['306 GSM', latin(306), 'GSM-7', 306, 2, 153],
    ['307 GSM', latin(307), 'GSM-7', 307, 3, 153],
    ['70 UCS-2', arabic(70), 'UCS-2', 70, 1, 70],
    ['71 UCS-2', arabic(71), 'UCS-2', 71, 2, 67],
    ['134 UCS-2', arabic(134), 'UCS-2', 134, 2, 67],
    ['135 UCS-2', arabic(135), 'UCS-2', 135, 3, 67],
    ['80 euro signs (extension, 2 units each)', '€'.repeat(80), 'GSM-7', 160, 1, 160],
    ['81 euro signs', '€'.repeat(81), 'GSM-7', 162, 2, 153],
    ['159 letters + one extension char', `${latin(159)}^`, 'GSM-7', 161, 2, 153],
    ['basic-set accents stay GSM', 'èéùìòÇØøÅåÄÖÑÜäöñüà§¿¡£¥', 'GSM-7', 24, 1, 160],
    ['one emoji forces UCS-2', `${latin(10)}😀`, 'UCS-2', 12, 1, 70],
    ['35 emoji = 70 units', '😀'.repeat(35), 'UCS-2', 70, 1, 70],
    ['36 emoji = 72 units', '😀'.repeat(36), 'UCS-2', 72, 2, 67],
    ['a lowercase ç is not GSM', 'ç', 'UCS-2', 1, 1, 70],
  ])('%s', (_name, text, encoding, units, segments, perSegment) => {
    expect(countSegments(text)).toEqual({ encoding, units, segments, perSegment });
  });

  it('never splits an extension character across parts', () => {
    // 152 basic units then '€' (2 units) cannot fit in the first 153-unit part.
    const text = `${latin(152)}€${latin(152)}`;
    expect(countSegments(text)).toMatchObject({ units: 306, segments: 3 });
    expect(countSegments(`${latin(151)}€${latin(153)}`)).toMatchObject({ units: 306, segments: 2 });
  });

  it('never splits a surrogate pair across parts', () => {
    // 66 units then an emoji (2 units): 68 > 67, so the emoji starts part two.
    expect(countSegments(`${arabic(66)}😀${arabic(66)}`)).toMatchObject({ units: 134, segments: 3 });
    expect(countSegments(`${arabic(65)}😀${arabic(67)}`)).toMatchObject({ units: 134, segments: 2 });
  });

  it('segments are within the packing bounds for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 500 }), (text) => {
        const { units, segments, perSegment } = countSegments(text);
        const single = perSegment === 160 || perSegment === 153 ? 160 : 70;
        if (units === 0) {
          expect(segments).toBe(0);
        } else if (units <= single) {
          expect(segments).toBe(1);
        } else {
          expect(segments).toBeGreaterThanOrEqual(Math.ceil(units / perSegment));
          expect(segments).toBeLessThanOrEqual(Math.ceil(units / (perSegment - 1)));
        }
      }),
      { numRuns: 2_000 },
    );
  });
});
