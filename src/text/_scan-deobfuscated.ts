/**
 * The de-obfuscated pass over a scanner's buffers: leet symbols and digits in Latin words read as letters, symbols
 * between letters dropped, and runs of three or more one-letter words joined (`v i a g r a` → `viagra`).
 */
import {
  DROP,
  EXPANDS,
  foldAstral,
  foldTables,
  isEmojiWord,
  KIND_ARABIC,
  KIND_DIGIT,
  KIND_LATIN,
  KIND_LEET,
  KIND_SPACE,
  SEPARATOR,
} from './fold.js';
import {
  ARABIC_RUN,
  DIGIT_TO_LETTER,
  FLAG_SPACED,
  LATIN_RUN,
  LEET_TO_LETTER,
  leetDigit,
  letterFollows,
  MAX_SCAN_UNITS,
  SCRIPT_ARABIC,
  SCRIPT_DIGIT,
  SCRIPT_LATIN,
  unitScript,
} from './_scan-units.js';
import type { ScannedText, TextScanner } from './scan.js';

/** Joins runs of three or more one-letter words in place (`v i a g r a` → `viagra`). */
export function joinSpacedLetters(scanner: TextScanner, scanned: ScannedText): ScannedText {
  if (!(scanned.flags & FLAG_SPACED)) return scanned;
  const { tokenStarts, tokenEnds } = scanner;
  const count = scanner.tokens;
  const keep = new Uint8Array(scanner.size).fill(1);
  let t = 0;
  // A lone digit among lone letters is a letter too (`c 0 c a i n e`).
  const single = (k: number): boolean => {
    if (tokenEnds[k]! - tokenStarts[k]! !== 1) return false;
    const unit = scanner.units[tokenStarts[k]!]!;
    return unitScript(unit) !== SCRIPT_DIGIT || DIGIT_TO_LETTER[unit] !== undefined;
  };
  while (t < count) {
    let u = t;
    let letters = 0;
    while (u < count && single(u)) {
      if (unitScript(scanner.units[tokenStarts[u]!]!) !== SCRIPT_DIGIT) letters++;
      u++;
    }
    if (letters < 2) u = Math.min(u, t + 1);
    if (u - t >= 3) {
      for (let k = t; k < u; k++) {
        const at = tokenStarts[k]!;
        const letter = DIGIT_TO_LETTER[scanner.units[at]!];
        if (letter !== undefined) scanner.units[at] = letter;
      }
    }
    if (u - t >= 3) {
      for (let k = t; k < u - 1; k++) for (let p = tokenEnds[k]!; p < tokenStarts[k + 1]!; p++) keep[p] = 0;
    }
    t = u > t ? u : t + 1;
  }
  let write = 0;
  for (let read = 0; read < scanner.size; read++) {
    if (!keep[read]) continue;
    // Joined letters follow the same run limits as the main pass (`ك و ك ا ي ي ن` → `كوكاين`).
    const unit = scanner.units[read]!;
    if (write > 0 && unit === scanner.units[write - 1] && unit !== SEPARATOR) {
      const script = unitScript(unit);
      const limit = script === SCRIPT_ARABIC ? ARABIC_RUN : script === SCRIPT_LATIN ? LATIN_RUN : 1_000;
      let run = 1;
      while (run < write && scanner.units[write - 1 - run] === unit) run++;
      if (run >= limit) {
        scanner.ends[write - 1] = scanner.ends[read]!;
        continue;
      }
    }
    scanner.units[write] = scanner.units[read]!;
    scanner.starts[write] = scanner.starts[read]!;
    scanner.ends[write] = scanner.ends[read]!;
    write++;
  }
  scanner.size = write;
  retokenize(scanner);
  return {
    ...scanned,
    length: scanner.size,
    tokenCount: scanner.tokens,
    tokenStarts: scanner.tokenStarts,
    tokenEnds: scanner.tokenEnds,
  };
}

function retokenize(scanner: TextScanner): void {
  scanner.tokens = 0;
  let inToken = false;
  for (let p = 0; p < scanner.size; p++) {
    const isWord = scanner.units[p] !== SEPARATOR;
    if (isWord && !inToken) {
      if (scanner.tokens === scanner.tokenStarts.length) {
        const starts = new Int32Array(scanner.tokens * 2);
        starts.set(scanner.tokenStarts);
        const ends = new Int32Array(scanner.tokens * 2);
        ends.set(scanner.tokenEnds);
        scanner.tokenStarts = starts;
        scanner.tokenEnds = ends;
      }
      scanner.tokenStarts[scanner.tokens] = p;
      inToken = true;
    } else if (!isWord && inToken) {
      scanner.tokenEnds[scanner.tokens++] = p;
      inToken = false;
    }
  }
  if (inToken) scanner.tokenEnds[scanner.tokens++] = scanner.size;
}

/** The de-obfuscated pass (`TextScanner.scanDeobfuscated`). */
export function scanDeobfuscated(scanner: TextScanner, text: string): ScannedText {
  const { unit: UNIT, kind: KIND, expansion } = foldTables();
  scanner.begin();
  const length = Math.min(text.length, MAX_SCAN_UNITS);
  scanner.ensure(length);
  let lastLetterKind = 0;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    let unit = UNIT[code]!;
    let kind = KIND[code]!;
    let end = i + 1;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        const folded = foldAstral(((code - 0xd800) << 10) + (low - 0xdc00) + 0x10000);
        end = i + 2;
        unit = folded.text === '' ? DROP : folded.text === ' ' ? SEPARATOR : folded.text.charCodeAt(0);
        kind = folded.kind;
      }
    }
    if (isEmojiWord(unit) && lastLetterKind & (KIND_LATIN | KIND_ARABIC) && letterFollows(text, end, length, KIND)) {
      // An emoji word between letters: dropped like any symbol there (see scan.ts).
      i = end - 1;
      continue;
    }
    if (unit === DROP) {
      i = end - 1;
      continue;
    }
    if (kind & KIND_LEET) {
      const before = lastLetterKind & KIND_LATIN;
      const after = i + 1 < length && KIND[text.charCodeAt(i + 1)]! & KIND_LATIN;
      if (after || (before && code !== 0x21 && code !== 0x7c)) {
        scanner.letter(LEET_TO_LETTER[code]!, i, end);
        lastLetterKind = KIND_LATIN;
        continue;
      }
    }
    if (kind & KIND_DIGIT && DIGIT_TO_LETTER[unit] !== undefined) {
      const letter = leetDigit(text, i, unit, length, KIND, lastLetterKind);
      if (letter !== 0) {
        scanner.letter(letter, i, end);
        lastLetterKind = KIND_LATIN;
        continue;
      }
    }
    if (unit === SEPARATOR) {
      if (!(kind & KIND_SPACE) && lastLetterKind !== 0 && letterFollows(text, end, length, KIND)) {
        // Punctuation or a symbol between letters: dropped.
        i = end - 1;
        continue;
      }
      scanner.separator(i, end);
      if (kind & KIND_SPACE) lastLetterKind = 0;
      i = end - 1;
      continue;
    }
    lastLetterKind = kind & (KIND_LATIN | KIND_ARABIC | KIND_DIGIT);
    if (unit === EXPANDS) {
      const parts = expansion.get(code) ?? ' ';
      for (let k = 0; k < parts.length; k++) {
        const part = parts.charCodeAt(k);
        if (part === SEPARATOR) scanner.separator(i, end);
        else scanner.letter(part, i, end);
      }
    } else {
      scanner.letter(unit, i, end);
    }
    i = end - 1;
  }
  const result = scanner.finish(text);
  return joinSpacedLetters(scanner, result);
}
