import { describe, expect, it } from 'vitest';
import { consentRules } from '../../src/consent/rules.js';
import { PolicyConfigError } from '../../src/core/errors.js';
import { ago, decide } from './_rule-harness.js';

describe('consentRules', () => {
  it('ships the three rules with metadata and docs pages', () => {
    const rules = consentRules();
    expect(rules.map((r) => r.id)).toEqual([
      'consent/promotional-consent',
      'consent/service-consent',
      'consent/operator-dnd',
    ]);
    for (const rule of rules) {
      expect(rule.stage).toBe('stateful');
      expect(rule.meta.needs).toEqual(['consent', 'to', 'account']);
      expect(rule.meta.docs).toBe(`docs/rules/${rule.id}.md`);
    }
  });

  it('passes model, serviceConsent and per-rule actions through', async () => {
    const rules = consentRules({ model: 'opt-out', serviceConsent: true, actions: { 'consent/operator-dnd': 'off' } });
    expect(rules.map((r) => r.id)).not.toContain('consent/operator-dnd');
    const [promotional, service] = rules;
    expect((await decide(promotional!, [], { kind: 'ADV' })).decision.verdict).toBe('allow');
    expect((await decide(service!, [], { kind: 'SRV', senderId: 'Acme' })).decision.verdict).toBe('deny');
    const review = consentRules({ actions: { 'consent/promotional-consent': 'review' } })[0]!;
    const { decision } = await decide(review, [{ action: 'revoke', at: ago(1) }], { kind: 'ADV' });
    expect(decision.verdict).toBe('review');
  });

  it('rejects unknown rule ids, actions and options', () => {
    expect(() => consentRules({ actions: { 'consent/nope': 'deny' } as never })).toThrow(PolicyConfigError);
    expect(() => consentRules({ actions: { 'consent/operator-dnd': 'maybe' } as never })).toThrow(PolicyConfigError);
    expect(() => consentRules({ model: 'sometimes' } as never)).toThrow(PolicyConfigError);
  });
});
