/**
 * The single normalisation pass: a text folded into reusable typed buffers, one table lookup per code unit.
 *
 * The result is a word buffer: letters and digits folded (`src/text/fold.ts`), every run of spaces,
 * punctuation and symbols written as one space, a space at both ends, letters repeated past a limit swallowed
 * (`freeee` → `free`, `مبروووك` → `مبروك`), and a break between Arabic and Latin or digits (`ب500` → `ب 500`).
 * Each unit remembers the `[start, end)` range of the original text it came from, and the words are listed.
 *
 * While it runs, the pass raises flags (look-alike letters, leet symbols or digits inside Latin words, letters
 * spaced or dotted apart, symbols inside words, Persian-keyboard letters, link and number characters), so a
 * caller builds a de-obfuscated view (`scanDeobfuscated`) or looks for links and numbers only when a flag asks.
 *
 * Buffers belong to a `TextScanner` and are reused by its next call: read a result before scanning again.
 */
import { LEET } from './confusables.js';
import {
  DROP,
  EXPANDS,
  foldAstral,
  foldTables,
  KIND_ARABIC,
  KIND_DIGIT,
  KIND_LATIN,
  KIND_LEET,
  KIND_LOOKALIKE,
  KIND_PERSIAN,
  KIND_SPACE,
  SEPARATOR,
} from './fold.js';

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

/** A scanned text. Views over the scanner's buffers: valid until the scanner's next call. */
export interface ScannedText {
  readonly original: string;
  /** Folded units; `units[0]` and `units[length - 1]` are spaces. */
  readonly units: Uint16Array;
  readonly length: number;
  /** Original range of each unit. */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly tokenCount: number;
  /** Unit ranges `[tokenStarts[t], tokenEnds[t])` of the words. */
  readonly tokenStarts: Int32Array;
  readonly tokenEnds: Int32Array;
  readonly flags: number;
}

const LATIN_RUN = 2;
const ARABIC_RUN = 1;
/** Longest text scanned; the rest of a longer body is not read (a policy caps bodies far below this). */
export const MAX_SCAN_UNITS = 1 << 22;

/** Leet symbols and digits read as letters in the de-obfuscated pass (the table of confusables.ts). */
const LEET_TO_LETTER: Record<number, number> = {};
const DIGIT_TO_LETTER: Record<number, number> = {};
for (const [from, to] of Object.entries(LEET)) {
  (/[0-9]/.test(from) ? DIGIT_TO_LETTER : LEET_TO_LETTER)[from.charCodeAt(0)] = to.charCodeAt(0);
}

function isMoneySign(code: number): boolean {
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

/** Reusable buffers and the folding pass. One scanner per view keeps two views alive at once. */
export class TextScanner {
  units = new Uint16Array(256);
  starts = new Int32Array(256);
  ends = new Int32Array(256);
  tokenStarts = new Int32Array(64);
  tokenEnds = new Int32Array(64);
  private size = 0;
  private tokens = 0;
  private flags = 0;
  private lastUnit = -1;
  private run = 0;
  private tokenScript = SCRIPT_NONE;
  private singleRun = 0;
  private digitRun = 0;

  private ensure(extra: number): void {
    const need = this.size + extra + 2;
    if (need <= this.units.length) return;
    let next = this.units.length * 2;
    while (next < need) next *= 2;
    const units = new Uint16Array(next);
    units.set(this.units.subarray(0, this.size));
    const starts = new Int32Array(next);
    starts.set(this.starts.subarray(0, this.size));
    const ends = new Int32Array(next);
    ends.set(this.ends.subarray(0, this.size));
    this.units = units;
    this.starts = starts;
    this.ends = ends;
  }

  private begin(): void {
    if (this.units.length > 1 << 16) {
      // A huge text is not kept alive by the next small one.
      this.units = new Uint16Array(256);
      this.starts = new Int32Array(256);
      this.ends = new Int32Array(256);
      this.tokenStarts = new Int32Array(64);
      this.tokenEnds = new Int32Array(64);
    }
    this.size = 0;
    this.tokens = 0;
    this.flags = 0;
    this.lastUnit = -1;
    this.run = 0;
    this.tokenScript = SCRIPT_NONE;
    this.singleRun = 0;
    this.digitRun = 0;
    this.units[0] = SEPARATOR;
    this.starts[0] = 0;
    this.ends[0] = 0;
    this.size = 1;
  }

  private closeToken(): void {
    if (this.tokenScript === SCRIPT_NONE) return;
    const t = this.tokens - 1;
    const length = this.size - this.tokenStarts[t]!;
    this.tokenEnds[t] = this.size;
    if (length === 1 && this.tokenScript !== SCRIPT_DIGIT) {
      this.singleRun++;
      if (this.singleRun >= 3) this.flags |= FLAG_SPACED;
    } else {
      this.singleRun = 0;
    }
    this.tokenScript = SCRIPT_NONE;
  }

  /** Writes a separator (collapsing runs), its original range `[start, end)`. */
  private separator(start: number, end: number): void {
    if (this.units[this.size - 1] === SEPARATOR) {
      return;
    }
    this.closeToken();
    this.ensure(1);
    this.units[this.size] = SEPARATOR;
    this.starts[this.size] = start;
    this.ends[this.size] = end;
    this.size++;
    this.lastUnit = SEPARATOR;
    this.run = 0;
  }

  /** Writes one folded letter or digit. */
  private letter(unit: number, start: number, end: number): void {
    const script = unitScript(unit);
    if (unit === this.lastUnit && script !== SCRIPT_DIGIT) {
      this.run++;
      const limit = script === SCRIPT_ARABIC ? ARABIC_RUN : LATIN_RUN;
      if (this.run > limit) {
        this.ends[this.size - 1] = end;
        this.flags |= FLAG_ELONGATED;
        return;
      }
    } else {
      this.lastUnit = unit;
      this.run = 1;
    }
    const current = this.tokenScript;
    if (current !== SCRIPT_NONE) {
      const joins =
        current === script ||
        (current === SCRIPT_LATIN && script === SCRIPT_DIGIT) ||
        (current === SCRIPT_DIGIT && script === SCRIPT_LATIN);
      if (!joins) {
        // A break between scripts: a zero-width separator at this point of the original.
        this.closeToken();
        this.ensure(1);
        this.units[this.size] = SEPARATOR;
        this.starts[this.size] = start;
        this.ends[this.size] = start;
        this.size++;
      } else if (script !== current) {
        this.flags |= FLAG_DIGIT_IN_WORD;
        if (script === SCRIPT_LATIN) this.tokenScript = SCRIPT_LATIN;
      }
    }
    if (this.tokenScript === SCRIPT_NONE) {
      if (this.tokens === this.tokenStarts.length) {
        const starts = new Int32Array(this.tokens * 2);
        starts.set(this.tokenStarts);
        const ends = new Int32Array(this.tokens * 2);
        ends.set(this.tokenEnds);
        this.tokenStarts = starts;
        this.tokenEnds = ends;
      }
      this.tokenStarts[this.tokens++] = this.size;
      this.tokenScript = script;
    }
    this.ensure(1);
    this.units[this.size] = unit;
    this.starts[this.size] = start;
    this.ends[this.size] = end;
    this.size++;
    if (script === SCRIPT_LATIN) this.flags |= FLAG_LATIN;
    else if (script === SCRIPT_ARABIC) this.flags |= FLAG_ARABIC;
  }

  private finish(original: string): ScannedText {
    this.separator(original.length, original.length);
    this.closeToken();
    return {
      original,
      units: this.units,
      length: this.size,
      starts: this.starts,
      ends: this.ends,
      tokenCount: this.tokens,
      tokenStarts: this.tokenStarts,
      tokenEnds: this.tokenEnds,
      flags: this.flags,
    };
  }

  /** The main pass. */
  scan(text: string): ScannedText {
    const { unit: UNIT, kind: KIND, expansion } = foldTables();
    this.begin();
    const length = Math.min(text.length, MAX_SCAN_UNITS);
    this.ensure(length);
    // Whether a letter was followed by punctuation or a symbol with no space since (for FLAG_BROKEN_WORD).
    let afterLetter = false;
    let brokenSince = false;
    let lastKind = 0;
    // Letters since the last separator, the count before the last break, and a break waiting for the next run.
    let letters = 0;
    let lettersBeforeBreak = 0;
    let breakPending = false;
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
          if (folded.text === '') {
            i++;
            continue;
          }
          if (folded.text === ' ') {
            unit = SEPARATOR;
            kind = 0;
          } else {
            unit = folded.text.charCodeAt(0);
            kind = folded.kind;
          }
        }
      }
      if (unit === DROP) {
        if (code === 0x0640) this.flags |= FLAG_ELONGATED;
        i = end - 1;
        continue;
      }
      if (unit === SEPARATOR) {
        const nextKind = i + 1 < length ? KIND[text.charCodeAt(i + 1)]! : 0;
        if (breakPending && letters > 0 && letters <= 2) this.flags |= FLAG_BROKEN_WORD;
        breakPending = false;
        if (kind & KIND_SPACE || code === 0x27 || code === 0x2019 || code === 0x2018) {
          afterLetter = false;
          brokenSince = false;
          letters = 0;
        } else if (afterLetter) {
          brokenSince = true;
          lettersBeforeBreak = letters;
          letters = 0;
          if (kind & KIND_LEET && nextKind & KIND_LATIN) this.flags |= FLAG_LEET;
          if ((code === 0x2e || code === 0x2f || code === 0x3a || code === 0x40) && i + 1 < length) {
            const next = KIND[text.charCodeAt(i + 1)]!;
            if (next & (KIND_LATIN | KIND_DIGIT)) this.flags |= FLAG_LINKISH;
          }
        } else if (kind & KIND_LEET && i + 1 < length && KIND[text.charCodeAt(i + 1)]! & KIND_LATIN) {
          this.flags |= FLAG_LEET;
        }
        if (isMoneySign(code)) this.flags |= FLAG_MONEY_SIGN;
        this.separator(i, end);
        lastKind = kind;
        i = end - 1;
        continue;
      }
      if (kind & KIND_LOOKALIKE) this.flags |= FLAG_LOOKALIKE;
      if (kind & KIND_PERSIAN) this.flags |= FLAG_PERSIAN;
      if (brokenSince && kind & (KIND_LATIN | KIND_ARABIC)) {
        // A break between letters counts when a side of it is one or two letters (`c.a.s.i.n.o`, `vi🍆agra`),
        // not in `lar...joking` or `ok.see`.
        if (lettersBeforeBreak <= 2) this.flags |= FLAG_BROKEN_WORD;
        else breakPending = true;
      }
      brokenSince = false;
      if (kind & (KIND_LATIN | KIND_ARABIC)) letters++;
      afterLetter = (kind & (KIND_LATIN | KIND_ARABIC | KIND_DIGIT)) !== 0;
      if (kind & KIND_DIGIT && lastKind & KIND_DIGIT) this.noteDigit();
      else this.digitRun = kind & KIND_DIGIT ? 1 : 0;
      lastKind = kind;
      if (unit === EXPANDS) {
        const parts = expansion.get(code) ?? ' ';
        this.ensure(parts.length);
        for (let k = 0; k < parts.length; k++) {
          const part = parts.charCodeAt(k);
          if (part === SEPARATOR) this.separator(i, end);
          else this.letter(part, i, end);
        }
      } else {
        this.letter(unit, i, end);
      }
      i = end - 1;
    }
    return this.finish(text);
  }

  private noteDigit(): void {
    this.digitRun++;
    if (this.digitRun >= 3) this.flags |= FLAG_DIGITS;
  }

  /**
   * The de-obfuscated pass: like `scan`, and also leet symbols and digits inside Latin words read as letters
   * (`c@sino`, `v1agra`; runs of more than two digits, as in `100mg`, stay digits), punctuation and symbols
   * between letters dropped (`c.a.s.i.n.o`, `vi🍆agra`, `ح-ش-ي-ش`), and runs of three or more one-letter words
   * joined (`v i a g r a`).
   */
  scanDeobfuscated(text: string): ScannedText {
    const { unit: UNIT, kind: KIND, expansion } = foldTables();
    this.begin();
    const length = Math.min(text.length, MAX_SCAN_UNITS);
    this.ensure(length);
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
      if (unit === DROP) {
        i = end - 1;
        continue;
      }
      if (kind & KIND_LEET) {
        const before = lastLetterKind & KIND_LATIN;
        const after = i + 1 < length && KIND[text.charCodeAt(i + 1)]! & KIND_LATIN;
        if (after || (before && code !== 0x21 && code !== 0x7c)) {
          this.letter(LEET_TO_LETTER[code]!, i, end);
          lastLetterKind = KIND_LATIN;
          continue;
        }
      }
      if (kind & KIND_DIGIT && DIGIT_TO_LETTER[unit] !== undefined) {
        const letter = this.leetDigit(text, i, unit, length, KIND, lastLetterKind);
        if (letter !== 0) {
          this.letter(letter, i, end);
          lastLetterKind = KIND_LATIN;
          continue;
        }
      }
      if (unit === SEPARATOR) {
        if (!(kind & KIND_SPACE) && lastLetterKind !== 0 && this.letterFollows(text, end, length, KIND)) {
          // Punctuation or a symbol between letters: dropped.
          i = end - 1;
          continue;
        }
        this.separator(i, end);
        if (kind & KIND_SPACE) lastLetterKind = 0;
        i = end - 1;
        continue;
      }
      lastLetterKind = kind & (KIND_LATIN | KIND_ARABIC | KIND_DIGIT);
      if (unit === EXPANDS) {
        const parts = expansion.get(code) ?? ' ';
        for (let k = 0; k < parts.length; k++) {
          const part = parts.charCodeAt(k);
          if (part === SEPARATOR) this.separator(i, end);
          else this.letter(part, i, end);
        }
      } else {
        this.letter(unit, i, end);
      }
      i = end - 1;
    }
    const result = this.finish(text);
    return this.joinSpacedLetters(result);
  }

  /** A digit read as a letter: inside or at the edge of a Latin word, in a run of at most two digits. */
  private leetDigit(
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
  private letterFollows(text: string, from: number, length: number, KIND: Uint8Array): boolean {
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

  /** Joins runs of three or more one-letter words in place (`v i a g r a` → `viagra`). */
  private joinSpacedLetters(scanned: ScannedText): ScannedText {
    if (!(scanned.flags & FLAG_SPACED)) return scanned;
    const { tokenStarts, tokenEnds } = this;
    const count = this.tokens;
    const keep = new Uint8Array(this.size).fill(1);
    let t = 0;
    // A lone digit among lone letters is a letter too (`c 0 c a i n e`).
    const single = (k: number): boolean => {
      if (tokenEnds[k]! - tokenStarts[k]! !== 1) return false;
      const unit = this.units[tokenStarts[k]!]!;
      return unitScript(unit) !== SCRIPT_DIGIT || DIGIT_TO_LETTER[unit] !== undefined;
    };
    while (t < count) {
      let u = t;
      let letters = 0;
      while (u < count && single(u)) {
        if (unitScript(this.units[tokenStarts[u]!]!) !== SCRIPT_DIGIT) letters++;
        u++;
      }
      if (letters < 2) u = Math.min(u, t + 1);
      if (u - t >= 3) {
        for (let k = t; k < u; k++) {
          const at = tokenStarts[k]!;
          const letter = DIGIT_TO_LETTER[this.units[at]!];
          if (letter !== undefined) this.units[at] = letter;
        }
      }
      if (u - t >= 3) {
        for (let k = t; k < u - 1; k++) for (let p = tokenEnds[k]!; p < tokenStarts[k + 1]!; p++) keep[p] = 0;
      }
      t = u > t ? u : t + 1;
    }
    let write = 0;
    for (let read = 0; read < this.size; read++) {
      if (!keep[read]) continue;
      // Joined letters follow the same run limits as the main pass (`ك و ك ا ي ي ن` → `كوكاين`).
      const unit = this.units[read]!;
      if (write > 0 && unit === this.units[write - 1] && unit !== SEPARATOR) {
        const script = unitScript(unit);
        const limit = script === SCRIPT_ARABIC ? ARABIC_RUN : script === SCRIPT_LATIN ? LATIN_RUN : 1_000;
        let run = 1;
        while (run < write && this.units[write - 1 - run] === unit) run++;
        if (run >= limit) {
          this.ends[write - 1] = this.ends[read]!;
          continue;
        }
      }
      this.units[write] = this.units[read]!;
      this.starts[write] = this.starts[read]!;
      this.ends[write] = this.ends[read]!;
      write++;
    }
    this.size = write;
    this.retokenize();
    return {
      ...scanned,
      length: this.size,
      tokenCount: this.tokens,
      tokenStarts: this.tokenStarts,
      tokenEnds: this.tokenEnds,
    };
  }

  private retokenize(): void {
    this.tokens = 0;
    let inToken = false;
    for (let p = 0; p < this.size; p++) {
      const isWord = this.units[p] !== SEPARATOR;
      if (isWord && !inToken) {
        if (this.tokens === this.tokenStarts.length) {
          const starts = new Int32Array(this.tokens * 2);
          starts.set(this.tokenStarts);
          const ends = new Int32Array(this.tokens * 2);
          ends.set(this.tokenEnds);
          this.tokenStarts = starts;
          this.tokenEnds = ends;
        }
        this.tokenStarts[this.tokens] = p;
        inToken = true;
      } else if (!isWord && inToken) {
        this.tokenEnds[this.tokens++] = p;
        inToken = false;
      }
    }
    if (inToken) this.tokenEnds[this.tokens++] = this.size;
  }
}

let termScanner: TextScanner | undefined;

/** The folded word form of a short string (a lexicon term): what `scan` makes of it, without the end spaces. */
export function foldWords(text: string): string {
  // One scanner for every term: a compile folds thousands, and the result is copied out before the next.
  termScanner ??= new TextScanner();
  const scanned = termScanner.scan(text);
  let out = '';
  for (let t = 0; t < scanned.tokenCount; t++) {
    if (t > 0) out += ' ';
    for (let p = scanned.tokenStarts[t]!; p < scanned.tokenEnds[t]!; p++) out += String.fromCharCode(scanned.units[p]!);
  }
  return out;
}

/** Maps a unit range `[from, to)` of a scanned text to the original range it came from. */
export function originalSpan(scanned: ScannedText, from: number, to: number): [number, number] {
  if (to <= from) {
    const at = scanned.starts[Math.min(from, scanned.length - 1)]!;
    return [at, at];
  }
  return [scanned.starts[from]!, scanned.ends[to - 1]!];
}

/** The Unicode-aware digit, Latin and Arabic kinds of an original code unit (for scanners built on this one). */
export { KIND_ARABIC, KIND_DIGIT, KIND_LATIN } from './fold.js';
