/**
 * Content fingerprints: what stays the same when one template is sent to many people.
 *
 * The text is normalised (src/text `normalize`: NFKC, Arabic folds, digits to ASCII, lowercase, runs
 * collapsed), split into words, and the parts that vary per recipient are masked: links → `#url`, digit
 * runs → `#n`, and the word after a greeting or vocative (`dear`, `hi`, `يا`, `عزيزي`, `ya` ...) → `#name`.
 * The masked words give an exact hash; their unigrams and bigrams give a 32-value MinHash signature cut
 * into 8 LSH bands of 4 rows (one-permutation MinHash, see `sketch`). Two texts whose feature sets have Jaccard similarity s share at least one
 * band with probability 1 − (1 − s⁴)⁸: 0.9993 at s = 0.88 (one word of 25 changed), 0.06 at s = 0.3,
 * about 1e-5 at s = 0.05 (different templates).
 */
import { normalizeUnits } from '../text/normalize.js';
import { combine32, hashString, hex32, mix32 } from './_hash.js';

export const MINHASH_BANDS = 8;
export const MINHASH_ROWS = 4;
const SIGNATURE = MINHASH_BANDS * MINHASH_ROWS;

const EMPTY = 0xffffffff;

/** Words that announce a name: the next word is masked. Normalised forms (lowercase, Arabic folded). */
const VOCATIVES = new Set([
  'dear',
  'hi',
  'hello',
  'hey',
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'ya',
  'hala',
  'marhaba',
  'ahlan',
  'يا',
  'عزيزي',
  'عزيزتي',
  'مرحبا',
  'اهلا',
  'السيد',
  'السيده',
  'الاستاذ',
  'الاستاذه',
  'اخي',
  'اختي',
]);

const TLD = /^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,12}(?:[/?#:]\S*)?$/;

export interface ContentFingerprint {
  /** Hash of the masked text (16 hex digits): equal for texts that differ only in masked parts. */
  exact: string;
  /** One key per LSH band (`b<band>:<hash>`); empty when the text has no words. */
  bands: string[];
  /** The MinHash signature (32 values), for `estimateSimilarity`. */
  signature: Uint32Array;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const HASH_N = hashString('#n');
const HASH_URL = hashString('#url');
const HASH_NAME = hashString('#name');
const VOCATIVE_HASHES = new Set([...VOCATIVES].map((word) => hashString(word)));

// Tokenizer state: fingerprinting is synchronous, so one set per module is safe.
let hashes = new Uint32Array(256);
let count = 0;
let maskNext = false;
let strings: string[] | undefined;

function push(hash: number, word: string | undefined): void {
  if (count === hashes.length) {
    const grown = new Uint32Array(hashes.length * 2);
    grown.set(hashes);
    hashes = grown;
  }
  hashes[count++] = hash;
  if (strings) strings.push(word ?? '');
}

/** Adds one word; the word after a vocative is masked as `#name` (placeholders are never names). */
function emit(hash: number, placeholder: boolean, word: string | undefined): void {
  if (maskNext && !placeholder && !VOCATIVE_HASHES.has(hash)) {
    push(HASH_NAME, '#name');
    maskNext = false;
    return;
  }
  maskNext = !placeholder && VOCATIVE_HASHES.has(hash);
  push(hash, word);
}

function unitsToString(codes: Uint16Array, start: number, end: number): string {
  return String.fromCharCode.apply(null, codes.subarray(start, end) as unknown as number[]);
}

/**
 * One pass over the normalised text (its code units: no string is built for it): whitespace splits chunks;
 * a chunk that looks like a link is one `#url`; otherwise letter runs are words (hashed as they are read, no
 * substrings) and digit runs one `#n` each. Fills `hashes[0..count)`, and `strings` when asked.
 */
function tokenize(source: string, wantStrings: boolean): void {
  const { codes, length } = normalizeUnits(source);
  count = 0;
  maskNext = false;
  strings = wantStrings ? [] : undefined;
  let i = 0;
  while (i < length) {
    while (i < length && codes[i]! <= 0x20) i++;
    if (i >= length) break;
    const start = i;
    let linkish = false;
    while (i < length) {
      const code = codes[i]!;
      if (code <= 0x20) break;
      if (code === 0x2e || code === 0x3a) linkish = true; // '.' or ':'
      i++;
    }
    if (linkish) {
      const raw = unitsToString(codes, start, i);
      if (raw.includes('://') || raw.startsWith('www.') || (raw.includes('.') && TLD.test(raw))) {
        emit(HASH_URL, true, '#url');
        continue;
      }
    }
    let kind = 0; // 0 other, 1 letters, 2 digits
    let begin = start;
    let hash = FNV_OFFSET;
    let lastWasNumber = false;
    for (let j = start; j <= i; j++) {
      const code = j < i ? codes[j]! : 0;
      const next = code >= 48 && code <= 57 ? 2 : isLetter(code) ? 1 : 0;
      if (next === kind) {
        if (kind === 1) hash = Math.imul(hash ^ code, FNV_PRIME);
        continue;
      }
      if (kind === 1) {
        emit(mix32(hash), false, strings ? unitsToString(codes, begin, j) : undefined);
        lastWasNumber = false;
      } else if (kind === 2 && !lastWasNumber) {
        emit(HASH_N, true, '#n');
        lastWasNumber = true;
      }
      kind = next;
      begin = j;
      if (next === 1) hash = Math.imul(FNV_OFFSET ^ code, FNV_PRIME);
    }
  }
}

/**
 * The masked word list of a text (what fingerprints are built from).
 *
 * @example
 * maskedWords('Hi Sara, 20% off at https://acme.jo/x today'); // ['hi', '#name', '#n', 'off', 'at', '#url', 'today']
 */
export function maskedWords(text: string): string[] {
  tokenize(text, true);
  const words = strings ?? [];
  strings = undefined;
  return words;
}

/** Letters of the scripts SMS use; punctuation and symbols (incl. Arabic ، ؛ ؟ ٪) split words. */
function isLetter(code: number): boolean {
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  if (code >= 0x0600 && code <= 0x06ff) {
    return (code >= 0x0620 && code <= 0x064a) || (code >= 0x066e && code <= 0x06d3) || code >= 0x06fa;
  }
  if (code >= 0x2000 && code <= 0x2bff) return false; // general punctuation, symbols, arrows
  if (code >= 0x3000 && code <= 0x303f) return false; // CJK punctuation
  if (code >= 0xd800 && code <= 0xdfff) return false; // astral: emoji and pictographs
  return code >= 0xc0 && code !== 0xd7 && code !== 0xf7;
}

/**
 * Fingerprints a text for duplicate detection: an exact hash of the masked words and LSH band keys.
 *
 * @example
 * const a = contentFingerprint('Dear Ahmad, your code 1234 expires soon');
 * const b = contentFingerprint('Dear Lina, your code 9876 expires soon');
 * a.exact === b.exact; // true: only the name and the number changed
 */
export function contentFingerprint(text: string): ContentFingerprint {
  tokenize(text, false);
  let exactA = 0x811c9dc5;
  let exactB = 0x01000193;
  for (let i = 0; i < count; i++) {
    const h = hashes[i]!;
    exactA = combine32(exactA, h);
    exactB = combine32(h, exactB);
  }
  const signature = new Uint32Array(SIGNATURE);
  if (count === 0) return { exact: hex32(exactA) + hex32(exactB), bands: [], signature };
  sketch(hashes, count, signature);
  const bands: string[] = [];
  for (let band = 0; band < MINHASH_BANDS; band++) {
    let h = band + 1;
    for (let row = 0; row < MINHASH_ROWS; row++) h = combine32(h, signature[band * MINHASH_ROWS + row]!);
    bands.push(`b${band}:${hex32(h)}`);
  }
  return { exact: hex32(exactA) + hex32(exactB), bands, signature };
}

/**
 * One-permutation MinHash with densification: each feature's hash picks a bin (its top 5 bits) and
 * competes for that bin's minimum (its low 27 bits); an empty bin borrows from the bin its fixed probe
 * sequence reaches first, so two texts with the same occupied bins fill the gaps the same way.
 * One hash per feature instead of 32 keeps fingerprinting cheaper than normalising.
 */
function sketch(hashes: Uint32Array, count: number, signature: Uint32Array): void {
  signature.fill(EMPTY);
  for (let i = 0; i < count; i++) {
    consider(signature, hashes[i]!);
    if (i > 0) consider(signature, combine32(hashes[i - 1]!, hashes[i]!));
  }
  for (let bin = 0; bin < SIGNATURE; bin++) {
    if (signature[bin] !== EMPTY) continue;
    for (let attempt = 1; attempt < 256; attempt++) {
      const probe = mix32((bin << 8) | attempt) & (SIGNATURE - 1);
      const value = signature[probe]!;
      if (value < EMPTY) {
        signature[bin] = value | 0x8000000; // marks a borrowed value so it never equals an own one
        break;
      }
    }
  }
}

function consider(signature: Uint32Array, feature: number): void {
  const h = mix32(feature);
  const bin = h >>> 27;
  const value = h & 0x7ffffff;
  if (value < signature[bin]!) signature[bin] = value;
}

/**
 * Estimated Jaccard similarity of two texts' feature sets from their signatures (share of equal rows).
 *
 * @example
 * estimateSimilarity(contentFingerprint(a).signature, contentFingerprint(b).signature); // 0..1
 */
export function estimateSimilarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < SIGNATURE; i++) if (a[i] === b[i]) same++;
  return same / SIGNATURE;
}
