import { describe, expect, it } from 'vitest';
import { createMessageCatalog } from '../../src/core/locale.js';
import { createPolicy } from '../../src/core/policy.js';
import { defineRule } from '../../src/core/rule.js';

const message = { account: 'acme', senderId: 'Acme', to: '+962791234567', text: 'hello', kind: 'SRV' } as const;

describe('messages handed to the policy by its rules', () => {
  const rule = defineRule({
    id: 'acme/hello',
    messages: { en: { 'acme.hello': (p) => `Hello ${p.name}` }, ar: { 'acme.hello': (p) => `مرحبا ${p.name}` } },
    check: (_message, ctx) => [ctx.finding({ action: 'info', messageId: 'acme.hello', params: { name: 'Lina' } })],
  });

  it.each([
    ['en', 'Hello Lina'],
    ['ar', 'مرحبا Lina'],
  ] as const)('resolves a rule’s own message id in %s', async (locale, text) => {
    const decision = await createPolicy({ rules: [rule], locale }).check(message);
    expect(decision.findings[0]?.message).toBe(text);
  });

  it('falls back to English, then to the id with its params', () => {
    const catalog = createMessageCatalog([{ en: { 'a.b': () => 'A' } }]);
    expect(catalog.resolve('ar', 'a.b')).toBe('A');
    expect(catalog.resolve('ar', 'a.c', { n: 1 })).toBe('a.c (n=1)');
    expect(catalog.has('en', 'a.b')).toBe(true);
    expect(catalog.ids('ar')).toEqual([]);
  });

  it('keeps the messages off the rule metadata', () => {
    expect(Object.keys(rule.meta)).not.toContain('messages');
  });
});
