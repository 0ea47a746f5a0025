/**
 * Arabizi (Arabic written in Latin letters and digits: `7ashish`, `3ndak`, `ib3atli`) as an Arabic consonant
 * skeleton, so one Arabic lexicon matches both scripts: `el 7ashish` and «الحشيش» both become `هشش`.
 *
 * Short vowels are not written in Arabic and long ones are spelt every which way in chat, so both sides drop
 * vowels (and و ي ا ء) and merge the letters chat writers confuse (ح/ه, ط/ت/ث, ص/س, ض/د/ذ, ظ/ز, ق/ك/غ-as-8).
 * Skeletons are lossy (`bukra` ~ «بوكر»), so callers accept a skeleton match only when a word of it has a
 * digit standing for a letter, or the skeleton is long (see `skeletonIsSpecific`).
 */
import type { ScannedText } from './scan.js';
import { SCRIPT_LATIN, unitScript } from './scan.js';

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
  '8': 'غ',
  c: 'ك',
  f: 'ف',
  v: 'ف',
  l: 'ل',
  m: 'م',
  n: 'ن',
  '3': 'ع',
};

/** The skeleton of one folded Arabic word (letters outside the map are kept; the article ال is dropped). */
export function arabicSkeleton(word: string): string {
  const bare = word.startsWith('ال') && word.length > 3 ? word.slice(2) : word;
  let out = '';
  for (let i = 0; i < bare.length; i++) {
    const ch = bare[i]!;
    // A final ه is usually teh marbuta (folded ة), which Arabizi writes as a vowel.
    if (ch === 'ه' && i === bare.length - 1 && i > 0) continue;
    const mapped = ARABIC_SKELETON[ch] ?? ch;
    if (mapped !== '' && !out.endsWith(mapped)) out += mapped;
  }
  return out;
}

/** The skeleton of one folded Latin word (lowercase letters and digits), and for each unit its range in the word. */
export function latinSkeleton(word: string): Array<{ ch: string; from: number; to: number }> {
  const units: Array<{ ch: string; from: number; to: number }> = [];
  const bare = /^(?:el|al|il)(?=.{3})/.test(word) ? 2 : 0;
  let i = bare;
  while (i < word.length) {
    let mapped = LATIN_DIGRAPHS[word.slice(i, i + 2)];
    let width = 2;
    if (mapped === undefined) {
      const ch = word[i]!;
      width = 1;
      if (ch === 'c') mapped = /[eiy]/.test(word[i + 1] ?? '') ? 'س' : 'ك';
      else if (ch === 'h' && i === word.length - 1 && i > 0) mapped = '';
      else mapped = LATIN_SKELETON[ch] ?? '';
    }
    const last = units[units.length - 1];
    if (mapped !== '') {
      // A consonant repeated, even across a vowel, counts once (as the Arabic side, which has no vowels).
      if (last && last.ch === mapped) last.to = i + width;
      else units.push({ ch: mapped, from: i, to: i + width });
    }
    i += width;
  }
  return units;
}

/** The skeleton form of a folded Latin phrase, words joined by spaces (empty words dropped). */
export function latinPhraseSkeleton(phrase: string): string {
  return phrase
    .split(' ')
    .map((word) =>
      latinSkeleton(word)
        .map((u) => u.ch)
        .join(''),
    )
    .filter((s) => s.length > 0)
    .join(' ');
}

/** The skeleton form of a folded Arabic phrase. */
export function arabicPhraseSkeleton(phrase: string): string {
  return phrase
    .split(' ')
    .map(arabicSkeleton)
    .filter((s) => s.length > 0)
    .join(' ');
}

/**
 * Whether a skeleton match is specific enough to count: some matched word was written with a letter digit
 * (`7ashish`), or the skeleton has at least four consonants in a word or five in all.
 */
export function skeletonIsSpecific(skeleton: string, withLetterDigit: boolean): boolean {
  const consonants = skeleton.replace(/ /g, '').length;
  if (consonants < 3) return false;
  if (withLetterDigit) return true;
  // Without a digit standing for a letter, a skeleton is as likely an English word ("slots" ~ «سلوتس»).
  return consonants >= 6 && skeleton.includes(' ');
}

/** Number-and-unit words that are not Arabizi (`10am`, `3rd`, `5g`, `24h`, `2x`). */
const NUMBER_UNIT =
  /^[0-9]+(?:am|pm|st|nd|rd|th|h|hr|hrs|g|gb|mb|tb|k|kg|km|m|mm|cm|ml|l|x|min|mins|s|sec|d|yr|yrs|jd|sar|aed|usd|kd|mg|p|px|v|w|gen)$/;
// 3 5 7 9 stand for ع خ ح ص wherever they touch a letter; 2 6 8 (also English text-speak: 2day, gr8) only
// between letters (ra2m, sa6er, ma8reb).
const ARABIZI_WORD = /[a-z][3579]|[3579][a-z]|[a-z][268][a-z]/;

/** Whether a folded Latin word looks like Arabizi: a letter digit touching a letter, and not a number with a unit. */
export function looksArabiziWord(word: string): boolean {
  return ARABIZI_WORD.test(word) && !NUMBER_UNIT.test(word) && /[a-z].*[a-z]/.test(word);
}

/** Whether some Latin word of a scanned text looks like Arabizi. */
export function hasArabiziWord(scanned: ScannedText): boolean {
  for (let t = 0; t < scanned.tokenCount; t++) {
    const from = scanned.tokenStarts[t]!;
    const to = scanned.tokenEnds[t]!;
    if (to - from < 3 || to - from > 30) continue;
    let digit = false;
    let letter = false;
    for (let i = from; i < to; i++) {
      const u = scanned.units[i]!;
      if (u >= 0x30 && u <= 0x39) digit = true;
      else if (u >= 0x61 && u <= 0x7a) letter = true;
    }
    if (digit && letter && looksArabiziWord(String.fromCharCode(...scanned.units.subarray(from, to)))) return true;
  }
  return false;
}

/** A skeleton view: Latin words of a scanned text as skeletons, each unit mapped to its whole word's range. */
export interface SkeletonView extends ScannedText {
  /** 1 where the unit's word had a digit standing for a letter. */
  readonly letterDigit: Uint8Array;
}

const SKELETON_CODE = new Uint16Array(128);
for (const [ch, mapped] of Object.entries(LATIN_SKELETON))
  SKELETON_CODE[ch.charCodeAt(0)] = mapped === '' ? 0 : mapped.charCodeAt(0);
const DIGRAPH_CODE = new Map<number, number>(
  Object.entries(LATIN_DIGRAPHS).map(([pair, mapped]) => [
    pair.charCodeAt(0) * 128 + pair.charCodeAt(1),
    mapped.charCodeAt(0),
  ]),
);
const SIN = 'س'.charCodeAt(0);
const KAF = 'ك'.charCodeAt(0);

/** Buffers of skeleton views, reused from one text to the next (a view is valid until the next build). */
export class SkeletonBuffers {
  units = new Uint16Array(0);
  starts = new Int32Array(0);
  ends = new Int32Array(0);
  letterDigit = new Uint8Array(0);
  tokenStarts = new Int32Array(0);
  tokenEnds = new Int32Array(0);

  /** Grows the buffers to hold a view of `units` units and `tokens` words (a huge text's are not kept). */
  reserve(units: number, tokens: number): void {
    if (this.units.length < units || (this.units.length > 1 << 17 && units <= 1 << 15)) {
      this.units = new Uint16Array(units);
      this.starts = new Int32Array(units);
      this.ends = new Int32Array(units);
      this.letterDigit = new Uint8Array(units);
    }
    if (this.tokenStarts.length < tokens || (this.tokenStarts.length > 1 << 15 && tokens <= 1 << 13)) {
      this.tokenStarts = new Int32Array(tokens);
      this.tokenEnds = new Int32Array(tokens);
    }
  }
}

/**
 * Builds the skeleton view of the Latin words of `scanned` (null when it has none), in `buffers` when given
 * (every unit of the view is written, so nothing of an earlier text shows through), else in new ones.
 */
export function skeletonView(scanned: ScannedText, buffers?: SkeletonBuffers): SkeletonView | null {
  const capacity = scanned.length * 2 + 2;
  const into = buffers ?? new SkeletonBuffers();
  into.reserve(capacity, scanned.tokenCount + 1);
  const { units, starts, ends, letterDigit, tokenStarts, tokenEnds } = into;
  let size = 0;
  let tokens = 0;
  units[0] = 0x20;
  starts[0] = 0;
  ends[0] = 0;
  letterDigit[0] = 0;
  size++;
  const source = scanned.units;
  for (let t = 0; t < scanned.tokenCount; t++) {
    let from = scanned.tokenStarts[t]!;
    const to = scanned.tokenEnds[t]!;
    if (to - from > 40) continue;
    if (unitScript(source[from]!) !== SCRIPT_LATIN && unitScript(source[to - 1]!) !== SCRIPT_LATIN) continue;
    const start = scanned.starts[from]!;
    const end = scanned.ends[to - 1]!;
    let digit = 0;
    for (let i = from; i < to; i++) {
      const u = source[i]!;
      if (u === 0x32 || u === 0x33 || u === 0x35 || u === 0x36 || u === 0x37 || u === 0x38 || u === 0x39) digit = 1;
    }
    // The article: el, al, il before three or more letters.
    const first = source[from]!;
    const second = source[from + 1] ?? 0;
    if ((first === 0x65 || first === 0x61 || first === 0x69) && second === 0x6c && to - from >= 5) from += 2;
    const wordStart = size;
    let last = -1;
    for (let i = from; i < to; i++) {
      const u = source[i]!;
      let mapped = 0;
      let width = 1;
      const pair = i + 1 < to ? DIGRAPH_CODE.get(u * 128 + source[i + 1]!) : undefined;
      if (pair !== undefined) {
        mapped = pair;
        width = 2;
      } else if (u === 0x63) {
        const next = source[i + 1] ?? 0;
        mapped = next === 0x65 || next === 0x69 || next === 0x79 ? SIN : KAF;
      } else if (u === 0x68 && i === to - 1 && i > from) {
        mapped = 0;
      } else if (u < 128) {
        mapped = SKELETON_CODE[u]!;
      }
      if (mapped !== 0 && mapped !== last) {
        units[size] = mapped;
        starts[size] = start;
        ends[size] = end;
        letterDigit[size] = digit;
        size++;
      }
      if (mapped !== 0) last = mapped;
      i += width - 1;
    }
    if (size === wordStart) continue;
    tokenStarts[tokens] = wordStart;
    tokenEnds[tokens++] = size;
    units[size] = 0x20;
    starts[size] = end;
    ends[size] = end;
    letterDigit[size] = 0;
    size++;
  }
  if (tokens === 0) return null;
  return {
    original: scanned.original,
    units,
    length: size,
    starts,
    ends,
    tokenCount: tokens,
    tokenStarts,
    tokenEnds,
    flags: scanned.flags,
    letterDigit,
  };
}
