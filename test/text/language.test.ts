import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/index.js';

describe('detectLanguage', () => {
  it.each([
    ['Your verification code is 482913. It expires in 10 minutes.', 'en'],
    ['Hello, your order has been shipped and will arrive tomorrow.', 'en'],
    ['STOP', 'en'],
    ['رمز التحقق الخاص بك هو 4829 ولا تشاركه مع أحد', 'ar'],
    ['مرحبا', 'ar'],
    ['شو رأيك نطلع بكرا عالبحر؟', 'ar'],
    ['kifak ya 7abibi, shu 3am ta3mel?', 'arabizi'],
    ['mabrook rba7t jayze, ib3atli ra2m el bata2a', 'arabizi'],
    ['wa2ef', 'arabizi'],
    ['خصم 50% على كل المنتجات this weekend only at our store', 'mixed'],
    ['Bonjour, votre commande est prête à être retirée au magasin.', 'und'],
    ['12345 !!! ...', 'und'],
    ['', 'und'],
    ['ok', 'en'],
    ['zxqv', 'und'],
    ['سلام، این پیام برای شماست و خیلی مهم است', 'und'],
  ])('%j → %s', (text, expected) => {
    expect(detectLanguage(text)).toBe(expected);
  });

  it('does not take English textspeak for Arabizi', () => {
    expect(detectLanguage('c u 2day gr8 news, call me b4 8')).not.toBe('arabizi');
  });

  it('never throws and always answers one of the five values', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        expect(['ar', 'en', 'arabizi', 'mixed', 'und']).toContain(detectLanguage(text));
      }),
      { numRuns: 2_000 },
    );
  });

  it('is fast on a 100 KB body', () => {
    const started = performance.now();
    detectLanguage('7a'.repeat(50_000));
    expect(performance.now() - started).toBeLessThan(200);
  });
});
