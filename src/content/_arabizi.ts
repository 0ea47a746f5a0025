/**
 * The Arabizi view: Latin words transliterated to an Arabic consonant skeleton (`7ashish` → `هشش`), and the
 * same skeleton for Arabic lexicon terms, so Arabic terms match Arabic written in Latin letters and digits.
 */
import { isLatinOrDigit, isWordCode, toText } from './_chars.js';
import type { View } from './_views.js';

// Arabizi → Arabic consonant skeleton. Short vowels are not written in Arabic and long ones are spelt
// inconsistently in chat, so both sides drop vowels (and و ي ا ء) and merge letters chat writers confuse
// (ح/ه, ط/ت/ث, ص/س, ض/د/ذ, ظ/ز, ق/ك).

const ARABIC_SKELETON: Record<string, string> = {
  ا: '',
  و: '',
  ي: '',
  ء: '',
  ى: '',
  ح: 'ه',
  ه: 'ه',
  ط: 'ت',
  ت: 'ت',
  ث: 'ت',
  ص: 'س',
  س: 'س',
  ض: 'د',
  د: 'د',
  ذ: 'د',
  ظ: 'ز',
  ز: 'ز',
  ق: 'ك',
  ك: 'ك',
};

const LATIN_DIGRAPHS: Record<string, string> = {
  sh: 'ش',
  ch: 'ش',
  kh: 'خ',
  gh: 'غ',
  th: 'ت',
  dh: 'د',
  ph: 'ف',
};

const LATIN_SKELETON: Record<string, string> = {
  a: '',
  e: '',
  i: '',
  o: '',
  u: '',
  w: '',
  y: '',
  '2': '',
  b: 'ب',
  p: 'ب',
  t: 'ت',
  '6': 'ت',
  j: 'ج',
  g: 'ج',
  h: 'ه',
  '7': 'ه',
  '5': 'خ',
  x: 'خ',
  d: 'د',
  z: 'ز',
  r: 'ر',
  s: 'س',
  '9': 'س',
  q: 'ك',
  k: 'ك',
  '8': 'ك',
  c: 'ك',
  f: 'ف',
  v: 'ف',
  l: 'ل',
  m: 'م',
  n: 'ن',
  '3': 'ع',
};

/** The skeleton of one normalised Arabic word (letters outside the map are kept). */
export function arabicSkeleton(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const ch = word[i]!;
    // Final ه is usually ta marbuta (folded ة), which Arabizi writes as a vowel.
    if (ch === 'ه' && i === word.length - 1 && i > 0) continue;
    const mapped = ARABIC_SKELETON[ch] ?? ch;
    if (mapped !== '' && !out.endsWith(mapped)) out += mapped;
  }
  return out;
}

interface SkeletonUnit {
  ch: string;
  from: number;
  to: number;
}

/** Skeleton of a Latin token (lowercase letters and digits) with the token-relative range of each unit. */
export function latinSkeleton(token: string): SkeletonUnit[] {
  const units: SkeletonUnit[] = [];
  let i = 0;
  while (i < token.length) {
    const pair = token.slice(i, i + 2);
    let mapped = LATIN_DIGRAPHS[pair];
    let width = 2;
    if (mapped === undefined) {
      const ch = token[i]!;
      width = 1;
      if (ch === 'c') mapped = /[eiy]/.test(token[i + 1] ?? '') ? 'س' : 'ك';
      else if (ch === 'h' && i === token.length - 1 && i > 0) mapped = '';
      else mapped = LATIN_SKELETON[ch] ?? '';
    }
    const last = units[units.length - 1];
    if (mapped !== '') {
      if (last && last.ch === mapped && last.to === i) last.to = i + width;
      else units.push({ ch: mapped, from: i, to: i + width });
    }
    i += width;
  }
  return units;
}

/** The Arabizi view: Latin tokens as skeletons, other tokens as `_`, separated by spaces. */
export function arabiziView(plain: View): View | null {
  const text = plain.text;
  // Each word yields at most its length plus a separator.
  const capacity = text.length * 2 + 1;
  const codes = new Uint16Array(capacity);
  const starts = new Uint32Array(capacity);
  const ends = new Uint32Array(capacity);
  const digits = new Uint8Array(capacity);
  let size = 0;
  let latinTokens = 0;
  let wordHasDigit = 0;
  const push = (code: number, start: number, end: number): void => {
    codes[size] = code;
    starts[size] = start;
    ends[size] = end;
    digits[size] = wordHasDigit;
    size++;
  };
  let i = 0;
  while (i < text.length) {
    if (!isWordCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i;
    let latin = true;
    while (j < text.length && isWordCode(text.charCodeAt(j))) {
      if (!isLatinOrDigit(text.charCodeAt(j))) latin = false;
      j++;
    }
    // Whole-word spans: every unit of a word maps to the word's full original range.
    const wordStart = plain.starts[i]!;
    const wordEnd = plain.ends[j - 1]!;
    if (size > 0) push(0x20, wordStart, wordStart);
    const word = text.slice(i, j);
    wordHasDigit = /[2356789]/.test(word) ? 1 : 0;
    const units = latin && j - i <= 40 ? latinSkeleton(word) : [];
    if (units.length === 0) push(0x5f, wordStart, wordEnd);
    else {
      latinTokens++;
      for (const unit of units) push(unit.ch.charCodeAt(0), wordStart, wordEnd);
    }
    i = j;
  }
  if (latinTokens === 0) return null;
  return {
    name: 'arabizi',
    text: toText(codes, size),
    starts: starts.slice(0, size),
    ends: ends.slice(0, size),
    joined: digits.slice(0, size),
  };
}
