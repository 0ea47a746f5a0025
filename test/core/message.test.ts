import { describe, expect, it } from 'vitest';
import { parseOutboundMessage, parseWithSchema } from '../../src/core/message.js';
import {
  createPolicy,
  type Decision,
  type InputIssue,
  type OutboundMessage,
  PolicyInputError,
  type TemplateMessage,
} from '../../src/index.js';

const policy = createPolicy({ rules: [] });
const valid: OutboundMessage = { account: 'acme', senderId: 'adv Acme', to: '0791234567', text: 'Hello', kind: 'ADV' };
/** The policy as plain JavaScript sees it: anything may be passed, and the same checks run. */
const untyped = policy as unknown as { lint(m: unknown): Decision; check(m: unknown): Promise<Decision> };

function issuesOf(run: () => unknown): InputIssue[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(PolicyInputError);
    return (error as PolicyInputError).issues;
  }
  throw new Error('expected a PolicyInputError');
}

describe('message validation', () => {
  it('accepts a valid message in lint and in check', async () => {
    expect(policy.lint(valid).verdict).toBe('allow');
    await expect(policy.check(valid)).resolves.toMatchObject({ verdict: 'allow', findings: [] });
  });

  it.each([
    ['missing text', { ...valid, text: undefined }, ['text', 'required']],
    ['empty text', { ...valid, text: '' }, ['text', 'empty']],
    ['whitespace-only text', { ...valid, text: '  \n ' }, ['text', 'empty']],
    ['unknown kind', { ...valid, kind: 'PROMO' }, ['kind', 'invalid_value']],
    ['unparsable number', { ...valid, to: 'call me maybe' }, ['to', 'invalid_phone']],
    ['text over the default maximum', { ...valid, text: 'a'.repeat(1601) }, ['text', 'too_long']],
    ['wrong type', { ...valid, senderId: 42 }, ['senderId', 'invalid_type']],
    ['bad date', { ...valid, at: 'yesterday-ish' }, ['at', 'invalid_date']],
  ])('rejects %s with one issue naming the field', (_name, input, [path, code]) => {
    const issues = issuesOf(() => untyped.lint(input));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ path: [path], code });
    expect(issues[0]!.message.length).toBeGreaterThan(3);
    expect(issues[0]!.messageAr).toMatch(/[\u0600-\u06FF]/);
  });

  it('lists one issue per problem when several fields are wrong', () => {
    const issues = issuesOf(() => untyped.lint({ senderId: 'x', to: 'nope', kind: 'X', text: '' }));
    const byPath = Object.fromEntries(issues.map((issue) => [issue.path.join('.'), issue.code]));
    expect(byPath).toEqual({ text: 'empty', kind: 'invalid_value', to: 'invalid_phone' });
  });

  it('parses a well-formed message the same way whichever path it takes (the fast path is only a shortcut)', () => {
    const now = new Date('2026-12-01T10:00:00Z');
    const inputs = [
      { account: ' acme ', senderId: ' adv Acme ', to: '0791234567', text: ' Hi ', kind: 'ADV' },
      {
        account: 'acme',
        senderId: 'Acme',
        to: '+962 79 123 4567',
        text: 'Hi',
        kind: 'SRV',
        at: '2026-12-02T08:00:00+03:00',
      },
      { account: 'acme', senderId: 'Acme', to: '00962791234567', text: 'Hi', kind: 'ALR', campaignId: 'c1', at: now },
      { account: 'acme', senderId: 'Acme', to: '+14155550123', text: 'Hi', kind: 'AWR', extra: 'ignored' },
    ];
    for (const input of inputs) expect(parseOutboundMessage(input, { now })).toEqual(parseWithSchema(input, { now }));
    // And a malformed one still gets every issue from the schema path.
    expect(() => parseOutboundMessage({ ...inputs[0], kind: 'PROMO', to: 'x' }, { now })).toThrow(/kind.*to|to.*kind/s);
  });

  it('accepts text exactly at the configured maximum and rejects one more', () => {
    const small = createPolicy({ rules: [], maxTextLength: 10 });
    expect(small.lint({ ...valid, text: 'x'.repeat(10) }).verdict).toBe('allow');
    expect(issuesOf(() => small.lint({ ...valid, text: 'x'.repeat(11) }))[0]).toMatchObject({
      code: 'too_long',
      params: { maximum: 10 },
    });
  });

  it('lets lint omit `to` and `account` but not check', async () => {
    const template: TemplateMessage = { senderId: 'adv Acme', text: 'Hi', kind: 'ADV' };
    expect(policy.lint(template).verdict).toBe('allow');
    const error = await untyped.check(template).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PolicyInputError);
    expect((error as PolicyInputError).issues.map((i) => i.path[0]).sort()).toEqual(['account', 'to']);
  });

  it.each([null, 'text', 42, [valid]])('rejects a non-object message (%s) without a TypeError', (input) => {
    const issues = issuesOf(() => untyped.lint(input));
    expect(issues[0]).toMatchObject({ path: [], code: 'invalid_type' });
  });

  it('never puts the full number in the error message', () => {
    const error = (() => {
      try {
        policy.lint({ ...valid, to: '+96279123456789999' });
      } catch (e) {
        return e as Error;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(PolicyInputError);
    expect(error!.message).not.toContain('96279123456789999');
  });

  it('takes `at` as a Date or an ISO string and defaults to the clock', async () => {
    const seen: Date[] = [];
    const probe = createPolicy({
      clock: () => new Date('2026-03-01T10:00:00Z'),
      rules: [
        {
          id: 'test/probe',
          stage: 'stateless',
          meta: { id: 'test/probe', description: 'records at', defaultAction: 'info' },
          check: (message) => {
            seen.push(message.at);
            return [];
          },
        },
      ],
    });
    await probe.check({ ...valid, at: '2026-05-05T05:05:05+03:00' });
    await probe.check({ ...valid, at: new Date('2026-01-01T00:00:00Z') });
    await probe.check(valid);
    expect(seen.map((d) => d.toISOString())).toEqual([
      '2026-05-05T02:05:05.000Z',
      '2026-01-01T00:00:00.000Z',
      '2026-03-01T10:00:00.000Z',
    ]);
  });
});
