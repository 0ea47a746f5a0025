import { describe, expect, it } from 'vitest';
import { createPolicy } from '../../src/core/policy.js';
import { PolicyConfigError } from '../../src/core/errors.js';
import { governmentSender } from '../../src/jordan/government-sender.js';
import { of, run } from './_helpers.js';

const ID = 'jordan/government-sender';

const cases: Array<[kind: 'ADV' | 'SRV' | 'AWR' | 'ALR', account: string, denied: boolean]> = [
  ['ALR', 'ncsc', false],
  ['AWR', 'moh', false],
  ['ALR', 'acme', true],
  ['AWR', 'acme', true],
  ['ALR', 'NCSC', true], // accounts are ids: exact match
  ['SRV', 'acme', false],
  ['ADV', 'acme', false],
];

describe('jordan/government-sender', () => {
  const rules = [governmentSender({ governmentAccounts: ['ncsc', 'moh'] })];

  it.each(cases)('%s from account %s', async (kind, account, denied) => {
    const found = of(await run(rules, { kind, account, senderId: 'Gov' }), ID);
    expect(found.map((f) => f.action)).toEqual(denied ? ['deny'] : []);
    if (denied) expect(found[0]!.params).toMatchObject({ kind, account });
  });

  it('without an allow-list every ALR is refused', async () => {
    const found = of(await run([governmentSender()], { kind: 'ALR', account: 'ncsc', senderId: 'Gov' }), ID);
    expect(found).toHaveLength(1);
  });

  it('is skipped in a template check without an account', () => {
    const policy = createPolicy({ rules });
    expect(policy.lint({ kind: 'ALR', senderId: 'Gov', text: 'Storm warning' }).findings).toEqual([]);
  });

  it('rejects an empty account name', () => {
    expect(() => governmentSender({ governmentAccounts: [' '] })).toThrow(PolicyConfigError);
  });
});
