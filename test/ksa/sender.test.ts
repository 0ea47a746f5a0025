/** Saudi sender names: registered list, the exact -AD suffix (and the loose forms on request), length, numeric. */
import { describe, expect, it } from 'vitest';
import { createPolicy } from '../../src/core/policy.js';
import type { Rule } from '../../src/core/types.js';
import {
  advSenderSuffix,
  internationalSender,
  messageType,
  senderIdFormat,
  senderRegistered,
} from '../../src/ksa/index.js';

const lint = (rule: Rule, senderId: string, kind: 'ADV' | 'SRV' | 'AWR' | 'ALR' = 'ADV', account?: string) =>
  createPolicy({ rules: [rule] }).lint({ senderId, kind, text: 'مرحبا', ...(account ? { account } : {}) });

describe('ksa/adv-sender-suffix', () => {
  it.each([
    ['Acme-AD', 'ADV', null, null],
    ['ACME-AD', 'ADV', null, null],
    ['Acme', 'ADV', 'ksa.adv-sender-suffix-missing', 'ksa.adv-sender-suffix-missing'],
    ['Nomad', 'ADV', 'ksa.adv-sender-suffix-missing', 'ksa.adv-sender-suffix-missing'],
    ['NOMAD', 'ADV', 'ksa.adv-sender-suffix-missing', 'ksa.adv-sender-suffix-missing'],
    ['Acme AD', 'ADV', 'ksa.adv-sender-suffix-form', null],
    ['AcmeAD', 'ADV', 'ksa.adv-sender-suffix-form', null],
    ['Acme-ad', 'ADV', 'ksa.adv-sender-suffix-form', null],
    ['Acme_AD', 'ADV', 'ksa.adv-sender-suffix-form', null],
    ['AD-Acme', 'ADV', 'ksa.adv-sender-suffix-missing', 'ksa.adv-sender-suffix-missing'],
    ['Acme-AD', 'SRV', 'ksa.adv-sender-suffix-misused', 'ksa.adv-sender-suffix-misused'],
    ['Acme AD', 'SRV', null, 'ksa.adv-sender-suffix-misused'],
    ['Acme', 'SRV', null, null],
  ] as const)('%s on %s → exact: %s, loose: %s', (senderId, kind, exact, loose) => {
    expect(lint(advSenderSuffix(), senderId, kind).findings.map((f) => f.messageId)).toEqual(exact ? [exact] : []);
    const relaxed = advSenderSuffix({ acceptLooseSuffix: true });
    expect(lint(relaxed, senderId, kind).findings.map((f) => f.messageId)).toEqual(loose ? [loose] : []);
  });
});

describe('ksa/sender-id-format', () => {
  it.each([
    ['Acme-AD', []],
    ['AcmeStor-AD', []],
    ['AcmeStores-AD', ['ksa.sender-id-too-long']],
    ['Acmé-AD', ['ksa.sender-id-characters']],
    ['966500', ['ksa.sender-id-numeric']],
    ['+966500', ['ksa.sender-id-characters', 'ksa.sender-id-numeric']],
  ] as const)('%s → %j', (senderId, expected) => {
    expect(lint(senderIdFormat(), senderId).findings.map((f) => f.messageId)).toEqual(expected);
  });
});

describe('ksa/sender-registered', () => {
  it('denies names off the list, ignoring case and separators', () => {
    const rule = senderRegistered({ registeredSenders: ['Acme-AD'] });
    expect(lint(rule, 'acme ad').findings).toEqual([]);
    expect(lint(rule, 'Other-AD').findings[0]!.action).toBe('deny');
  });
});

describe('ksa/message-type', () => {
  it.each([
    ['ALR', 'Warning', 'تحذيرية'],
    ['AWR', 'Awareness', 'توعوية'],
    ['SRV', 'Service', 'خدمية'],
    ['ADV', 'Promotional', 'ترويجية'],
  ] as const)('%s is the CST type %s', (kind, type, typeAr) => {
    const finding = lint(messageType(), 'Acme', kind).findings[0]!;
    expect(finding.action).toBe('info');
    expect(finding.params).toMatchObject({ type, typeAr });
  });
});

describe('ksa/international-sender', () => {
  it.each([
    ['international', 'ADV', 'deny'],
    ['international', 'AWR', 'deny'],
    ['international', 'ALR', 'deny'],
    ['international', 'SRV', null],
    ['domestic', 'ADV', null],
  ] as const)('%s sender, %s → %s', (origin, kind, action) => {
    expect(lint(internationalSender({ origin }), 'Acme', kind).findings[0]?.action ?? null).toBe(action);
  });

  it('can name the accounts established abroad', () => {
    const rule = internationalSender({ internationalAccounts: ['jo-acme'] });
    expect(lint(rule, 'Acme', 'ADV', 'jo-acme').findings).toHaveLength(1);
    expect(lint(rule, 'Acme', 'ADV', 'sa-acme').findings).toHaveLength(0);
  });
});
