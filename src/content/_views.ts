/**
 * The three views the matcher scans, each with its own offset map straight into the ORIGINAL text:
 *
 * - `plain`: the normalised text as it is;
 * - `deobfuscated`: leet digits/symbols and Cyrillic/Greek look-alikes folded, and single-letter runs joined
 *   (`f r e e`, `v.i.a.g.r.a`, `ك و ك ا ي ي ن`); absent when it would equal `plain`;
 * - `joined`: for Arabizi only, single-letter runs joined without folding digits (`r a m z` → `ramz`);
 * - `arabizi`: Latin words transliterated to an Arabic consonant skeleton (`7ashish` → `هشش`), so Arabic
 *   lexicon terms (skeletonised the same way) match Arabic written in Latin letters.
 */
import { foldConfusables, LEET } from '../text/confusables.js';
import { type NormalizedText, normalize } from '../text/normalize.js';

export interface View {
  readonly name: 'plain' | 'deobfuscated' | 'joined' | 'arabizi';
  readonly text: string;
  /** Original start of view unit `i`. */
  readonly starts: Uint32Array;
  /** Original end (exclusive) of view unit `i`. */
  readonly ends: Uint32Array /** `deobfuscated`: 1 where the unit came from a joined single-letter run; `arabizi`: 1 where its word has a digit letter. */;
  readonly joined?: Uint8Array;
}

const ARABIC_WORD_CACHE = new Map<number, boolean>();

export function isArabicLetter(code: number): boolean {
  return (code >= 0x0620 && code <= 0x064a) || (code >= 0x0671 && code <= 0x06d3) || (code >= 0x06fa && code <= 0x06ff);
}

export function isLatinOrDigit(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a);
}

/** A letter or digit of any script. */
export function isWordCode(code: number): boolean {
  if (code < 0x80) return isLatinOrDigit(code);
  if (isArabicLetter(code) || (code >= 0x0660 && code <= 0x0669)) return true;
  let known = ARABIC_WORD_CACHE.get(code);
  if (known === undefined) {
    known = /[\p{L}\p{N}]/u.test(String.fromCharCode(code));
    if (ARABIC_WORD_CACHE.size < 4_096) ARABIC_WORD_CACHE.set(code, known);
  }
  return known;
}

export function plainView(normalized: NormalizedText): View {
  return { name: 'plain', text: normalized.text, starts: normalized.starts, ends: normalized.ends };
}

const SEPARATORS = new Set([' ', '.', '-', '_', '*', '·', ',', '/', '|', '+', '~', "'", '"', '•']);
const MAX_SEPARATOR_RUN = 3;
const MIN_JOINED_LETTERS = 3;

function isLetterCode(code: number): boolean {
  return isWordCode(code) && !(code >= 0x30 && code <= 0x39) && !(code >= 0x0660 && code <= 0x0669);
}

const LEET_CODES = new Map<number, number>(
  Object.entries(LEET).map(([from, to]) => [from.charCodeAt(0), to.charCodeAt(0)]),
);
const SEPARATOR_CODES = new Set([...SEPARATORS].map((ch) => ch.charCodeAt(0)));

/** A lone letter (or leet digit/symbol standing for one) with no word character on either side; 0 when none. */
function loneAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  const code = text.charCodeAt(i);
  const letter = isLetterCode(code) ? code : (LEET_CODES.get(code) ?? 0);
  if (letter === 0) return 0;
  if (i > 0 && isWordCode(text.charCodeAt(i - 1))) return 0;
  if (i + 1 < text.length && isWordCode(text.charCodeAt(i + 1))) return 0;
  return letter;
}

function toText(codes: Uint16Array, length: number): string {
  let result = '';
  for (let i = 0; i < length; i += 8_192)
    result += String.fromCharCode(...codes.subarray(i, Math.min(length, i + 8_192)));
  return result;
}

/** The de-obfuscated view, or null when folding and joining change nothing. */
export function deobfuscatedView(plain: View, fold = true): View | null {
  const folded = fold ? foldConfusables(plain.text) : plain.text;
  const length = folded.length;
  const codes = new Uint16Array(length);
  const starts = new Uint32Array(length);
  const ends = new Uint32Array(length);
  const joined = new Uint8Array(length);
  let size = 0;
  let changed = folded !== plain.text;
  const runAt: number[] = [];
  const runLetter: number[] = [];
  /** 1 where a space must be kept before the letter (`Y.o.u h.a.v.e`: dots join, the space separates words). */
  const runBreak: number[] = [];
  let i = 0;
  while (i < length) {
    const first = loneAt(folded, i);
    if (first !== 0) {
      // Try to grow a run: letter (separator{1,3} letter)+
      runAt.length = 0;
      runLetter.length = 0;
      runBreak.length = 0;
      runAt.push(i);
      runLetter.push(first);
      runBreak.push(0);
      let joiner = '';
      let j = i + 1;
      for (;;) {
        let k = j;
        while (k < length && k - j < MAX_SEPARATOR_RUN && SEPARATOR_CODES.has(folded.charCodeAt(k))) k++;
        if (k === j) break;
        const next = loneAt(folded, k);
        if (next === 0) break;
        const separator = folded.slice(j, k);
        if (joiner === '') joiner = separator;
        runAt.push(k);
        runLetter.push(next);
        runBreak.push(separator !== joiner && separator.includes(' ') ? 1 : 0);
        j = k + 1;
      }
      if (runAt.length >= MIN_JOINED_LETTERS) {
        for (let r = 0; r < runAt.length; r++) {
          const at = runAt[r]!;
          const letter = runLetter[r]!;
          if (runBreak[r] === 1) {
            codes[size] = 0x20;
            starts[size] = plain.starts[at]!;
            ends[size] = plain.starts[at]!;
            joined[size] = 0;
            size++;
          }
          // Same run limits as normalize: one repeated Arabic letter, two Latin ones.
          const limit = isArabicLetter(letter) ? 1 : 2;
          let run = 0;
          while (run < limit && size - run - 1 >= 0 && codes[size - run - 1] === letter && joined[size - run - 1] === 1)
            run++;
          if (run >= limit) {
            ends[size - 1] = plain.ends[at]!;
            continue;
          }
          codes[size] = letter;
          starts[size] = plain.starts[at]!;
          ends[size] = plain.ends[at]!;
          joined[size] = 1;
          size++;
        }
        changed = true;
        i = runAt[runAt.length - 1]! + 1;
        continue;
      }
    }
    codes[size] = folded.charCodeAt(i);
    starts[size] = plain.starts[i]!;
    ends[size] = plain.ends[i]!;
    size++;
    i++;
  }
  if (!changed) return null;
  return {
    name: fold ? 'deobfuscated' : 'joined',
    text: toText(codes, size),
    starts: starts.slice(0, size),
    ends: ends.slice(0, size),
    joined: joined.slice(0, size),
  };
}

// ---------------------------------------------------------------------------------------------------------
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

/** All views of a text. */
export function buildViews(text: string, withArabizi: boolean): { normalized: NormalizedText; views: View[] } {
  const normalized = normalize(text);
  const plain = plainView(normalized);
  const views: View[] = [plain];
  const deobfuscated = deobfuscatedView(plain);
  if (deobfuscated) views.push(deobfuscated);
  if (withArabizi) {
    // Arabizi spells with digits, so its letter runs are joined without leet folding (`r a m z`, `2 a t l a k`).
    const joined = deobfuscatedView(plain, false);
    if (joined) views.push(joined);
    const arabizi = arabiziView(joined ?? plain);
    if (arabizi) views.push(arabizi);
  }
  return { normalized, views };
}

/** Maps a half-open view span to the original text. */
export function viewSpan(view: View, start: number, end: number): [number, number] {
  if (end <= start) {
    const at = start < view.starts.length ? view.starts[start]! : (view.ends[view.ends.length - 1] ?? 0);
    return [at, at];
  }
  return [view.starts[start]!, view.ends[end - 1]!];
}
