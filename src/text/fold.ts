/**
 * Fold tables: every UTF-16 code unit of the Basic Multilingual Plane mapped, once, to what matching sees.
 *
 * One table lookup per code unit replaces per-character `normalize('NFKC')`, `toLowerCase` and diacritic
 * stripping, so a pass over hostile text stays linear (a run of 100,000 combining marks is 100,000 lookups, not
 * a canonical reordering of the whole run). The tables are built on first use from the platform's own Unicode
 * data (NFKC, lower case, NFD) plus the folds below, in about 15 ms.
 *
 * - `unit[c]`: the folded code unit; `DROP` (0) for marks that vanish (tashkeel, tatweel, zero-width and bidi
 *   controls, variation selectors, combining diacritics), `SEPARATOR` (0x20) for spaces, punctuation and symbols.
 *   Characters that fold to two or more (ligatures ﻻ, ﷲ, ß, œ, ﬁ) map to `EXPANDS` and are read from `expansion`.
 * - `kind[c]`: what the ORIGINAL character was (Latin, Arabic, digit, look-alike from another script, leet
 *   symbol…), for the flags that decide whether a de-obfuscated view is needed.
 */

import { HOMOGLYPHS, LEET } from './confusables.js';

/** The folded form of a laughing emoji (😂 🤣 😆 😅 😜 😝 😹): one private-use letter. */
export const LAUGH = '\ue000';
/** The word a 🔞 reads as: an explicit 18+ marker. */
export const EXPLICIT = '\ue001';
/** The word suggestive emoji read as (🍑 🍆 💦 👅 🥵). */
export const SUGGESTIVE = '\ue002';
const SUGGESTIVE_EMOJI = new Set([0x1f351, 0x1f346, 0x1f4a6, 0x1f445, 0x1f975]);
/**
 * The emoji that stand for drugs and arms on a dealer's menu (`🍃 20 / ❄️ 80 / 💊 15`), each a word of its own:
 * HERB (🍃 🌿 🍁), SNOW (❄), PILL (💊), SHROOM (🍄), CRYSTAL (💎), GUN (🔫), BOMB (💣). Alone each is an
 * everyday emoji; the content lexicons only use them in company (two kinds together, with a price or a channel).
 */
export const HERB = '\ue003';
export const SNOW = '\ue004';
export const PILL = '\ue005';
export const SHROOM = '\ue006';
export const CRYSTAL = '\ue007';
export const GUN = '\ue008';
export const BOMB = '\ue009';
/** The last private-use unit that an emoji folds to (the emoji words are `\ue000`…`EMOJI_WORD_LAST`). */
export const EMOJI_WORD_LAST = 0xe009;
const CONTRABAND_EMOJI = new Map<number, string>([
  [0x1f343, HERB],
  [0x1f33f, HERB],
  [0x1f341, HERB],
  [0x1f48a, PILL],
  [0x1f344, SHROOM],
  [0x1f48e, CRYSTAL],
  [0x1f52b, GUN],
  [0x1f4a3, BOMB],
]);

/** Whether a folded unit is an emoji word (each stands alone: `🍃❄️💊` is three words). */
export function isEmojiWord(unit: number): boolean {
  return unit >= 0xe000 && unit <= EMOJI_WORD_LAST;
}
const LAUGHING = new Set([0x1f602, 0x1f923, 0x1f606, 0x1f605, 0x1f61c, 0x1f61d, 0x1f639, 0x1f92a, 0x1f601]);

/** `unit` value of a character that disappears. */
export const DROP = 0;
/** `unit` value of spaces, punctuation and symbols: one word separator. */
export const SEPARATOR = 0x20;
/** `unit` value of a character that folds to several units (see `expansion`). */
export const EXPANDS = 0xffff;

/** `kind` bits of an original character. */
export const KIND_LATIN = 1;
export const KIND_ARABIC = 2;
export const KIND_DIGIT = 4;
/** A letter of another script (Cyrillic, Greek, fullwidth, mathematical) that folds to a Latin one. */
export const KIND_LOOKALIKE = 8;
/** `@ $ ! | €`: symbols written for letters (`c@sino`). */
export const KIND_LEET = 16;
/** Persian-keyboard letters (ی ک ە ھ) and other Arabic-script letters outside Arabic proper. */
export const KIND_PERSIAN = 32;
/** A letter of any other script, kept as it is (lowercased). */
export const KIND_OTHER_LETTER = 64;
/** Spaces and line breaks (as opposed to punctuation and symbols). */
export const KIND_SPACE = 128;

export interface FoldTables {
  unit: Uint16Array;
  kind: Uint8Array;
  expansion: ReadonlyMap<number, string>;
}

/** Arabic-script letters folded to one form (hamza and alef forms, alef maqsura, teh marbuta, Persian keyboard). */
const ARABIC_FOLD: Record<string, string> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ٲ: 'ا',
  ٳ: 'ا',
  ى: 'ي',
  ئ: 'ي',
  ی: 'ي',
  ې: 'ي',
  ۍ: 'ي',
  ێ: 'ي',
  ؤ: 'و',
  ۆ: 'و',
  ۇ: 'و',
  ة: 'ه',
  ۃ: 'ه',
  ھ: 'ه',
  ۀ: 'ه',
  ە: 'ه',
  ہ: 'ه',
  ک: 'ك',
  ڪ: 'ك',
  گ: 'ك',
  ڭ: 'ك',
  پ: 'ب',
  چ: 'ج',
  ژ: 'ز',
  ڤ: 'ف',
  ڥ: 'ف',
  ڨ: 'ق',
  ٹ: 'ت',
  ڈ: 'د',
  ڑ: 'ر',
  ں: 'ن',
  ء: 'ء',
};

/** Letters of other scripts that look like Latin letters (after lower-casing): the one table, in confusables.ts. */
const LOOKALIKES: Readonly<Record<string, string>> = HOMOGLYPHS;

const LEET_SYMBOLS = new Set(Object.keys(LEET).filter((c) => !/[0-9]/.test(c)));

function isDropped(code: number): boolean {
  return (
    code === 0x00ad || // soft hyphen
    code === 0x061c || // Arabic letter mark
    code === 0x0640 || // tatweel
    code === 0x034f || // combining grapheme joiner
    (code >= 0x0300 && code <= 0x036f) || // Latin combining diacritics
    (code >= 0x0483 && code <= 0x0489) ||
    (code >= 0x0610 && code <= 0x061a) ||
    (code >= 0x064b && code <= 0x065f) || // tashkeel
    code === 0x0670 ||
    (code >= 0x06d6 && code <= 0x06dc) ||
    (code >= 0x06df && code <= 0x06e8) ||
    (code >= 0x06ea && code <= 0x06ed) ||
    (code >= 0x08d3 && code <= 0x08ff) ||
    (code >= 0x1ab0 && code <= 0x1aff) ||
    (code >= 0x1dc0 && code <= 0x1dff) ||
    (code >= 0x200b && code <= 0x200f) || // zero-width space and joiners, LRM, RLM
    (code >= 0x202a && code <= 0x202e) || // bidi embeddings and overrides
    (code >= 0x2060 && code <= 0x2064) || // word joiner, invisible operators
    (code >= 0x2066 && code <= 0x2069) || // bidi isolates
    (code >= 0x20d0 && code <= 0x20ff) ||
    (code >= 0xfe00 && code <= 0xfe0f) || // variation selectors
    (code >= 0xfe20 && code <= 0xfe2f) ||
    code === 0xfeff
  );
}

function isSpaceCode(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0x85 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

const LETTER = /^\p{L}$/u;
const NUMBER = /^\p{Nd}$/u;

function isArabicBlock(code: number): boolean {
  return (code >= 0x0600 && code <= 0x06ff) || (code >= 0x0750 && code <= 0x077f) || (code >= 0x08a0 && code <= 0x08ff);
}

/** Folds one already-compatibility-decomposed character (a string of one code point). */
function foldOne(ch: string): { text: string; kind: number } {
  const code = ch.codePointAt(0)!;
  if (code >= 0x30 && code <= 0x39) return { text: ch, kind: KIND_DIGIT };
  if (code >= 0x61 && code <= 0x7a) return { text: ch, kind: KIND_LATIN };
  if (code >= 0x41 && code <= 0x5a) return { text: String.fromCharCode(code + 32), kind: KIND_LATIN };
  if (code >= 0x0660 && code <= 0x0669) return { text: String.fromCharCode(code - 0x0660 + 0x30), kind: KIND_DIGIT };
  // The emoji words (LAUGH, EXPLICIT, SUGGESTIVE, HERB … BOMB) stand for themselves, so lexicon terms can name them.
  if (code >= 0xe000 && code <= EMOJI_WORD_LAST) return { text: ch, kind: KIND_OTHER_LETTER };
  if (code === 0x2744) return { text: SNOW, kind: KIND_OTHER_LETTER };
  if (code >= 0x06f0 && code <= 0x06f9) return { text: String.fromCharCode(code - 0x06f0 + 0x30), kind: KIND_DIGIT };
  if (NUMBER.test(ch)) {
    // Other decimal digit systems (Devanagari, Bengali…): their numeric value.
    const value = Number.parseInt(ch, 10);
    return Number.isNaN(value) ? { text: ' ', kind: 0 } : { text: String(value), kind: KIND_DIGIT };
  }
  if (isArabicBlock(code)) {
    const folded = ARABIC_FOLD[ch];
    if (folded !== undefined)
      return { text: folded, kind: KIND_ARABIC | (folded !== ch && code >= 0x0671 ? KIND_PERSIAN : 0) };
    if (LETTER.test(ch)) return { text: ch, kind: KIND_ARABIC | (code > 0x064a ? KIND_PERSIAN : 0) };
    if (ch === '٫') return { text: '.', kind: 0 };
    return { text: ' ', kind: 0 };
  }
  if (LETTER.test(ch)) {
    let lower = ch.toLowerCase();
    const look = LOOKALIKES[lower];
    if (look !== undefined) return { text: look, kind: KIND_LOOKALIKE };
    // Latin letters with diacritics keep their base letter (víagra → viagra, ß → ss).
    const base = lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    if (base.length > 0) lower = base;
    if (/^[a-z]+$/.test(lower)) return { text: lower, kind: KIND_LATIN };
    return { text: lower, kind: KIND_OTHER_LETTER };
  }
  return { text: ' ', kind: 0 };
}

let tables: FoldTables | undefined;

/** The fold tables, built on first use. */
export function foldTables(): FoldTables {
  tables ??= buildTables();
  return tables;
}

function buildTables(): FoldTables {
  const unit = new Uint16Array(0x10000);
  const kind = new Uint8Array(0x10000);
  const expansion = new Map<number, string>();
  for (let code = 0; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdfff) {
      unit[code] = SEPARATOR; // surrogates are decoded by the scanner; a lone one separates words
      continue;
    }
    if (isDropped(code)) {
      unit[code] = DROP;
      continue;
    }
    if (isSpaceCode(code)) {
      unit[code] = SEPARATOR;
      kind[code] = KIND_SPACE;
      continue;
    }
    const ch = String.fromCharCode(code);
    if (LEET_SYMBOLS.has(ch)) {
      unit[code] = SEPARATOR;
      kind[code] = KIND_LEET;
      continue;
    }
    // CJK and Hangul syllables fold to themselves; skipping NFKC there keeps the build fast.
    const compat = (code >= 0x3400 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7a3) ? ch : ch.normalize('NFKC');
    let text = '';
    let bits = 0;
    for (const part of compat) {
      if (isDropped(part.codePointAt(0)!)) continue;
      const folded = foldOne(part);
      text += folded.text;
      bits |= folded.kind;
    }
    if (compat !== ch && bits & KIND_LATIN && code >= 0x80) bits |= KIND_LOOKALIKE; // fullwidth, circled, styled
    text = text.replace(/ +/g, ' ');
    if (text === '' || text === ' ') {
      unit[code] = text === '' ? DROP : SEPARATOR;
      continue;
    }
    kind[code] = bits;
    if (text.length === 1) unit[code] = text.charCodeAt(0);
    else {
      unit[code] = EXPANDS;
      expansion.set(code, text);
    }
  }
  // ASCII letters stay plain Latin, never look-alikes.
  for (let code = 0x41; code <= 0x5a; code++) kind[code] = KIND_LATIN;
  return { unit, kind, expansion };
}

/**
 * Folds an astral code point (mathematical alphanumerics 𝐯𝐢𝐚𝐠𝐫𝐚, enclosed letters 🅰): the folded text and its
 * kind bits. Emoji and everything else separate words.
 */
export function foldAstral(codePoint: number): { text: string; kind: number } {
  if ((codePoint >= 0x1d400 && codePoint <= 0x1d7ff) || (codePoint >= 0x1f100 && codePoint <= 0x1f189)) {
    const compat = String.fromCodePoint(codePoint).normalize('NFKC');
    if (compat.length === 1 && /[A-Za-z0-9]/.test(compat)) {
      const folded = foldOne(compat);
      return { text: folded.text, kind: folded.kind | (folded.kind & KIND_LATIN ? KIND_LOOKALIKE : 0) };
    }
  }
  for (const base of [0x1f130, 0x1f150, 0x1f170]) {
    // Squared and negative circled or squared capitals (🅰 🅱 …) have no NFKC mapping: their letter by position.
    if (codePoint >= base && codePoint < base + 26) {
      return { text: String.fromCharCode(0x61 + codePoint - base), kind: KIND_LATIN | KIND_LOOKALIKE };
    }
  }
  if (codePoint >= 0xe0000 && codePoint <= 0xe007f) return { text: '', kind: 0 }; // tag characters
  // Laughing faces are a word of their own (banter between friends reads differently): `LAUGH`.
  if (LAUGHING.has(codePoint)) return { text: LAUGH, kind: KIND_OTHER_LETTER };
  // 🔞 and the suggestive emoji, too: sellers of adult content lean on them in place of the words.
  if (codePoint === 0x1f51e) return { text: EXPLICIT, kind: KIND_OTHER_LETTER };
  if (SUGGESTIVE_EMOJI.has(codePoint)) return { text: SUGGESTIVE, kind: KIND_OTHER_LETTER };
  const contraband = CONTRABAND_EMOJI.get(codePoint);
  if (contraband !== undefined) return { text: contraband, kind: KIND_OTHER_LETTER };
  return { text: ' ', kind: 0 };
}
