import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jordanOperator, normalizePhone } from '../../src/index.js';

describe('normalizePhone', () => {
  it.each([
    ['0791234567', '+962791234567', 'JO', true, 'Zain'],
    ['079 123 4567', '+962791234567', 'JO', true, 'Zain'],
    ['+962 77 123 4567', '+962771234567', 'JO', true, 'Orange'],
    ['00962781234567', '+962781234567', 'JO', true, 'Umniah'],
    ['٠٧٩١٢٣٤٥٦٧', '+962791234567', 'JO', true, 'Zain'],
    ['۰۷۷۱۲۳۴۵۶۷', '+962771234567', 'JO', true, 'Orange'],
    ['065563990', '+96265563990', 'JO', false, undefined],
    ['+971501234567', '+971501234567', 'AE', true, undefined],
    ['+966501234567', '+966501234567', 'SA', true, undefined],
  ])('%s → %s', (input, e164, country, mobile, operator) => {
    const result = normalizePhone(input);
    expect(result).toMatchObject({ e164, country, mobile });
    expect(result?.operator).toBe(operator);
  });

  it('uses the default region for national numbers', () => {
    expect(normalizePhone('0501234567', 'AE')).toMatchObject({ e164: '+971501234567', country: 'AE' });
  });

  it.each(['', 'hello', '123', '+962', '07912345678901234', 'x'.repeat(10_000), '+9627912345'])(
    'returns null for %j',
    (input) => {
      expect(normalizePhone(input)).toBeNull();
    },
  );

  it('never throws on any string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (input) => {
        const result = normalizePhone(input);
        if (result) expect(result.e164).toMatch(/^\+\d{6,15}$/);
      }),
      { numRuns: 2_000 },
    );
  });

  it('knows the operator only for Jordanian mobile prefixes', () => {
    expect(jordanOperator('+962791234567')).toBe('Zain');
    expect(jordanOperator('+96265563990')).toBeUndefined();
    expect(jordanOperator('+971791234567')).toBeUndefined();
  });
});

describe('normalizePhone cache', () => {
  it('returns copies: mutating a result does not change later answers', () => {
    const first = normalizePhone('0791234567')!;
    first.e164 = 'tampered';
    expect(normalizePhone('0791234567')?.e164).toBe('+962791234567');
    expect(normalizePhone('+962791234567')?.e164).toBe('+962791234567');
  });

  it('answers the same after the cache is cleared by many distinct numbers', () => {
    const before = normalizePhone('+971501234567');
    for (let i = 0; i < 9_000; i++) normalizePhone(`07${String(7_000_000 + i).padStart(8, '0')}`);
    expect(normalizePhone('+971501234567')).toEqual(before);
  });
});

describe('the Jordan mobile fast path agrees with libphonenumber-js', () => {
  it('gives the full parser’s answer for every plain 7x number it takes, in every written form', async () => {
    const { parseFull, parseJordanMobileFast } = await import('../../src/core/phone.js');
    let taken = 0;
    fc.assert(
      fc.property(
        fc.constantFrom('', '0', '+962', '00962'),
        fc.stringMatching(/^7\d{8}$/),
        fc.constantFrom('JO', 'AE', 'US'),
        (prefix, national, region) => {
          const input = `${prefix}${national}`;
          const fast = parseJordanMobileFast(input, region);
          if (fast === undefined) return;
          taken++;
          expect(fast).toEqual(parseFull(input, region));
        },
      ),
      { numRuns: 5_000 },
    );
    expect(taken).toBeGreaterThan(500);
  });

  it('leaves numbers outside 77/78/79 to the full parser', async () => {
    const { parseJordanMobileFast } = await import('../../src/core/phone.js');
    for (const input of ['0773123456', '0711123456', '0721234567', '065563990', '+971501234567']) {
      expect(parseJordanMobileFast(input, 'JO')).toBeUndefined();
    }
  });
});
