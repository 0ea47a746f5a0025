/**
 * The key table behind `MemoryRateStore`: one slot per key in parallel typed arrays (no object per key),
 * an LRU list threaded through the slots, and expiry buckets so expired keys are found without a scan.
 *
 * - **Slots.** A key's state is two numbers (`a`, `b`) and its expiry; sliding logs keep their times in
 *   `objects`. Freed slots are reused; the arrays grow by doubling up to `maxKeys`.
 * - **Index.** The key itself is not kept: an open-addressing table (linear probing, backward-shift
 *   deletion) finds the slot by a 64-bit hash of the algorithm and the key; each cell holds the hash's low
 *   half beside the slot, so a probe passes other keys without a cache miss on their slots. Holding no string per key keeps
 *   the heap flat (nothing for the garbage collector to trace or promote, however many keys are live). Two
 *   different keys share a state only if their 64-bit hashes collide: about 3 in 100 million for a
 *   million live keys.
 * - **LRU.** Every access moves the slot to the tail of a doubly linked list (`prev`/`next`), so the head is
 *   the key used longest ago. Eviction takes the head: O(1), and a hot key is never the one evicted.
 * - **Expiry buckets.** A slot is filed in the bucket of the second its state expires in (a list of
 *   slot and generation pairs), and the bucket numbers sit in a binary min-heap. A bucket whose second has
 *   passed is emptied in small steps: expired slots are freed; a slot written since (its expiry moved later)
 *   is filed again in its new bucket; an entry whose slot was evicted and reused is skipped (generation).
 *   Every filing is consumed once, so expiry costs O(1) amortised per write, whatever the number of keys.
 */

export const GCRA = 0;
export const FIXED = 1;
export const SLIDING = 2;
export type Algorithm = typeof GCRA | typeof FIXED | typeof SLIDING;

const BUCKET_MS = 1_000;
const NONE = -1;
const INITIAL_CAPACITY = 1_024;

/** One expiry bucket: `[slot, generation, slot, generation, …]`, consumed from `read`. */
interface Bucket {
  entries: number[];
  read: number;
}

let hashHigh = 0;

/**
 * A 64-bit hash of an algorithm and a key, in two 32-bit halves: the low half is returned, the high half is
 * left in `hashHigh`. Two multiplicative hashes over the UTF-16 units, each finished with murmur3's mixer.
 */
export function hashKey(kind: Algorithm, key: string): number {
  // The algorithm goes in first as a unit no UTF-16 code unit can equal, so ('fixed', 'f') and
  // ('gcra', 'g') cannot meet; the two halves mix differently (FNV-1a, and a multiply-xorshift).
  const prefix = 0x10000 + kind;
  let h1 = Math.imul(0x811c9dc5 ^ prefix, 0x01000193);
  let h2 = Math.imul(0x9747b28c ^ prefix, 0x5bd1e995);
  h2 ^= h2 >>> 13;
  for (let i = 0; i < key.length; i++) {
    const unit = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ unit, 0x01000193);
    h2 = Math.imul(h2 ^ unit, 0x5bd1e995);
    h2 ^= h2 >>> 13;
  }
  hashHigh = mix(h2 ^ key.length);
  return mix(h1);
}

/** The high half of the last `hashKey`. */
export function lastHashHigh(): number {
  return hashHigh;
}

function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export class KeyTable {
  readonly maxKeys: number;
  /** Per slot: two state numbers, the instant it expires, its algorithm. */
  algorithm = new Uint8Array(0);
  a = new Float64Array(0);
  b = new Float64Array(0);
  expires = new Float64Array(0);
  objects: unknown[] = [];
  #low = new Uint32Array(0);
  #high = new Uint32Array(0);
  #generation = new Uint32Array(0);
  #prev = new Int32Array(0);
  #next = new Int32Array(0);
  /** Open addressing, two words per cell: the key hash's low half, then slot + 1 (0 when the cell is empty). */
  #cells = new Int32Array(0);
  #mask = 0;
  #head = NONE;
  #tail = NONE;
  #free: number[] = [];
  #used = 0;
  #size = 0;
  #buckets = new Map<number, Bucket>();
  #heap: number[] = [];
  /** Filings not yet consumed, stale ones (of evicted or re-filed slots) included. */
  #filings = 0;
  evictions = 0;

  constructor(maxKeys: number) {
    this.maxKeys = maxKeys;
    this.clear();
  }

  get size(): number {
    return this.#size;
  }

  clear(): void {
    this.objects = [];
    this.#free = [];
    this.#used = 0;
    this.#size = 0;
    this.#head = this.#tail = NONE;
    this.#buckets.clear();
    this.#heap = [];
    this.#filings = 0;
    this.algorithm = new Uint8Array(0);
    this.#grow(Math.min(this.maxKeys, INITIAL_CAPACITY));
  }

  /** The slot of a hashed key, moved to the most recently used end; -1 when absent. */
  touch(low: number, high: number): number {
    const slot = this.#find(low, high);
    if (slot !== NONE && this.#tail !== slot) {
      this.#unlink(slot);
      this.#append(slot);
    }
    return slot;
  }

  /** True when `slot` still holds the hashed key (it may have been swept and reused since it was read). */
  holds(slot: number, low: number, high: number): boolean {
    return slot >= 0 && slot < this.#used && this.#low[slot] === low && this.#high[slot] === high && this.#live(slot);
  }

  /** A slot for a new key (room is made first: expired keys, then the least recently used). */
  insert(low: number, high: number, kind: Algorithm, nowMs: number): number {
    this.sweep(nowMs, 4);
    if (this.#size >= this.maxKeys) this.#makeRoom(nowMs);
    let slot = this.#free.pop();
    if (slot === undefined) {
      if (this.#used === this.algorithm.length) this.#grow(Math.min(this.maxKeys, this.algorithm.length * 2));
      slot = this.#used++;
    }
    this.#low[slot] = low;
    this.#high[slot] = high;
    this.algorithm[slot] = kind;
    this.expires[slot] = Number.NEGATIVE_INFINITY;
    this.#place(slot);
    this.#size++;
    this.#append(slot);
    return slot;
  }

  /** Sets a slot's expiry; a slot is (re)filed only when it moves to an earlier bucket or has none yet. */
  setExpiry(slot: number, expiresAt: number): void {
    const before = this.expires[slot]!;
    this.expires[slot] = expiresAt;
    // A later expiry keeps the old filing: when that bucket comes due the slot is filed again, once.
    if (before !== Number.NEGATIVE_INFINITY && bucketOf(expiresAt) >= bucketOf(before)) return;
    this.#file(slot, expiresAt);
  }

  /** Frees up to `budget` filings of buckets whose second has passed. */
  sweep(nowMs: number, budget: number): void {
    const due = bucketOf(nowMs);
    while (budget > 0 && this.#heap.length > 0 && this.#heap[0]! < due) {
      const number = this.#heap[0]!;
      const bucket = this.#buckets.get(number)!;
      while (budget > 0 && bucket.read < bucket.entries.length) {
        const slot = bucket.entries[bucket.read]!;
        const generation = bucket.entries[bucket.read + 1]!;
        bucket.read += 2;
        budget--;
        this.#filings--;
        if (this.#generation[slot] !== generation || !this.#live(slot)) continue;
        const expiresAt = this.expires[slot]!;
        if (expiresAt <= nowMs) this.remove(slot);
        else this.#file(slot, expiresAt);
      }
      if (bucket.read >= bucket.entries.length) {
        this.#buckets.delete(number);
        heapPop(this.#heap);
      }
    }
  }

  /** Forgets a slot (its filings become stale through the generation). */
  remove(slot: number): void {
    this.#unplace(slot);
    this.objects[slot] = undefined;
    this.#generation[slot] = (this.#generation[slot]! + 1) >>> 0;
    this.#unlink(slot);
    this.#prev[slot] = this.#next[slot] = -2; // marks the slot free
    this.#free.push(slot);
    this.#size--;
  }

  #live(slot: number): boolean {
    return this.#next[slot] !== -2;
  }

  #makeRoom(nowMs: number): void {
    this.sweep(nowMs, 256);
    while (this.#size >= this.maxKeys && this.#head !== NONE) {
      const oldest = this.#head;
      if (this.expires[oldest]! > nowMs) this.evictions++;
      this.remove(oldest);
    }
  }

  #find(low: number, high: number): number {
    const cells = this.#cells;
    const mask = this.#mask;
    const lowWord = low | 0;
    for (let i = low & mask; ; i = (i + 1) & mask) {
      const cell = cells[2 * i + 1]!;
      if (cell === 0) return NONE;
      // The low half sits in the cell: other keys on the probe path are passed without reading their slots.
      if (cells[2 * i] === lowWord && this.#high[cell - 1] === high) return cell - 1;
    }
  }

  #place(slot: number): void {
    const cells = this.#cells;
    const mask = this.#mask;
    const low = this.#low[slot]!;
    let i = low & mask;
    while (cells[2 * i + 1] !== 0) i = (i + 1) & mask;
    cells[2 * i] = low;
    cells[2 * i + 1] = slot + 1;
  }

  /** Backward-shift deletion: entries after the hole move up when their home allows, so no tombstones. */
  #unplace(slot: number): void {
    const cells = this.#cells;
    const mask = this.#mask;
    let hole = this.#low[slot]! & mask;
    while (cells[2 * hole + 1] !== slot + 1) hole = (hole + 1) & mask;
    for (let i = (hole + 1) & mask; cells[2 * i + 1] !== 0; i = (i + 1) & mask) {
      const home = cells[2 * i]! & mask;
      // Move the entry into the hole unless its home lies in (hole, i] (cyclically).
      const distanceToEntry = (i - home) & mask;
      const distanceToHole = (i - hole) & mask;
      if (distanceToEntry >= distanceToHole) {
        cells[2 * hole] = cells[2 * i]!;
        cells[2 * hole + 1] = cells[2 * i + 1]!;
        hole = i;
      }
    }
    cells[2 * hole] = 0;
    cells[2 * hole + 1] = 0;
  }

  #file(slot: number, expiresAt: number): void {
    // Evictions leave stale filings in buckets that may come due only much later (a day-long window): when
    // they outnumber the live keys, file every live slot afresh. O(live keys), after at least that many
    // evictions, so still O(1) amortised, and the buckets never hold more than a few filings per key.
    if (++this.#filings > 3 * this.#size + 4_096) this.#refileAll();
    this.#fileIn(slot, expiresAt);
  }

  /** Files `slot` in the bucket of its expiry. */
  #fileIn(slot: number, expiresAt: number): void {
    const number = bucketOf(expiresAt);
    let bucket = this.#buckets.get(number);
    if (!bucket) {
      bucket = { entries: [], read: 0 };
      this.#buckets.set(number, bucket);
      heapPush(this.#heap, number);
    }
    bucket.entries.push(slot, this.#generation[slot]!);
  }

  #refileAll(): void {
    this.#buckets.clear();
    this.#heap = [];
    this.#filings = 1; // the filing being made
    for (let slot = 0; slot < this.#used; slot++) {
      if (!this.#live(slot) || this.expires[slot] === Number.NEGATIVE_INFINITY) continue;
      this.#filings++;
      this.#fileIn(slot, this.expires[slot]!);
    }
  }

  #append(slot: number): void {
    this.#prev[slot] = this.#tail;
    this.#next[slot] = NONE;
    if (this.#tail === NONE) this.#head = slot;
    else this.#next[this.#tail] = slot;
    this.#tail = slot;
  }

  #unlink(slot: number): void {
    const before = this.#prev[slot]!;
    const after = this.#next[slot]!;
    if (before === NONE) this.#head = after;
    else this.#next[before] = after;
    if (after === NONE) this.#tail = before;
    else this.#prev[after] = before;
  }

  #grow(capacity: number): void {
    const copy = <T extends Float64Array | Int32Array | Uint32Array | Uint8Array>(old: T, make: (n: number) => T) => {
      const next = make(capacity);
      next.set(old.subarray(0, Math.min(old.length, capacity)));
      return next;
    };
    const fresh = this.algorithm.length === 0;
    this.algorithm = copy(this.algorithm, (n) => new Uint8Array(n));
    this.a = copy(fresh ? new Float64Array(0) : this.a, (n) => new Float64Array(n));
    this.b = copy(fresh ? new Float64Array(0) : this.b, (n) => new Float64Array(n));
    this.expires = copy(fresh ? new Float64Array(0) : this.expires, (n) => new Float64Array(n));
    this.#low = copy(fresh ? new Uint32Array(0) : this.#low, (n) => new Uint32Array(n));
    this.#high = copy(fresh ? new Uint32Array(0) : this.#high, (n) => new Uint32Array(n));
    this.#generation = copy(fresh ? new Uint32Array(0) : this.#generation, (n) => new Uint32Array(n));
    this.#prev = copy(fresh ? new Int32Array(0) : this.#prev, (n) => new Int32Array(n));
    this.#next = copy(fresh ? new Int32Array(0) : this.#next, (n) => new Int32Array(n));
    // The index keeps at most half its cells full.
    let cells = 1 << 4;
    while (cells < capacity * 2) cells <<= 1;
    if (fresh || cells * 2 !== this.#cells.length) {
      this.#cells = new Int32Array(cells * 2);
      this.#mask = cells - 1;
      for (let slot = 0; slot < this.#used; slot++) if (this.#live(slot)) this.#place(slot);
    }
  }
}

function bucketOf(ms: number): number {
  return Math.floor(ms / BUCKET_MS);
}

function heapPush(heap: number[], value: number): void {
  let i = heap.length;
  heap.push(value);
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (heap[parent]! <= value) break;
    heap[i] = heap[parent]!;
    i = parent;
  }
  heap[i] = value;
}

function heapPop(heap: number[]): void {
  const last = heap.pop()!;
  if (heap.length === 0) return;
  let i = 0;
  const n = heap.length;
  for (;;) {
    const left = 2 * i + 1;
    if (left >= n) break;
    const right = left + 1;
    const child = right < n && heap[right]! < heap[left]! ? right : left;
    if (heap[child]! >= last) break;
    heap[i] = heap[child]!;
    i = child;
  }
  heap[i] = last;
}
