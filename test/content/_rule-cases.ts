/** Table-driven harness shared by the per-rule test files. */
import { describe, expect, it } from 'vitest';
import { createPolicy, type Rule } from '../../src/index.js';

export interface FlagCase {
  name: string;
  text: string;
  /** 'deny' or 'review' exactly, or 'flagged' for either. */
  expect: 'deny' | 'review' | 'flagged';
  /** Substrings of the original text that some evidence span must cover (the slice contains it). */
  evidence: string[];
}

export interface CleanCase {
  name: string;
  text: string;
}

function lint(rule: Rule, text: string) {
  const policy = createPolicy({ rules: [rule] });
  return policy.lint({ senderId: 'adv Test', kind: 'ADV', text });
}

export function ruleCases(id: string, factory: () => Rule, flagged: FlagCase[], clean: CleanCase[]): void {
  const rule = factory();
  describe(id, () => {
    it('has the id, the docs page and a policy source', () => {
      expect(rule.id).toBe(id);
      expect(rule.meta.docs).toBe(`docs/rules/${id}.md`);
      expect(rule.meta.source).toMatch(/^policy P(?:7|9[a-f])$/);
      expect(rule.stage).toBe('stateless');
    });

    it.each(flagged.map((c) => [c.name, c] as const))('flags: %s', (_name, c) => {
      const decision = lint(rule, c.text);
      const finding = decision.findings.find((f) => f.ruleId === id);
      expect(finding, `no ${id} finding for: ${c.text}`).toBeDefined();
      if (c.expect === 'flagged') expect(['deny', 'review']).toContain(finding!.action);
      else expect(finding!.action).toBe(c.expect);
      expect(finding!.source).toBe(rule.meta.source);
      expect(finding!.messageId).toBe(`content.${id.split('/')[1]}`);
      const slices = (finding!.evidence ?? []).map((e) => c.text.slice(e.span![0], e.span![1]));
      for (const e of finding!.evidence ?? []) {
        expect(e.span![0]).toBeGreaterThanOrEqual(0);
        expect(e.span![1]).toBeLessThanOrEqual(c.text.length);
        expect(e.span![0]).toBeLessThan(e.span![1]);
        expect(e.excerpt!.length).toBeLessThan(c.text.length + 3);
      }
      for (const expected of c.evidence) {
        expect(c.text).toContain(expected);
        expect(
          slices.some((slice) => slice.includes(expected)),
          `no evidence span covers "${expected}"; slices: ${JSON.stringify(slices)}`,
        ).toBe(true);
      }
    });

    it.each(clean.map((c) => [c.name, c] as const))('leaves clean: %s', (_name, c) => {
      const decision = lint(rule, c.text);
      expect(decision.findings.filter((f) => f.ruleId === id)).toEqual([]);
    });
  });
}
