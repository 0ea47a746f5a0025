/**
 * Folding of look-alike characters for matching Latin text: Cyrillic and Greek homoglyphs and "leet"
 * substitutions (`v1agra`, `c0caine`, `$ex`, `c@sino`). Every fold maps one UTF-16 unit to exactly one,
 * so the folded string has the same length and the same offsets as its input.
 *
 * Digits are folded only where they stand in for letters: a run of at most two digits with a Latin letter on
 * both sides, or a single digit touching a letter (`p0rn0`). Longer runs (`100mg`, `50jd`) and free-standing
 * numbers stay as they are. Arabizi uses digits as letters (`7abibi`), so callers keep an unfolded view for it.
 */

/** Cyrillic and Greek letters that render like Latin ones (lowercase; the input is expected lowercased). */
export const HOMOGLYPHS: Readonly<Record<string, string>> = {
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  ѕ: 's',
  і: 'i',
  ї: 'i',
  ј: 'j',
  ԁ: 'd',
  ӏ: 'l',
  ɡ: 'g',
  ı: 'i',
  α: 'a',
  β: 'b',
  ε: 'e',
  η: 'n',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  μ: 'u',
  χ: 'x',
  ω: 'w',
  ɑ: 'a',
  ℓ: 'l',
};

/** Leet substitutions; digits among them follow the run rules above, symbols need an adjacent letter. */
export const LEET: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
  '!': 'i',
  '|': 'l',
  '€': 'e',
};

const HOMOGLYPH_CODES = new Map<number, number>(
  Object.entries(HOMOGLYPHS).map(([from, to]) => [from.charCodeAt(0), to.charCodeAt(0)]),
);
const LEET_CODES = new Map<number, number>(
  Object.entries(LEET).map(([from, to]) => [from.charCodeAt(0), to.charCodeAt(0)]),
);
const BANG = 0x21;
const PIPE = 0x7c;

function isLatin(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/**
 * Folds homoglyphs and leet substitutions in lowercased text, keeping its length.
 *
 * @example
 * foldConfusables('v1agra с0caine $ex 100mg'); // 'viagra cocaine sex 100mg'
 */
export function foldConfusables(text: string): string {
  const length = text.length;
  const out = new Uint16Array(length);
  let changed = false;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    const folded = code >= 0x80 ? HOMOGLYPH_CODES.get(code) : undefined;
    out[i] = folded ?? code;
    if (folded !== undefined) changed = true;
  }
  if (foldDigits(out)) changed = true;
  for (let i = 0; i < length; i++) {
    const code = out[i]!;
    if (isDigit(code)) continue;
    const leet = LEET_CODES.get(code);
    if (leet === undefined) continue;
    const before = i > 0 ? out[i - 1]! : 0;
    const after = i + 1 < length ? out[i + 1]! : 0;
    // Symbols stand for a letter only with a letter after them (`free!` keeps its `!`).
    if (isLatin(after) || (code !== BANG && code !== PIPE && isLatin(before) && isDigit(after))) {
      out[i] = leet;
      changed = true;
    }
  }
  if (foldDigits(out)) changed = true;
  if (!changed) return text;
  let result = '';
  for (let i = 0; i < length; i += 8_192) result += String.fromCharCode(...out.subarray(i, i + 8_192));
  return result;
}

function foldDigits(out: Uint16Array): boolean {
  const length = out.length;
  let changed = false;
  for (let i = 0; i < length; i++) {
    if (!isDigit(out[i]!)) continue;
    let end = i;
    let allLeet = true;
    while (end < length && isDigit(out[end]!)) {
      if (!LEET_CODES.has(out[end]!)) allLeet = false;
      end++;
    }
    const before = i > 0 ? out[i - 1]! : 0;
    const after = end < length ? out[end]! : 0;
    const run = end - i;
    const fold =
      allLeet &&
      ((run <= 2 && isLatin(before) && isLatin(after)) || (run === 1 && (isLatin(before) || isLatin(after))));
    if (fold) {
      for (let k = i; k < end; k++) out[k] = LEET_CODES.get(out[k]!)!;
      changed = true;
    }
    i = end - 1;
  }
  return changed;
}
