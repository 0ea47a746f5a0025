import { describe, expect, it } from 'vitest';
import { messageIds, resolveMessage } from '../../src/locales/catalog.js';

describe('locales', () => {
  it('every message id exists in English and Arabic', () => {
    expect(messageIds('ar').sort()).toEqual(messageIds('en').sort());
  });

  it('every Arabic message is in Arabic script and every English one is not', () => {
    const params = new Proxy({}, { get: () => '7' }) as Record<string, string>;
    for (const id of messageIds('en')) {
      // English texts may quote an Arabic example, but are mostly Latin.
      const en = resolveMessage('en', id, params);
      const arabic = en.match(/[\u0600-\u06FF]/g)?.length ?? 0;
      const latin = en.match(/[A-Za-z]/g)?.length ?? 0;
      expect(latin, id).toBeGreaterThan(arabic);
      expect(resolveMessage('ar', id, params), id).toMatch(/[\u0600-\u06FF]/);
    }
  });

  it('falls back to the id and params for an unknown message', () => {
    expect(resolveMessage('ar', 'nope.missing', { a: 1 })).toBe('nope.missing (a=1)');
  });
});
