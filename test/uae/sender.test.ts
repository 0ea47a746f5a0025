/** UAE sender IDs: registered list, the exact AD- prefix, length and characters. */
import { describe, expect, it } from 'vitest';
import { createPolicy } from '../../src/core/policy.js';
import { advSenderPrefix, senderIdFormat, senderRegistered } from '../../src/uae/index.js';
import type { Rule } from '../../src/core/types.js';

const lint = (rule: Rule, senderId: string, kind: 'ADV' | 'SRV' | 'AWR' | 'ALR' = 'ADV') =>
  createPolicy({ rules: [rule] }).lint({ senderId, kind, text: 'Hello' });

describe('uae/adv-sender-prefix', () => {
  it.each([
    ['AD-Acme', 'ADV', null],
    ['AD-ACME', 'ADV', null],
    ['Acme', 'ADV', 'uae.adv-sender-prefix-missing'],
    ['Advance', 'ADV', 'uae.adv-sender-prefix-missing'],
    ['AD Acme', 'ADV', 'uae.adv-sender-prefix-form'],
    ['AD_Acme', 'ADV', 'uae.adv-sender-prefix-form'],
    ['ad-acme', 'ADV', 'uae.adv-sender-prefix-form'],
    ['ADAcme', 'ADV', 'uae.adv-sender-prefix-missing'],
    ['adAcme', 'ADV', 'uae.adv-sender-prefix-form'],
    ['Acme-AD', 'ADV', 'uae.adv-sender-prefix-missing'],
    ['AD-Acme', 'SRV', 'uae.adv-sender-prefix-misused'],
    ['AD-Acme', 'ALR', 'uae.adv-sender-prefix-misused'],
    ['ad acme', 'SRV', null],
    ['Acme', 'SRV', null],
  ] as const)('%s on %s → %s', (senderId, kind, messageId) => {
    const findings = lint(advSenderPrefix(), senderId, kind).findings;
    expect(findings.map((f) => f.messageId)).toEqual(messageId ? [messageId] : []);
    if (messageId) {
      expect(findings[0]!.action).toBe('deny');
      expect(findings[0]!.source).toBe('AE-SND-02');
    }
  });

  it('names the fix in Arabic too', () => {
    const decision = createPolicy({ rules: [advSenderPrefix()], locale: 'ar' }).lint({
      senderId: 'AD Acme',
      kind: 'ADV',
      text: 'مرحبا',
    });
    expect(decision.findings[0]!.message).toContain('AD-');
    expect(decision.findings[0]!.message).toMatch(/[\u0600-\u06FF]/);
  });
});

describe('uae/sender-id-format', () => {
  it.each([
    ['AD-Acme', []],
    ['AD-AcmeStor', []],
    ['AD-AcmeStore', ['uae.sender-id-too-long']],
    ['AD-Acmé', ['uae.sender-id-characters']],
    ['AD-Acme🙂', ['uae.sender-id-characters']],
    ['AD-متجر', ['uae.sender-id-characters']],
  ] as const)('%s → %j', (senderId, expected) => {
    expect(lint(senderIdFormat(), senderId).findings.map((f) => f.messageId)).toEqual(expected);
  });

  it('counts an emoji as one character and names its code point', () => {
    const finding = lint(senderIdFormat(), 'AD-Acme🙂').findings[0]!;
    expect(finding.evidence![0]!.data!.codePoint).toBe('U+1F642');
  });
});

describe('uae/sender-registered', () => {
  const rule = senderRegistered({ registeredSenders: ['AD-Acme', 'Acme'] });
  it.each([
    ['AD-Acme', true],
    ['ad-acme', true],
    ['AD Acme', true],
    ['Acme', true],
    ['AD-Other', false],
  ] as const)('%s registered: %s', (senderId, ok) => {
    expect(lint(rule, senderId).findings.length).toBe(ok ? 0 : 1);
  });

  it('stays silent without a list', () => {
    expect(lint(senderRegistered(), 'Anything').findings).toEqual([]);
  });
});
