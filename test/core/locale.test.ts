import { describe, expect, it } from 'vitest';
import { messageIds, resolveMessage } from '../../src/index.js';

describe('locales', () => {
  it('every message id exists in English and Arabic', () => {
    expect(messageIds('ar').sort()).toEqual(messageIds('en').sort());
  });

  it('every Arabic message is in Arabic script and every English one is not', () => {
    const params = new Proxy({}, { get: () => '7' }) as Record<string, string>;
    for (const id of messageIds('en')) {
      expect(resolveMessage('en', id, params), id).not.toMatch(/[\u0600-\u06FF]{3}/);
      expect(resolveMessage('ar', id, params), id).toMatch(/[\u0600-\u06FF]/);
    }
  });

  it('falls back to the id and params for an unknown message', () => {
    expect(resolveMessage('ar', 'nope.missing', { a: 1 })).toBe('nope.missing (a=1)');
  });
});
