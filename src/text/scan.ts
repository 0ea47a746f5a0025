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
  KIND_LOOKALIKE,
  KIND_PERSIAN,
  KIND_SPACE,
  SEPARATOR,
} from './fold.js';
import { scanDeobfuscated } from './_scan-deobfuscated.js';
import {
  ARABIC_RUN,
  FLAG_ARABIC,
  FLAG_BROKEN_WORD,
  FLAG_DIGITS,
  FLAG_DIGIT_IN_WORD,
  FLAG_ELONGATED,
  FLAG_LATIN,
  FLAG_LEET,
  FLAG_LINKISH,
  FLAG_LOOKALIKE,
  FLAG_MONEY_SIGN,
  FLAG_PERSIAN,
  FLAG_SPACED,
  LATIN_RUN,
  letterFollows,
  MAX_SCAN_UNITS,
  SCRIPT_ARABIC,
  SCRIPT_DIGIT,
  SCRIPT_LATIN,
  SCRIPT_NONE,
  isMoneySign,
  unitScript,
} from './_scan-units.js';

export {
  FLAG_ARABIC,
  FLAG_LATIN,
  FLAG_LOOKALIKE,
  FLAG_LEET,
  FLAG_DIGIT_IN_WORD,
  FLAG_SPACED,
  FLAG_BROKEN_WORD,
  FLAG_PERSIAN,
  FLAG_LINKISH,
  FLAG_DIGITS,
  FLAG_MONEY_SIGN,
  FLAG_ELONGATED,
  FLAGS_OBFUSCATION,
  SCRIPT_NONE,
  SCRIPT_LATIN,
  SCRIPT_ARABIC,
  SCRIPT_DIGIT,
  SCRIPT_OTHER,
  unitScript,
  MAX_SCAN_UNITS,
} from './_scan-units.js';

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

/** Reusable buffers and the folding pass. One scanner per view keeps two views alive at once. */
export class TextScanner {
  units = new Uint16Array(256);
  starts = new Int32Array(256);
  ends = new Int32Array(256);
  tokenStarts = new Int32Array(64);
  tokenEnds = new Int32Array(64);
  /** Units in use (read and rewritten by the de-obfuscated pass, ./_scan-deobfuscated.ts). */
  size = 0;
  /** Words in use (likewise). */
  tokens = 0;
  private flags = 0;
  private lastUnit = -1;
  private run = 0;
  private tokenScript = SCRIPT_NONE;
  private singleRun = 0;
  private digitRun = 0;

  /** @internal (the de-obfuscated pass, ./_scan-deobfuscated.ts) */
  ensure(extra: number): void {
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

  /** @internal (the de-obfuscated pass, ./_scan-deobfuscated.ts) */
  begin(): void {
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
  /** @internal (the de-obfuscated pass, ./_scan-deobfuscated.ts) */
  separator(start: number, end: number): void {
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
  /** @internal (the de-obfuscated pass, ./_scan-deobfuscated.ts) */
  letter(unit: number, start: number, end: number): void {
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
      // An emoji word is a word of its own, even beside another (`🍃❄️💊`: three kinds on a menu).
      const joins =
        (!isEmojiWord(unit) && !isEmojiWord(this.units[this.size - 1]!) && current === script) ||
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
      // A unit of no script (`٫` in `٩٫٩٩`) opens a one-unit word that no later unit joins or closes: its end is
      // set here, or it would be whatever an earlier text left in the buffer.
      this.tokenEnds[this.tokens] = this.size + 1;
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

  /** @internal (the de-obfuscated pass, ./_scan-deobfuscated.ts) */
  finish(original: string): ScannedText {
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
    // The kind of the last letter (for a break between two Arabic letters).
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
      // An emoji word between letters (`vi🍆agra`, «قنـ💣ـابل») is decoration inside the word: a break.
      if (isEmojiWord(unit) && afterLetter && letterFollows(text, end, length, KIND)) {
        unit = SEPARATOR;
        kind = 0;
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
          } else if ((code === 0x5b || code === 0x28 || code === 0x7b) && text.charCodeAt(i + 1) === 0x2e) {
            this.flags |= FLAG_LINKISH; // a defanged dot, `bank-verify[.]top`
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
        // not in `lar...joking` or `ok.see`; between Arabic letters always («ادي.رال»: Arabic has no such
        // abbreviations, and a sentence's full stop is followed by a space).
        if (lettersBeforeBreak <= 2 || (kind & KIND_ARABIC && lastLetterKind & KIND_ARABIC))
          this.flags |= FLAG_BROKEN_WORD;
        else breakPending = true;
      }
      if (kind & (KIND_LATIN | KIND_ARABIC)) lastLetterKind = kind;
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
    return scanDeobfuscated(this, text);
  }
}

let termScanner: TextScanner | undefined;

/** The folded word form of a short string (a lexicon term): what `scan` makes of it, without the end spaces. */
export function foldWords(text: string): string {
  // One scanner for every term: a compile folds thousands, and the result is copied out before the next.
  termScanner ??= new TextScanner();
  const scanned = termScanner.scan(text);
  const words: string[] = [];
  for (let t = 0; t < scanned.tokenCount; t++)
    words.push(String.fromCharCode(...scanned.units.subarray(scanned.tokenStarts[t]!, scanned.tokenEnds[t]!)));
  return words.join(' ');
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
