import { describe, expect, it } from 'vitest';
import { memoizeByString } from '../../src/core/_memo.js';

describe('memoizeByString', () => {
  it('computes each key once while it stays in the cache', () => {
    const calls: string[] = [];
    const upper = memoizeByString((key) => {
      calls.push(key);
      return key.toUpperCase();
    }, 2);
    expect([upper('a'), upper('a'), upper('b'), upper('a')]).toEqual(['A', 'A', 'B', 'A']);
    expect(calls).toEqual(['a', 'b']);
  });

  it('evicts the oldest key when full', () => {
    const calls: string[] = [];
    const id = memoizeByString((key) => {
      calls.push(key);
      return key;
    }, 2);
    id('a');
    id('b');
    id('a'); // a hit: no work, no reordering
    id('c'); // evicts a, the oldest
    id('b');
    id('a');
    expect(calls).toEqual(['a', 'b', 'c', 'a']);
  });

  it('caches falsy values too', () => {
    let calls = 0;
    const empty = memoizeByString(() => {
      calls++;
      return '';
    }, 4);
    empty('x');
    empty('x');
    expect(calls).toBe(1);
  });
});
