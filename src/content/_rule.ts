/**
 * The shared factory behind the eleven `content/<category>` rules: one compiled classifier per options
 * object, one classification per message however many content rules the policy holds.
 */
import { defineRule } from '../core/rule.js';
import type { Finding, Rule, RuleContext } from '../core/types.js';
import type { CompiledContent, ContentReport } from './_engine.js';
import { CATEGORY_SPECS } from './categories/index.js';
import type { ContentCategory } from './lexicons/types.js';
import { memoizeByString } from '../core/_memo.js';

const DESCRIPTIONS: Record<ContentCategory, string> = {
  adult: 'Pornography and sexual services',
  pyramid: 'Pyramid and multi-level marketing schemes',
  piracy: 'Pirated films, software, IPTV and cracked apps',
  prescription: 'Selling prescription-only medicines',
  counterfeit: 'Counterfeit goods (replicas, "first copy", "mirror quality")',
  gambling: 'Betting, casinos and gambling for money',
  drugs: 'Illegal narcotics',
  weapons: 'Firearms, ammunition and explosives for sale',
  phishing: 'Requests for passwords, PINs, OTPs, card numbers or bank logins; brand look-alike links',
  fraud: 'Prize and lottery scams, advance-fee fraud, fake jobs and fake investment returns',
  abuse: 'Threats, insults and fabricated alarming news',
};

const MAX_EVIDENCE = 5;

/** The eleven rules classify a message once, and a campaign each distinct text once (pure, so no result changes). */
export function memoize(compiled: CompiledContent): (text: string) => ContentReport {
  return memoizeByString((text) => compiled.classify(text), 1_024);
}

/** Builds the rule of one category on a compiled classifier. */
export function categoryRule(
  category: ContentCategory,
  compiled: CompiledContent,
  classify: (text: string) => ContentReport,
): Rule {
  const spec = CATEGORY_SPECS[category];
  return defineRule({
    id: `content/${category}`,
    description: DESCRIPTIONS[category],
    defaultAction: 'deny',
    source: spec.source,
    confidence: 'A',
    verified: true,
    sources: [
      'Platform privacy and anti-spam policy (platform-policy.ar.txt), clause ' + spec.source.replace('policy ', ''),
    ],
    docs: `docs/rules/content/${category}.md`,
    check(message, ctx: RuleContext): Finding[] {
      const ceiling = compiled.ceilings[category];
      if (ceiling === 'off') return [];
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
          evidence: positive.slice(0, MAX_EVIDENCE).map((hit) => ({
            span: hit.span,
            excerpt: ctx.excerpt(hit.span),
            data: { rule: hit.ruleId, weight: hit.weight, ...(hit.term ? { term: hit.term } : {}) },
          })),
        }),
      ];
    },
  });
}
