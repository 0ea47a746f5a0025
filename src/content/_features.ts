/**
 * Hashed features of a classified text, shared by the model's inference and its training: the words of the
 * folded word buffer, word pairs, character 4-grams inside words, and the concepts
 * the lexicon found (channels included: `link-shortener`, `phone-premium` …). Digits are hashed as `0`, so
 * `0791234567` and `0799876543` are one feature, the shape of a mobile number.
 *
 * Each feature is a bucket in `[0, 2^bits)`, with the units range it came from (for explanations).
 */
import type { ScannedText } from '../text/scan.js';
import type { Occurrences } from './_occurrences.js';

export const FEATURE_BITS = 16;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const SEED_WORD = 0x9e3779b1;
const SEED_PAIR = 0x85ebca77;
const SEED_CHAR = 0xc2b2ae3d;
const SEED_CONCEPT = 0x27d4eb2f;
const CHAR_GRAM = 4;
/** At most this many features per text (a 100 KB body is read in its first part only). */
export const MAX_FEATURES = 4_096;

function unitOf(unit: number): number {
  return unit >= 0x30 && unit <= 0x39 ? 0x30 : unit;
}

/**
 * The buckets that carry a weight in some part of a model, as a bitset (8 KB for 16 bits: the test stays in the
 * first-level cache where a model's row starts would not), and for each 32-bucket word the number of live
 * buckets before it, so that a live bucket's rank (its index among the live ones) is one popcount away.
 */
export interface LiveBuckets {
  bits: Uint32Array;
  rankBefore: Int32Array;
  count: number;
}

/** Set bits of a 32-bit word. */
export function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  v = (v + (v >>> 4)) & 0x0f0f0f0f;
  return Math.imul(v, 0x01010101) >>> 24;
}

/** Features of one text: buckets, and for each the original span. Reused between calls. */
export class FeatureBuffer {
  readonly bucket = new Int32Array(MAX_FEATURES);
  readonly start = new Int32Array(MAX_FEATURES);
  readonly end = new Int32Array(MAX_FEATURES);
  /** With live buckets, each feature's bucket rank among them (the dense row it reads), found once per feature. */
  readonly rank = new Int32Array(MAX_FEATURES);
  size = 0;
  private readonly mask: number;

  constructor(bits = FEATURE_BITS) {
    this.mask = (1 << bits) - 1;
  }

  /** The hash of each concept of the last concept list seen (one list per compiled classifier): no map lookup. */
  private hashesOf: readonly string[] | null = null;
  private hashes = new Int32Array(0);

  private conceptHashes(concepts: readonly string[]): Int32Array {
    if (this.hashesOf !== concepts || this.hashes.length !== concepts.length) {
      this.hashes = Int32Array.from(concepts, conceptHash);
      this.hashesOf = concepts;
    }
    return this.hashes;
  }

  /** When set, only features whose bucket is live are kept. */
  private live: LiveBuckets | null = null;

  private push(hash: number, start: number, end: number): void {
    const bucket = (hash ^ (hash >>> 15)) & this.mask;
    const live = this.live;
    if (this.size === MAX_FEATURES) return;
    let rank = -1;
    if (live !== null) {
      const word = live.bits[bucket >>> 5]!;
      if (((word >>> (bucket & 31)) & 1) === 0) return;
      rank = live.rankBefore[bucket >>> 5]! + popcount(word & ((1 << (bucket & 31)) - 1));
    }
    const k = this.size++;
    this.bucket[k] = bucket;
    this.rank[k] = rank;
    this.start[k] = start;
    this.end[k] = end;
  }

  /**
   * Fills the buffer from a scanned text and its concept occurrences. With `live`, only the features whose
   * bucket it marks are kept: the same logits, fewer features to add up and explain.
   */
  fill(scanned: ScannedText, occurrences: Occurrences, concepts: readonly string[], live?: LiveBuckets): void {
    this.size = 0;
    this.live = live ?? null;
    const { units, starts, ends } = scanned;
    let previous = 0;
    for (let t = 0; t < scanned.tokenCount && this.size < MAX_FEATURES; t++) {
      const from = scanned.tokenStarts[t]!;
      const to = scanned.tokenEnds[t]!;
      let hash = FNV_OFFSET ^ SEED_WORD;
      for (let i = from; i < to; i++) hash = Math.imul(hash ^ unitOf(units[i]!), FNV_PRIME);
      this.push(hash, starts[from]!, ends[to - 1]!);
      if (t > 0) {
        const pair = Math.imul(Math.imul(previous ^ SEED_PAIR, FNV_PRIME) ^ hash, FNV_PRIME);
        this.push(pair, starts[scanned.tokenStarts[t - 1]!]!, ends[to - 1]!);
      }
      previous = hash;
    }
    // Character 4-grams inside words: endings, stems and obfuscated spellings (grams across a space added little
    // but cost half the model's time).
    for (let t = 0; t < scanned.tokenCount && this.size < MAX_FEATURES; t++) {
      const to = scanned.tokenEnds[t]!;
      const from = scanned.tokenStarts[t]!;
      if (to - from <= CHAR_GRAM) continue; // a word of four units is its own (word) feature
      // The gram's four units slide along the word, so each unit is read and folded once (the hash is the same FNV).
      let a = 0;
      let b = unitOf(units[from]!);
      let c = unitOf(units[from + 1]!);
      let d = unitOf(units[from + 2]!);
      for (let i = from; i + CHAR_GRAM <= to; i++) {
        a = b;
        b = c;
        c = d;
        d = unitOf(units[i + 3]!);
        let hash = Math.imul(FNV_OFFSET ^ SEED_CHAR ^ a, FNV_PRIME);
        hash = Math.imul(hash ^ b, FNV_PRIME);
        hash = Math.imul(hash ^ c, FNV_PRIME);
        hash = Math.imul(hash ^ d, FNV_PRIME);
        this.push(hash, starts[i]!, ends[i + CHAR_GRAM - 1]!);
      }
    }
    for (let k = 0; k < occurrences.size && this.size < MAX_FEATURES; k++) {
      const concept = occurrences.concept[k]!;
      if (concept < 0) continue;
      this.push(this.conceptHashes(concepts)[concept]!, occurrences.start[k]!, occurrences.end[k]!);
    }
  }
}

/** The buckets some row-start array gives a weight (`rowStart[b] < rowStart[b + 1]`), in any part. */
export function liveBuckets(bits: number, rowStarts: readonly Int32Array[]): LiveBuckets {
  const size = 1 << bits;
  const words = Math.ceil(size / 32);
  const live: LiveBuckets = { bits: new Uint32Array(words), rankBefore: new Int32Array(words), count: 0 };
  for (let b = 0; b < size; b++) {
    if (b % 32 === 0) live.rankBefore[b >>> 5] = live.count;
    if (rowStarts.some((rowStart) => rowStart[b + 1]! > rowStart[b]!)) {
      live.bits[b >>> 5]! |= 1 << (b & 31);
      live.count++;
    }
  }
  return live;
}

const conceptHashes = new Map<string, number>();

function conceptHash(id: string): number {
  let hash = conceptHashes.get(id);
  if (hash === undefined) {
    hash = FNV_OFFSET ^ SEED_CONCEPT;
    for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), FNV_PRIME);
    conceptHashes.set(id, hash);
  }
  return hash;
}
