/**
 * Text normalisation for matching, with an offset map back to the original.
 *
 * Steps, per code point: NFKC (with following combining marks, so compositions stay whole); drop
 * zero-width, bidi and soft-hyphen marks, Arabic tashkeel (incl. U+0670) and tatweel; Arabic-Indic and
 * Eastern digits to ASCII; fold alef forms, ى→ي, ة→ه, ؤ→و, ئ→ي and Persian-keyboard ی ک ھ; strip Latin
 * diacritics; lowercase; collapse runs of one letter and runs of whitespace.
 *
 * Every character of the result remembers the `[start, end)` range of the original it came from, so a
 * span found in the normalised text maps back to the original with `toOriginalSpan`.
 */

export interface NormalizeOptions {
  /** Longest run of one repeated non-Arabic letter kept (`freeeee` → `free`). Default 2. */
  maxRun?: number;
  /** Longest run of one repeated Arabic letter kept (`مبرووووك` → `مبروك`). Default 1. */
  maxRunArabic?: number;
  /** Collapse every whitespace run to one space. Default true. */
  collapseWhitespace?: boolean;
}

export interface NormalizedText {
  /** The normalised text. */
  readonly text: string;
  /** The text it came from. */
  readonly original: string;
  /** `starts[i]`: where the original range of normalised UTF-16 unit `i` begins. */
  readonly starts: Uint32Array;
  /** `ends[i]`: where it ends (exclusive). */
  readonly ends: Uint32Array;
}

const REMOVED = (code: number): boolean =>
  code === 0x00ad || // soft hyphen
  code === 0x061c || // Arabic letter mark
  code === 0x0640 || // tatweel
  (code >= 0x200b && code <= 0x200f) || // zero-width space/joiners, LRM, RLM
  (code >= 0x202a && code <= 0x202e) || // bidi embeddings and overrides
  (code >= 0x2060 && code <= 0x2064) || // word joiner, invisible operators
  (code >= 0x2066 && code <= 0x2069) || // bidi isolates
  code === 0xfeff || // BOM / zero-width no-break space
  code === 0x034f || // combining grapheme joiner
  (code >= 0xfe00 && code <= 0xfe0f) || // variation selectors
  isArabicMark(code) ||
  (code >= 0x0300 && code <= 0x036f); // Latin combining diacritics left after NFKC

function isArabicMark(code: number): boolean {
  return (
    (code >= 0x0610 && code <= 0x061a) ||
    (code >= 0x064b && code <= 0x065f) ||
    code === 0x0670 ||
    (code >= 0x06d6 && code <= 0x06dc) ||
    (code >= 0x06df && code <= 0x06e8) ||
    (code >= 0x06ea && code <= 0x06ed) ||
    (code >= 0x08d3 && code <= 0x08ff)
  );
}

function isCombining(code: number): boolean {
  return (
    (code >= 0x0300 && code <= 0x036f) ||
    (code >= 0x0483 && code <= 0x0489) ||
    isArabicMark(code) ||
    (code >= 0x1ab0 && code <= 0x1aff) ||
    (code >= 0x1dc0 && code <= 0x1dff) ||
    (code >= 0x20d0 && code <= 0x20ff) ||
    (code >= 0xfe20 && code <= 0xfe2f)
  );
}

/** Single-character folds applied after NFKC. */
const FOLD: Record<string, string> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ٲ: 'ا',
  ٳ: 'ا',
  ى: 'ي',
  ة: 'ه',
  ؤ: 'و',
  ئ: 'ي',
  ی: 'ي',
  ې: 'ي',
  ک: 'ك',
  ڪ: 'ك',
  ھ: 'ه',
  ۀ: 'ه',
  ە: 'ه',
  '٫': '.',
  '٬': ',',
  '،': ',',
  '؛': ';',
  '؟': '?',
};

function isArabicLetter(code: number): boolean {
  return (code >= 0x0620 && code <= 0x064a) || (code >= 0x0671 && code <= 0x06d3) || (code >= 0x06fa && code <= 0x06ff);
}

function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
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

/** For the basic Arabic block: -1 drop, 0 keep, else the replacement code unit (built once from the rules above). */
const ARABIC_BLOCK = (() => {
  const table = new Int32Array(0x100);
  for (let k = 0; k < 0x100; k++) {
    const code = 0x0600 + k;
    const ch = String.fromCharCode(code);
    if (REMOVED(code)) table[k] = -1;
    else if (code >= 0x0660 && code <= 0x0669) table[k] = code - 0x0660 + 0x30;
    else if (code >= 0x06f0 && code <= 0x06f9) table[k] = code - 0x06f0 + 0x30;
    else if (FOLD[ch] !== undefined && FOLD[ch]!.length === 1) table[k] = FOLD[ch]!.charCodeAt(0);
  }
  return table;
})();

/** Code points NFKC leaves as they are: plain ASCII and the basic Arabic block. */
function nfkcStable(code: number): boolean {
  return code < 0xa0 || (code >= 0x0600 && code <= 0x06ff);
}

/** Folds one code point (already NFKC) to zero or more code points. */
function foldCodePoint(ch: string, code: number): string {
  if (REMOVED(code)) return '';
  if (code >= 0x0660 && code <= 0x0669) return String.fromCharCode(code - 0x0660 + 0x30);
  if (code >= 0x06f0 && code <= 0x06f9) return String.fromCharCode(code - 0x06f0 + 0x30);
  const folded = FOLD[ch];
  if (folded !== undefined) return folded;
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : ch;
  let lower = ch.toLowerCase();
  // Latin letters with diacritics: keep the base letter (víagra → viagra).
  if (code >= 0xc0 && code <= 0x24f) {
    const base = lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    if (base.length > 0) lower = base;
  }
  return lower;
}

const LETTER = /\p{L}/u;

/**
 * Accumulates output code units, with their original ranges when `offsets` is on; typed arrays grow by
 * doubling. Without offsets (`normalizeUnits`) one builder is reused: only the code units are kept.
 */
class Builder {
  codes: Uint16Array;
  private startList: Uint32Array;
  private endList: Uint32Array;
  size = 0;
  private lastUnit = -1;
  private run = 0;
  private maxRun = 2;
  private maxRunArabic = 1;
  private collapseWhitespace = true;

  constructor(
    capacity: number,
    private readonly offsets: boolean,
  ) {
    const initial = Math.max(16, capacity);
    this.codes = new Uint16Array(initial);
    this.startList = new Uint32Array(offsets ? initial : 0);
    this.endList = new Uint32Array(offsets ? initial : 0);
  }

  reset(maxRun: number, maxRunArabic: number, collapseWhitespace: boolean): this {
    this.size = 0;
    this.lastUnit = -1;
    this.run = 0;
    this.maxRun = maxRun;
    this.maxRunArabic = maxRunArabic;
    this.collapseWhitespace = collapseWhitespace;
    return this;
  }

  private grow(): void {
    const next = this.codes.length * 2;
    const codes = new Uint16Array(next);
    codes.set(this.codes);
    this.codes = codes;
    if (!this.offsets) return;
    const starts = new Uint32Array(next);
    starts.set(this.startList);
    const ends = new Uint32Array(next);
    ends.set(this.endList);
    this.startList = starts;
    this.endList = ends;
  }

  private push(unit: number, start: number, end: number): void {
    if (this.size === this.codes.length) this.grow();
    this.codes[this.size] = unit;
    if (this.offsets) {
      this.startList[this.size] = start;
      this.endList[this.size] = end;
    }
    this.size++;
  }

  /** Emits one BMP code unit (a folded character), applying run collapsing. */
  emitUnit(code: number, start: number, end: number): void {
    if (code !== this.lastUnit && code >= 0x20 && code < 0x7f) {
      // Printable ASCII that starts no run: the common case.
      this.lastUnit = code;
      this.run = 1;
      this.push(code, start, end);
      return;
    }
    const space = isSpace(code);
    const unit = space && this.collapseWhitespace ? 0x20 : code;
    if (unit === this.lastUnit) {
      this.run++;
      const limit = space
        ? this.collapseWhitespace
          ? 1
          : Number.POSITIVE_INFINITY
        : isArabicLetter(code)
          ? this.maxRunArabic
          : isLetterCode(code)
            ? this.maxRun
            : Number.POSITIVE_INFINITY;
      if (this.run > limit) {
        // Swallowed: the previous unit's range grows to cover it.
        if (this.offsets) this.endList[this.size - 1] = end;
        return;
      }
    } else {
      this.lastUnit = unit;
      this.run = 1;
    }
    this.push(unit, start, end);
  }

  /** Emits a folded string (possibly astral); astral characters never take part in runs. */
  emit(text: string, start: number, end: number): void {
    for (let k = 0; k < text.length; k++) {
      const code = text.charCodeAt(k);
      if (code >= 0xd800 && code <= 0xdfff) {
        this.lastUnit = -1;
        this.push(code, start, end);
      } else {
        this.emitUnit(code, start, end);
      }
    }
  }

  result(original: string): NormalizedText {
    let text = '';
    const CHUNK = 8_192;
    for (let i = 0; i < this.size; i += CHUNK) {
      text += String.fromCharCode.apply(
        null,
        this.codes.subarray(i, Math.min(this.size, i + CHUNK)) as unknown as number[],
      );
    }
    // Views, not copies: the builder is dropped after this call.
    return {
      text,
      original,
      starts: this.startList.subarray(0, this.size),
      ends: this.endList.subarray(0, this.size),
    };
  }
}

function isLetterCode(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  return isArabicLetter(code) || LETTER.test(String.fromCharCode(code));
}

/**
 * Normalises text for matching and keeps an offset map back to the original.
 *
 * @example
 * const n = normalize('Ｆｒｅｅｅｅ إشتراك');
 * n.text; // 'free اشتراك'
 * toOriginalSpan(n, [0, 4]); // [0, 6]
 */
export function normalize(input: string, options: NormalizeOptions = {}): NormalizedText {
  const text = typeof input === 'string' ? input : String(input ?? '');
  const builder = new Builder(text.length + 8, true).reset(
    options.maxRun ?? 2,
    options.maxRunArabic ?? 1,
    options.collapseWhitespace ?? true,
  );
  run(text, builder);
  return builder.result(text);
}

let scratch = new Builder(1_024, false);

/**
 * The normalised text as UTF-16 code units, without the offset map and without building a string: for
 * callers that only read it once, synchronously (content fingerprints). The array is reused by the next
 * call; read `codes[0..length)` before calling again. Same output as `normalize(input).text`.
 */
export function normalizeUnits(input: string): { codes: Uint16Array; length: number } {
  if (scratch.codes.length > 65_536) scratch = new Builder(1_024, false); // a huge text is not kept
  const builder = scratch.reset(2, 1, true);
  run(input, builder);
  return { codes: builder.codes, length: builder.size };
}

function run(text: string, builder: Builder): void {
  const length = text.length;
  let i = 0;
  while (i < length) {
    const code = text.codePointAt(i)!;
    let j = i + (code > 0xffff ? 2 : 1);
    while (j < length && isCombining(text.charCodeAt(j))) j++;
    if (j === i + 1 && code < 0x80) {
      // ASCII fast path: lowercase only.
      builder.emitUnit(code >= 0x41 && code <= 0x5a ? code + 32 : code, i, j);
    } else if (j === i + 1 && code >= 0x0600 && code <= 0x06ff) {
      const mapped = ARABIC_BLOCK[code - 0x0600]!;
      if (mapped === 0) builder.emitUnit(code, i, j);
      else if (mapped > 0) builder.emitUnit(mapped, i, j);
    } else if (j === i + 1 && nfkcStable(code)) {
      builder.emit(foldCodePoint(text[i]!, code), i, j);
    } else {
      const chunk = text.slice(i, j).normalize('NFKC');
      for (const part of chunk) builder.emit(foldCodePoint(part, part.codePointAt(0)!), i, j);
    }
    i = j;
  }
}

/**
 * Maps a half-open span of the normalised text back to a half-open span of the original.
 * An empty span maps to an empty span at the matching position.
 */
export function toOriginalSpan(normalized: NormalizedText, span: readonly [number, number]): [number, number] {
  const size = normalized.text.length;
  const start = Math.max(0, Math.min(span[0], size));
  const end = Math.max(start, Math.min(span[1], size));
  if (end === start) {
    const at = start < size ? normalized.starts[start]! : normalized.original.length;
    return [at, at];
  }
  return [normalized.starts[start]!, normalized.ends[end - 1]!];
}
