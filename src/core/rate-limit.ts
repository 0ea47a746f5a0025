/**
 * The rate-limit contract beside the port: validation of the limits a store is asked to consume, and their storage
 * keys, shared by every store (the flood pack's memory store, the Redis adapter, a user's own).
 */
import { createHash } from 'node:crypto';
import { makeIssue } from './_issues.js';
import { PolicyInputError } from './errors.js';
import type { RateLimit } from './ports.js';
import { isValidTimeZone } from './time-zone.js';

/**
 * A `RateLimit` with an optional extension (the flood pack's distinct-accounts rule uses it). `member` (sliding logs only) makes the limit
 * count DISTINCT members instead of events: a member already in the window passes and refreshes its time.
 * A store that ignores `member` counts events, which is stricter, never looser.
 */
export interface MemberRateLimit extends RateLimit {
  member?: string;
}

/** Longest sliding log a store keeps per key; larger limits should use GCRA or fixed windows. */
export const MAX_SLIDING_LIMIT = 10_000;
const MAX_WINDOW_MS = 366 * 86_400_000;
const ALGORITHMS = new Set(['gcra', 'fixed', 'sliding']);
const validZones = new Set<string>();

/** Throws `PolicyInputError` naming the first bad field of each bad limit. Cheap enough for the hot path. */
export function assertLimits(limits: readonly MemberRateLimit[]): void {
  if (!Array.isArray(limits)) {
    throw new PolicyInputError([makeIssue(['limits'], 'invalid_type', { expected: 'array', received: typeof limits })]);
  }
  const issues = [];
  for (let i = 0; i < limits.length; i++) {
    const limit = limits[i];
    if (!limit || typeof limit !== 'object') {
      issues.push(makeIssue(['limits', i], 'invalid_type', { expected: 'RateLimit', received: typeof limit }));
      continue;
    }
    // Any length: `storageKey` keeps what is stored short. A refused key would make the policy fall back to its
    // onError action, which with 'allow' switches the limit off.
    if (typeof limit.key !== 'string' || limit.key.length === 0) {
      issues.push(makeIssue(['limits', i, 'key'], 'invalid_value', {}, 'must be a non-empty string'));
    }
    const algorithm = limit.algorithm ?? 'gcra';
    if (!ALGORITHMS.has(algorithm)) {
      issues.push(makeIssue(['limits', i, 'algorithm'], 'invalid_value', { allowed: 'gcra, fixed, sliding' }));
    }
    const max = algorithm === 'sliding' ? MAX_SLIDING_LIMIT : 1e9;
    if (!Number.isInteger(limit.limit) || limit.limit < 1 || limit.limit > max) {
      issues.push(makeIssue(['limits', i, 'limit'], 'invalid_value', {}, `must be an integer from 1 to ${max}`));
    }
    if (!Number.isInteger(limit.windowMs) || limit.windowMs < 1 || limit.windowMs > MAX_WINDOW_MS) {
      issues.push(
        makeIssue(['limits', i, 'windowMs'], 'invalid_value', {}, `must be an integer from 1 to ${MAX_WINDOW_MS}`),
      );
    }
    if (limit.burst !== undefined && (!Number.isInteger(limit.burst) || limit.burst < 0 || limit.burst > 1e9)) {
      issues.push(makeIssue(['limits', i, 'burst'], 'invalid_value', {}, 'must be a non-negative integer'));
    }
    if (limit.timeZone !== undefined && !validZones.has(limit.timeZone)) {
      if (typeof limit.timeZone === 'string' && isValidTimeZone(limit.timeZone)) validZones.add(limit.timeZone);
      else issues.push(makeIssue(['limits', i, 'timeZone'], 'invalid_value', {}, 'must be an IANA time zone'));
    }
    if (limit.member !== undefined && (typeof limit.member !== 'string' || algorithm !== 'sliding')) {
      issues.push(makeIssue(['limits', i, 'member'], 'invalid_value', {}, 'must be a string, on sliding limits only'));
    }
  }
  if (issues.length > 0) throw new PolicyInputError(issues, 'Invalid rate limits');
}

/** Keys up to this many UTF-16 units are stored as they are. */
export const MAX_PLAIN_KEY = 200;
const KEPT_PREFIX = 64;
// An unpaired surrogate has no UTF-8 form: Redis (and any UTF-8 store) would receive U+FFFD, merging keys.
const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * The key a store keeps for a limit key: the key itself when it is short and well-formed, else its first 64
 * units (for people reading the store, with unpaired surrogates replaced) and `#` with the SHA-256 of its UTF-16
 * units. Two different keys stay two keys; no key is too long to store, so no field value can switch a limit off.
 */
export function storageKey(key: string): string {
  if (key.length <= MAX_PLAIN_KEY && !UNPAIRED_SURROGATE.test(key)) return key;
  const digest = createHash('sha256').update(Buffer.from(key, 'utf16le')).digest('base64url');
  let prefix = key.slice(0, KEPT_PREFIX);
  if (/[\uD800-\uDBFF]$/.test(prefix)) prefix = prefix.slice(0, -1);
  return `${prefix.replace(new RegExp(UNPAIRED_SURROGATE.source, 'g'), '\uFFFD')}#${digest}`;
}
