/**
 * The scanner's unit classes and flags, the letter tables of its de-obfuscated pass and its pure helpers (kept
 * apart from the buffers in ./scan.ts, which re-exports the public names).
 */
import { LEET } from './confusables.js';
import { DROP, foldTables, KIND_ARABIC, KIND_DIGIT, KIND_LATIN, KIND_SPACE } from './fold.js';

/** Flags raised by a pass. */
export const FLAG_ARABIC = 1;
export const FLAG_LATIN = 2;
/** A letter of another script that looks Latin (Cyrillic а, fullwidth ａ, 𝐚). */
export const FLAG_LOOKALIKE = 4;
/** `@ $ ! | €` touching a Latin letter (`c@sino`). */
export const FLAG_LEET = 8;
/** A digit inside a Latin word (`v1agra`, also Arabizi `3ndak`). */
export const FLAG_DIGIT_IN_WORD = 16;
/** Three or more one-letter words in a row (`v i a g r a`, `ك ا ز ي ن و`). */
export const FLAG_SPACED = 32;
/** Punctuation or a symbol between two letters with no space (`c.a.s.i.n.o`, `vi🍆agra`, `ح-ش-ي-ش`). */
export const FLAG_BROKEN_WORD = 64;
/** Persian-keyboard letters (ی ک ە). */
export const FLAG_PERSIAN = 128;
/** `.`, `/`, `:` or `@` between letters or digits: maybe a link or an e-mail address. */
export const FLAG_LINKISH = 256;
/** A run of three or more digits: maybe a phone number, a short code, a price. */
export const FLAG_DIGITS = 512;
/** A currency sign or `%`. */
export const FLAG_MONEY_SIGN = 1024;
/** Letters were swallowed as repeats, or tatweel dropped (elongation: `كــــارت`, `freeee`). */
export const FLAG_ELONGATED = 2048;

/** Flags that ask for a de-obfuscated view. */
export const FLAGS_OBFUSCATION = FLAG_LEET | FLAG_DIGIT_IN_WORD | FLAG_SPACED | FLAG_BROKEN_WORD;

/** Script of a folded unit: 0 separator or symbol, 1 Latin letter, 2 Arabic letter, 3 digit, 4 other letter. */
export const SCRIPT_NONE = 0;
export const SCRIPT_LATIN = 1;
export const SCRIPT_ARABIC = 2;
export const SCRIPT_DIGIT = 3;
export const SCRIPT_OTHER = 4;

export function unitScript(unit: number): number {
  if (unit < 0x80) {
    if (unit >= 0x61 && unit <= 0x7a) return SCRIPT_LATIN;
    if (unit >= 0x30 && unit <= 0x39) return SCRIPT_DIGIT;
    return SCRIPT_NONE;
  }
  if (unit >= 0x0621 && unit <= 0x064a) return SCRIPT_ARABIC;
  return SCRIPT_OTHER;
}

export const LATIN_RUN = 2;
export const ARABIC_RUN = 1;
/** Longest text scanned; the rest of a longer body is not read (a policy caps bodies far below this). */
export const MAX_SCAN_UNITS = 1 << 22;

/** Leet symbols and digits read as letters in the de-obfuscated pass (the table of confusables.ts). */
export const LEET_TO_LETTER: Record<number, number> = {};
export const DIGIT_TO_LETTER: Record<number, number> = {};
for (const [from, to] of Object.entries(LEET)) {
  (/[0-9]/.test(from) ? DIGIT_TO_LETTER : LEET_TO_LETTER)[from.charCodeAt(0)] = to.charCodeAt(0);
}

export function isMoneySign(code: number): boolean {
  return (
    code === 0x24 ||
    code === 0x25 ||
    code === 0xa3 ||
    code === 0x20ac ||
    code === 0xa5 ||
    code === 0x20b9 ||
    code === 0x066a
  );
}

/** A digit read as a letter: inside or at the edge of a Latin word, in a run of at most two digits. */
export function leetDigit(
  text: string,
  i: number,
  unit: number,
  length: number,
  KIND: Uint8Array,
  lastLetterKind: number,
): number {
  let start = i;
  while (start > 0 && i - start < 3 && KIND[text.charCodeAt(start - 1)]! & KIND_DIGIT) start--;
  let j = i + 1;
  while (j < length && j - start <= 3 && KIND[text.charCodeAt(j)]! & KIND_DIGIT) j++;
  if (j - start > 2) return 0;
  const before =
    start === i
      ? (lastLetterKind & KIND_LATIN) !== 0
      : start > 0 && (KIND[text.charCodeAt(start - 1)]! & KIND_LATIN) !== 0;
  const after = j < length && (KIND[text.charCodeAt(j)]! & KIND_LATIN) !== 0;
  if (!before && !after) return 0;
  return DIGIT_TO_LETTER[unit] ?? 0;
}

/** Whether the next non-dropped character after `from` is a letter (within a few symbols). */
export function letterFollows(text: string, from: number, length: number, KIND: Uint8Array): boolean {
  const { unit: UNIT } = foldTables();
  for (let j = from; j < length && j < from + 4; j++) {
    const code = text.charCodeAt(j);
    const kind = KIND[code]!;
    if (kind & (KIND_LATIN | KIND_ARABIC)) return true;
    if (code >= 0xd800 && code <= 0xdfff) continue; // an emoji's halves
    if (UNIT[code] === DROP) continue;
    if (kind & KIND_SPACE || kind & KIND_DIGIT) return false;
  }
  return false;
}
