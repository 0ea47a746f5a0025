/** Small non-cryptographic hashes for fingerprints (FNV-1a over UTF-16 units, murmur3's finaliser). */

/** murmur3 fmix32: spreads every input bit over the output. */
export function mix32(h: number): number {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/** FNV-1a over a string's UTF-16 units, finalised with `mix32`. */
export function hashString(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return mix32(h);
}

/** Combines two 32-bit hashes (order matters). */
export function combine32(a: number, b: number): number {
  return mix32((Math.imul(a, 0x9e3779b1) ^ b) >>> 0);
}

const HEX_PAIRS = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** 8 lowercase hex digits (a table lookup: `toString(16)` + `padStart` was a sixth of fingerprinting). */
export function hex32(h: number): string {
  return HEX_PAIRS[h >>> 24]! + HEX_PAIRS[(h >>> 16) & 255]! + HEX_PAIRS[(h >>> 8) & 255]! + HEX_PAIRS[h & 255]!;
}
