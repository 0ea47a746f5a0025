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
  χ: 'x',
  ω: 'w',
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
  const out: string[] = new Array(length);
  for (let i = 0; i < length; i++) {
    const ch = text[i]!;
    out[i] = HOMOGLYPHS[ch] ?? ch;
  }
  foldDigits(out);
  for (let i = 0; i < length; i++) {
    const ch = out[i]!;
    const leet = LEET[ch];
    if (leet === undefined || isDigit(ch.charCodeAt(0))) continue;
    const before = i > 0 ? out[i - 1]!.charCodeAt(0) : 0;
    const after = i + 1 < length ? out[i + 1]!.charCodeAt(0) : 0;
    // Symbols stand for a letter only with a letter after them (`free!` keeps its `!`).
    if (isLatin(after) || (isLatin(before) && (after === 0x31 || after === 0x30 || after === 0x33))) out[i] = leet;
  }
  foldDigits(out);
  return out.join('');
}

function foldDigits(out: string[]): void {
  const length = out.length;
  for (let i = 0; i < length; i++) {
    if (!isDigit(out[i]!.charCodeAt(0))) continue;
    let end = i;
    while (end < length && isDigit(out[end]!.charCodeAt(0))) end++;
    const before = i > 0 ? out[i - 1]!.charCodeAt(0) : 0;
    const after = end < length ? out[end]!.charCodeAt(0) : 0;
    const run = end - i;
    let allLeet = true;
    for (let k = i; k < end; k++) if (LEET[out[k]!] === undefined) allLeet = false;
    const fold =
      allLeet &&
      ((run <= 2 && isLatin(before) && isLatin(after)) || (run === 1 && (isLatin(before) || isLatin(after))));
    if (fold) for (let k = i; k < end; k++) out[k] = LEET[out[k]!]!;
    i = end - 1;
  }
}
