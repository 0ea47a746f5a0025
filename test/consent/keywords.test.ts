import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectKeyword } from '../../src/consent/keywords.js';

type Row = [text: string, intent: 'opt-out' | 'opt-in' | 'help' | null, language?: 'en' | 'ar' | 'arabizi'];

const TABLE: Row[] = [
  // English keywords, whole message and leading commands
  ['STOP', 'opt-out', 'en'],
  ['stop!!!', 'opt-out', 'en'],
  ['STOP please', 'opt-out', 'en'],
  ['Stop all', 'opt-out', 'en'],
  ['UNSUBSCRIBE', 'opt-out', 'en'],
  ['opt out', 'opt-out', 'en'],
  ['STOP 94444', 'opt-out', 'en'],
  // free text
  ['please stop texting me', 'opt-out', 'en'],
  ['remove me', 'opt-out', 'en'],
  ['Who is this? STOP', 'opt-out', 'en'],
  ["I don't want these messages anymore", 'opt-out', 'en'],
  // obfuscated
  ['s t o p', 'opt-out', 'en'],
  ['S.T.O.P', 'opt-out', 'en'],
  ['st0p', 'opt-out', 'en'],
  ['$TOP', 'opt-out', 'en'],
  ['Stoooooop', 'opt-out', 'en'],
  ['sTоP', 'opt-out', 'en'], // Cyrillic о
  // Arabic
  ['إلغاء', 'opt-out', 'ar'],
  ['الغاء الاشتراك لو سمحت', 'opt-out', 'ar'],
  ['إلغـــــاء', 'opt-out', 'ar'], // tatweel
  ['إِيقَاف', 'opt-out', 'ar'], // tashkeel
  ['ا ل غ ا ء', 'opt-out', 'ar'],
  ['ستوب', 'opt-out', 'ar'],
  ['لا أريد رسائل', 'opt-out', 'ar'],
  ['شيلوني', 'opt-out', 'ar'],
  ['الغاء ٩٤٤٤٤', 'opt-out', 'ar'], // Arabic-Indic digits (a short code)
  // Arabizi
  ['el8a2', 'opt-out', 'arabizi'],
  ['wa2ef', 'opt-out', 'arabizi'],
  ['ma badi rasa2el', 'opt-out', 'arabizi'],
  // inflections, fused negations, "enough" replies
  ['wa2fuli el rasayel', 'opt-out', 'arabizi'],
  ['ewa2af el ishtirak', 'opt-out', 'arabizi'],
  ['msh 3ayez rasayel', 'opt-out', 'arabizi'],
  ['matb3atuli', 'opt-out', 'arabizi'],
  ['ماتبعتولي رسائل', 'opt-out', 'ar'],
  ['اوقفولي الرسائل', 'opt-out', 'ar'],
  ['khalas', 'opt-out', 'arabizi'],
  ['خلاص', 'opt-out', 'ar'],
  ['khalas, see you at 5', null],
  ['توقفت الخدمة عندي', null],
  ['wa2ef 3al bab', null],
  ['unsubcribe', 'opt-out', 'en'],
  // opt-in and help
  ['START', 'opt-in', 'en'],
  ['yes', 'opt-in', 'en'],
  ['UNSTOP', 'opt-in', 'en'],
  ['اشتراك', 'opt-in', 'ar'],
  ['eshtirak', 'opt-in', 'arabizi'],
  ['HELP', 'help', 'en'],
  ['مساعدة', 'help', 'ar'],
  ['mosa3ada', 'help', 'arabizi'],
  // ordinary chat
  ['stop by the shop tomorrow?', null],
  ["can't stop laughing", null],
  ['وقفت السيارة', null],
  ['الغاء الحجز', null],
  ['cancel my order please', null],
  ['Yes, I will be there at 5', null],
  ['When does the sale end?', null],
  ['شكرا', null],
  ['', null],
];

describe('detectKeyword', () => {
  it.each(TABLE)('%j → %s', (text, intent, language) => {
    const result = detectKeyword(text);
    expect(result.intent).toBe(intent);
    if (language) expect(result.language).toBe(language);
  });

  it.each([
    ['STOP please', 'STOP'],
    ['  إلغـــاء!!', 'إلغـــاء'],
    ['Who is this? STOP', 'STOP'],
    ['s t o p', 's t o p'],
    ['please stop texting me', 'stop'],
    ['ya jama3a wa2fuli el rasayel', 'wa2fuli'],
    ['خلاص!', 'خلاص'],
  ])('span of %j slices %j from the original', (text, slice) => {
    const { span } = detectKeyword(text);
    expect(span).toBeDefined();
    expect(text.slice(span![0], span![1])).toBe(slice);
  });

  it('never throws and keeps spans in bounds on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const result = detectKeyword(text);
        if (result.span) {
          expect(result.span[0]).toBeGreaterThanOrEqual(0);
          expect(result.span[1]).toBeLessThanOrEqual(text.length);
          expect(result.span[0]).toBeLessThanOrEqual(result.span[1]);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('is cheap on a 100 KB adversarial body', () => {
    const bodies = [
      's '.repeat(50_000),
      'stop '.repeat(20_000),
      'لا '.repeat(33_000),
      `${'a'.repeat(100_000)}!`,
      "don't ".repeat(16_000),
    ];
    for (const body of bodies) {
      const started = performance.now();
      detectKeyword(body);
      expect(performance.now() - started).toBeLessThan(500);
    }
  });

  it('treats non-strings as no intent', () => {
    expect(detectKeyword(undefined as never)).toEqual({ intent: null });
    expect(detectKeyword(42 as never)).toEqual({ intent: null });
  });
});

describe('Arabizi spellings outside the lists (consonant skeleton)', () => {
  it.each([
    ['ishtrak', 'opt-in'],
    ['eshtiraak', 'opt-in'],
    ['musa3adeh', 'help'],
    ['mosaa3ade', 'help'],
  ])('%s → %s', (text, intent) => {
    expect(detectKeyword(text).intent).toBe(intent);
  });

  it.each(['shutterstock', 'mustard', 'step', 'stamp', 'master'])('leaves the English word %s alone', (text) => {
    expect(detectKeyword(text).intent).toBeNull();
  });
});
