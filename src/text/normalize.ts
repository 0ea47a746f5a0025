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

function isLetter(ch: string, code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  return isArabicLetter(code) || /\p{L}/u.test(ch);
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

class Builder {
  private chars: string[] = [];
  private startList: number[] = [];
  private endList: number[] = [];
  private lastChar = '';
  private run = 0;

  constructor(
    private readonly maxRun: number,
    private readonly maxRunArabic: number,
    private readonly collapseWhitespace: boolean,
  ) {}

  emit(ch: string, start: number, end: number): void {
    const code = ch.codePointAt(0)!;
    const space = isSpace(code);
    const unit = space && this.collapseWhitespace ? ' ' : ch;
    if (unit === this.lastChar) {
      this.run++;
      const limit = space
        ? this.collapseWhitespace
          ? 1
          : Number.POSITIVE_INFINITY
        : isArabicLetter(code)
          ? this.maxRunArabic
          : isLetter(ch, code)
            ? this.maxRun
            : Number.POSITIVE_INFINITY;
      if (this.run > limit) {
        // Swallowed: the previous unit's range grows to cover it.
        this.endList[this.endList.length - 1] = end;
        return;
      }
    } else {
      this.lastChar = unit;
      this.run = 1;
    }
    for (let k = 0; k < unit.length; k++) {
      this.chars.push(unit[k]!);
      this.startList.push(start);
      this.endList.push(end);
    }
  }

  /** Resets run tracking (after a removed character the next one starts a fresh run). */
  result(original: string): NormalizedText {
    return {
      text: this.chars.join(''),
      original,
      starts: Uint32Array.from(this.startList),
      ends: Uint32Array.from(this.endList),
    };
  }
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
  const builder = new Builder(options.maxRun ?? 2, options.maxRunArabic ?? 1, options.collapseWhitespace ?? true);
  const length = text.length;
  let i = 0;
  while (i < length) {
    const code = text.codePointAt(i)!;
    let j = i + (code > 0xffff ? 2 : 1);
    while (j < length && isCombining(text.charCodeAt(j))) j++;
    if (j === i + (code > 0xffff ? 2 : 1) && nfkcStable(code)) {
      const ch = code > 0xffff ? text.slice(i, j) : text[i]!;
      const folded = foldCodePoint(ch, code);
      for (const out of folded) builder.emit(out, i, j);
    } else {
      const chunk = text.slice(i, j).normalize('NFKC');
      for (const part of chunk) {
        const folded = foldCodePoint(part, part.codePointAt(0)!);
        for (const out of folded) builder.emit(out, i, j);
      }
    }
    i = j;
  }
  return builder.result(text);
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
