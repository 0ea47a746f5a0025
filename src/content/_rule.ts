/**
 * The shared factory behind the eleven `content/<category>` rules: a compiled classifier per options object, one
 * classification per message however many content rules the policy holds.
 */
import { memoizeByString } from '../core/_memo.js';
import { defineRule } from '../core/rule.js';
import type { Finding, Rule, RuleContext } from '../core/types.js';
import type { CompiledContent, ContentReport } from './_engine.js';
import type { CategorySpec } from './_spec.js';
import { compiledFor } from './_compiled.js';
import type { ContentOptions } from './options.js';
import { CONTENT_MESSAGES } from './messages.js';

const MAX_EVIDENCE = 5;

/** The eleven rules classify a message once, and a campaign each distinct text once (pure, so no result changes). */
export function memoize(compiled: CompiledContent): (text: string) => ContentReport {
  return memoizeByString((text) => compiled.classify(text), 1_024);
}

/** The strongest hits, skipping one whose span lies inside a span already shown (the same words twice). */
function distinctEvidence<T extends { span: [number, number] }>(sorted: readonly T[]): T[] {
  const shown: T[] = [];
  for (const hit of sorted) {
    if (shown.length === MAX_EVIDENCE) break;
    if (shown.some((s) => s.span[0] <= hit.span[0] && hit.span[1] <= s.span[1])) continue;
    shown.push(hit);
  }
  return shown;
}

/** Builds the rule of one category on a compiled classifier. */
export function categoryRule(
  spec: CategorySpec,
  compiled: CompiledContent,
  classify: (text: string) => ContentReport,
): Rule {
  const category = spec.category;
  return defineRule({
    messages: CONTENT_MESSAGES,
    id: `content/${category}`,
    description: spec.description,
    defaultAction: 'deny',
    source: spec.source,
    confidence: 'A',
    verified: true,
    sources: [
      `Platform privacy and anti-spam policy (platform-policy.ar.txt), clause ${spec.source.replace('policy ', '')}`,
    ],
    docs: `docs/rules/content/${category}.md`,
    check(message, ctx: RuleContext): Finding[] {
      const ceiling = compiled.ceilings[category];
      if (ceiling === undefined || ceiling === 'off') return [];
      const result = classify(message.text).categories.find((c) => c.category === category);
      if (!result) return [];
      const action = ceiling === 'warn' || ceiling === 'info' ? ceiling : result.action;
      const positive = result.hits.filter((hit) => hit.weight > 0).sort((a, b) => b.weight - a.weight);
      const terms = [...new Set(positive.flatMap((hit) => (hit.term ? [hit.term] : [])))].slice(0, 3);
      return [
        ctx.finding({
          action,
          messageId: `content.${category}`,
          params: { category, score: result.score, terms: terms.join(', ') },
          source: spec.source,
          evidence: distinctEvidence(positive).map((hit) => ({
            span: hit.span,
            excerpt: ctx.excerpt(hit.span),
            data: { rule: hit.ruleId, weight: hit.weight, ...(hit.term ? { term: hit.term } : {}) },
          })),
        }),
      ];
    },
  });
}

/** The rule of one category alone, on a classifier compiled for that category and `options`. */
export function singleCategoryRule(spec: CategorySpec, options: ContentOptions | undefined, what: string): Rule {
  const compiled = compiledFor([spec], options, what);
  return categoryRule(spec, compiled, memoize(compiled));
}
