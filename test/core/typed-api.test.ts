/**
 * The typed API: `check(message: OutboundMessage)` and `lint(message: TemplateMessage)`. The `@ts-expect-error`
 * lines are the test that a wrong kind or a missing field does not compile (npm run typecheck fails when they
 * stop being errors); the run-time halves show that plain JavaScript gets the same checks.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  createPolicy,
  type Decision,
  type MessageKind,
  type OutboundMessage,
  type Policy,
  PolicyInputError,
  type TemplateMessage,
} from '../../src/index.js';

const policy: Policy = createPolicy({ rules: [] });

describe('typed messages', () => {
  it('check takes an OutboundMessage and lint a TemplateMessage', () => {
    expectTypeOf(policy.check).parameter(0).toEqualTypeOf<OutboundMessage>();
    expectTypeOf(policy.lint).parameter(0).toEqualTypeOf<TemplateMessage>();
    expectTypeOf(policy.check).returns.toEqualTypeOf<Promise<Decision>>();
    expectTypeOf<OutboundMessage['kind']>().toEqualTypeOf<MessageKind>();
    expectTypeOf<TemplateMessage['to']>().toEqualTypeOf<string | undefined>();
  });

  it('a wrong kind does not compile, and is rejected at run time', async () => {
    const message = { account: 'acme', senderId: 'adv Acme', to: '0791234567', text: 'Hi', kind: 'PROMO' };
    // @ts-expect-error 'PROMO' is not a MessageKind
    const typed: OutboundMessage = message;
    await expect(policy.check(typed)).rejects.toBeInstanceOf(PolicyInputError);
    // @ts-expect-error 'PROMO' is not a MessageKind
    expect(() => policy.lint({ senderId: 'adv Acme', text: 'Hi', kind: 'PROMO' })).toThrow(PolicyInputError);
  });

  it('check needs to and account; lint does not', async () => {
    // @ts-expect-error `to` and `account` are required by check
    await expect(policy.check({ senderId: 'adv Acme', text: 'Hi', kind: 'ADV' })).rejects.toBeInstanceOf(
      PolicyInputError,
    );
    expect(policy.lint({ senderId: 'adv Acme', text: 'Hi', kind: 'ADV' }).verdict).toBe('allow');
  });
});
