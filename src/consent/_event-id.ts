/**
 * Event ids: UUID version 7 (RFC 9562) — 48 bits of Unix milliseconds, then random bits. Time-ordered ids
 * land at the end of a store's unique index instead of at random places, which keeps bulk imports fast.
 */
import { randomFillSync } from 'node:crypto';

const POOL_SIZE = 16 * 256;
const pool = new Uint8Array(POOL_SIZE);
let offset = POOL_SIZE;
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** A new UUIDv7 string, e.g. `019a7b2e-1c4d-7f3a-9b1e-2d3c4b5a6978`. */
export function newEventId(now = Date.now()): string {
  if (offset + 10 > POOL_SIZE) {
    randomFillSync(pool);
    offset = 0;
  }
  const bytes = new Uint8Array(16);
  let ms = now;
  for (let i = 5; i >= 0; i--) {
    bytes[i] = ms % 256;
    ms = Math.floor(ms / 256);
  }
  bytes.set(pool.subarray(offset, offset + 10), 6);
  offset += 10;
  bytes[6] = (bytes[6]! & 0x0f) | 0x70;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  let out = '';
  for (let i = 0; i < 16; i++) {
    out += HEX[bytes[i]!]!;
    if (i === 3 || i === 5 || i === 7 || i === 9) out += '-';
  }
  return out;
}
