import { describe, expect, it } from 'vitest';
import { classifyContent, contentRules, createPolicy } from '../../src/index.js';

describe('content rules reuse reports for repeated texts', () => {
  it('gives the same findings for a text seen before, after a thousand others, as a fresh classification', async () => {
    const policy = createPolicy({ rules: contentRules() });
    const scam = 'Your account is suspended. Send your PIN and CVV to 0790000000 now';
    const message = { senderId: 'adv Acme', kind: 'ADV' as const, text: scam };
    const first = policy.lint(message);
    for (let i = 0; i < 1_100; i++) policy.lint({ ...message, text: `Hello ${i}, your order is ready` });
    const again = policy.lint(message);
    expect(again.findings).toEqual(first.findings);
    expect(again.verdict).toBe('deny');
    const phishing = classifyContent(scam).categories.find((c) => c.category === 'phishing');
    expect(again.findings.find((f) => f.ruleId === 'content/phishing')?.params?.score).toBe(phishing?.score);
  });
});
