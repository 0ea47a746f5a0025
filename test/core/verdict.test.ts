import { describe, expect, it } from 'vitest';
import { type Finding, type FindingAction, mergeFindings } from '../../src/index.js';

function finding(action: FindingAction, retryAt?: string): Finding {
  const f: Finding = { ruleId: `t/${action}`, action, messageId: 'x', message: 'x' };
  if (retryAt) f.retryAt = new Date(retryAt);
  return f;
}

describe('mergeFindings', () => {
  it.each<[FindingAction[], string]>([
    [[], 'allow'],
    [['info', 'warn'], 'allow'],
    [['review'], 'review'],
    [['review', 'defer'], 'defer'],
    [['defer', 'review', 'warn'], 'defer'],
    [['deny', 'defer', 'review'], 'deny'],
    [['warn', 'deny'], 'deny'],
  ])('%j → %s', (actions, verdict) => {
    expect(mergeFindings(actions.map((a) => finding(a))).verdict).toBe(verdict);
  });

  it('keeps the latest retryAt among defers', () => {
    const decision = mergeFindings([
      finding('defer', '2026-01-01T04:00:00Z'),
      finding('defer', '2026-01-02T04:00:00Z'),
      finding('defer', '2026-01-01T05:00:00Z'),
    ]);
    expect(decision.retryAt?.toISOString()).toBe('2026-01-02T04:00:00.000Z');
  });

  it('drops retryAt when a deny outranks the defer', () => {
    const decision = mergeFindings([finding('defer', '2026-01-01T04:00:00Z'), finding('deny')]);
    expect(decision.verdict).toBe('deny');
    expect(decision.retryAt).toBeUndefined();
  });

  it('keeps every finding, in order', () => {
    const findings = [finding('info'), finding('deny'), finding('warn')];
    expect(mergeFindings(findings).findings).toEqual(findings);
  });
});
