/**
 * Language detection for SMS: Arabic, English, Arabizi (Arabic in Latin letters and digits), mixed, or
 * `und` when unsure. Script decides first; franc (trigrams) confirms longer Latin and Arabic-script text;
 * short text is judged by script and a few signals, never guessed.
 */
import { franc } from 'franc';
import { ARABIZI_WORDS } from './data/arabizi-words.js';

export type DetectedLanguage = 'ar' | 'en' | 'arabizi' | 'mixed' | 'und';

// Latin-script languages franc may answer with; anything but English maps to `und`.
const LATIN_CANDIDATES = ['eng', 'fra', 'spa', 'deu', 'ita', 'por', 'nld', 'ind', 'tgl', 'tur', 'swh', 'som'];
const ARABIC_SCRIPT_CANDIDATES = ['arb', 'pes', 'urd'];
const FRANC_MIN_LATIN = 24;
const FRANC_MIN_ARABIC = 30;
const MIXED_SHARE = 0.2;
const MAX_SCAN = 4_000;

const ARABIZI = new Set<string>(ARABIZI_WORDS);
// Function words that make a short Latin text English.
const ENGLISH_SHORT = new Set([
  'the',
  'and',
  'you',
  'your',
  'for',
  'with',
  'this',
  'that',
  'is',
  'are',
  'to',
  'of',
  'in',
  'on',
  'my',
  'me',
  'we',
  'our',
  'it',
  'be',
  'at',
  'from',
  'now',
  'get',
  'free',
  'call',
  'text',
  'reply',
  'stop',
  'help',
  'yes',
  'no',
  'hi',
  'hello',
  'thanks',
  'thank',
  'please',
  'ok',
  'okay',
  'code',
  'send',
  'will',
  'can',
  'not',
  'have',
  'start',
  'info',
  'cancel',
  'unsubscribe',
  'quit',
  'end',
  'win',
  'won',
  'offer',
  'sale',
  'today',
  'tomorrow',
]);

// Persian/Urdu letters absent from Arabic.
const NON_ARABIC_LETTERS = /[\u067E\u0686\u0698\u06AF\u0679\u0688\u0691\u06BA\u06D2]/u;
const TOKEN = /[\p{L}\p{N}']+/gu;

function isArabicScript(code: number): boolean {
  return (
    (code >= 0x0620 && code <= 0x064a) ||
    (code >= 0x066e && code <= 0x06d3) ||
    (code >= 0x06fa && code <= 0x06ff) ||
    (code >= 0x0750 && code <= 0x077f) ||
    (code >= 0xfb50 && code <= 0xfdff) ||
    (code >= 0xfe70 && code <= 0xfefc)
  );
}

function isLatinLetter(code: number): boolean {
  return (
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7)
  );
}

/** A Latin token with a digit used as an Arabic letter (2 ء, 3 ع, 5 خ, 6 ط, 7 ح, 8 غ/ق, 9 ص). */
function arabiziDigitToken(token: string): 'strong' | 'weak' | null {
  if (!/[a-z]/.test(token) || !/\d/.test(token)) return null;
  if (
    /^\d+[a-z]{1,3}$/.test(token) &&
    /^(?:\d+(?:st|nd|rd|th|am|pm|k|m|kg|km|g|gb|mb|x|s)|2day|2nite|2moro|2morrow|4u|4ever)$/.test(token)
  )
    return null;
  if (/[a-z][3579]|[3579][a-z]/.test(token)) return 'strong';
  if (/[a-z][268]|[268][a-z]/.test(token)) {
    // Textspeak (gr8, l8r, b4, 2day) uses 2, 4 and 8 too.
    if (/^(?:gr8|l8r|l8|m8|2day|2nite|b4|2moro|w8|h8|sk8|str8)$/.test(token)) return null;
    return 'weak';
  }
  return null;
}

/**
 * Detects the language of a short message.
 *
 * @example
 * detectLanguage('Your code is 1234'); // 'en'
 * detectLanguage('رمز التحقق الخاص بك'); // 'ar'
 * detectLanguage('kifak ya 7abibi, shu 3am ta3mel?'); // 'arabizi'
 */
export function detectLanguage(text: string): DetectedLanguage {
  if (typeof text !== 'string' || text.length === 0) return 'und';
  const sample = text.length > MAX_SCAN ? text.slice(0, MAX_SCAN) : text;
  let arabic = 0;
  let latin = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (isArabicScript(code)) arabic++;
    else if (isLatinLetter(code)) latin++;
  }
  const letters = arabic + latin;
  if (letters === 0) return 'und';
  if (arabic / letters >= MIXED_SHARE && latin / letters >= MIXED_SHARE) return 'mixed';
  if (arabic > latin) {
    if (NON_ARABIC_LETTERS.test(sample)) return 'und';
    if (arabic >= FRANC_MIN_ARABIC) {
      const guess = franc(sample, { only: ARABIC_SCRIPT_CANDIDATES, minLength: FRANC_MIN_ARABIC });
      return guess === 'pes' || guess === 'urd' ? 'und' : 'ar';
    }
    return 'ar';
  }
  const tokens = sample.toLowerCase().match(TOKEN) ?? [];
  let signal = 0;
  let english = 0;
  for (const token of tokens) {
    const digitKind = arabiziDigitToken(token);
    if (digitKind === 'strong') signal += 2;
    else if (digitKind === 'weak') signal += 1;
    if (ARABIZI.has(token)) signal += 1;
    if (ENGLISH_SHORT.has(token)) english++;
  }
  const latinTokens = tokens.filter((token) => /[a-z]/.test(token)).length;
  if (signal >= 2 && signal / Math.max(1, latinTokens) >= 0.2 && english < latinTokens * 0.5) return 'arabizi';
  if (latin < FRANC_MIN_LATIN) return english > 0 && english * 3 >= latinTokens ? 'en' : 'und';
  const guess = franc(sample, { only: LATIN_CANDIDATES, minLength: FRANC_MIN_LATIN });
  if (guess === 'eng') return 'en';
  // SMS English is terse; let function words overrule a trigram guess on borderline text.
  if (english >= 3 && english * 4 >= latinTokens) return 'en';
  return 'und';
}
