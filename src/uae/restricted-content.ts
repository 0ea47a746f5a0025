/**
 * uae/restricted-content (AE-CNT-02): promotional SMS in the UAE may not carry alcohol offers, money or loan
 * offers, political or religious content — classes the shared content categories do not cover. A small
 * Arabic and English lexicon per class (data/restricted-content.ts); a hit asks for review, since words
 * alone cannot tell a sermon from a shop's opening hours after Friday prayer.
 */
import { z } from 'zod';
import { dropOverlaps, type PatternSpec } from '../core/_phrase-matcher.js';
import { defineRule } from '../core/rule.js';
import type { MessageKind, Rule } from '../core/types.js';
import { type RestrictedContentData, UAE_RESTRICTED_CONTENT } from './data/restricted-content.js';
import type { RestrictedClass } from './data/types.js';
import {
  baseOptionsShape,
  parseOptions,
  foldedPhrases as phrases,
  rulesetAndAction,
  type UaeRuleBaseOptions,
  uaeMeta,
} from './_options.js';

export const RESTRICTED_CLASSES = [
  'alcohol',
  'loans',
  'political',
  'religious',
] as const satisfies readonly RestrictedClass[];

export interface RestrictedContentOptions extends UaeRuleBaseOptions {
  /** Classes checked. Default all four. */
  classes?: RestrictedClass[];
  /** Classes of message checked. Default `['ADV']` (awareness messages may be religious or civic). */
  kinds?: MessageKind[];
  /** Replace the signal lists. */
  lexicon?: RestrictedContentData;
}

const terms = z.array(z.string().min(1).max(80)).max(2000);
const classTerms = z.object({
  strong: z.object({ en: terms, ar: terms }),
  weak: z.object({ en: terms, ar: terms }),
  neutral: terms,
});
const optionsSchema = z.strictObject({
  ...baseOptionsShape,
  classes: z.array(z.enum(RESTRICTED_CLASSES)).min(1).optional(),
  kinds: z
    .array(z.enum(['ADV', 'SRV', 'AWR', 'ALR']))
    .min(1)
    .optional(),
  lexicon: z
    .object({ alcohol: classTerms, loans: classTerms, political: classTerms, religious: classTerms })
    .optional(),
});

const THRESHOLD = 2;

function patterns(lexicon: RestrictedContentData, classes: readonly RestrictedClass[]): PatternSpec[] {
  return classes.flatMap((name) => {
    const data = lexicon[name];
    return [
      { id: `${name}:neutral`, weight: 0, source: phrases.wordsPattern(data.neutral, false) },
      { id: `${name}:strong`, weight: 2, source: phrases.wordsPattern([...data.strong.en, ...data.strong.ar]) },
      { id: `${name}:weak`, weight: 1, source: phrases.wordsPattern([...data.weak.en, ...data.weak.ar]) },
    ];
  });
}

/**
 * Asks for review of ADV texts that carry the UAE's restricted classes.
 *
 * @example
 * const rule = restrictedContent();
 * // ADV "Happy hour: 2 beers for 30 AED" → review (alcohol); «قرض شخصي فوري بدون كفيل» → review (loans)
 */
export function restrictedContent(options: RestrictedContentOptions = {}): Rule {
  const parsed = parseOptions(optionsSchema, options, 'uae restrictedContent');
  const { ruleset, action } = rulesetAndAction(parsed, 'AE-CNT-02', 'review');
  const classes = parsed.classes ?? [...RESTRICTED_CLASSES];
  const kinds = new Set<string>(parsed.kinds ?? ['ADV']);
  const match = phrases.compile(
    patterns((parsed.lexicon as RestrictedContentData | undefined) ?? UAE_RESTRICTED_CONTENT, classes),
  );

  return defineRule({
    ...uaeMeta({
      ruleset,
      code: 'AE-CNT-02',
      id: 'uae/restricted-content',
      description: 'Promotional (ADV) texts with alcohol, loan offers, political or religious content go to review.',
      action,
    }),
    stage: 'stateless',
    check(message, ctx) {
      if (!kinds.has(message.kind)) return [];
      const hits = dropOverlaps(match(message.text)).filter((hit) => hit.weight > 0);
      const scores = new Map<string, number>();
      for (const hit of hits) {
        const name = hit.id.slice(0, hit.id.indexOf(':'));
        scores.set(name, (scores.get(name) ?? 0) + hit.weight);
      }
      const found = [...scores].filter(([, score]) => score >= THRESHOLD).map(([name]) => name);
      if (found.length === 0) return [];
      const shown = hits.filter((hit) => found.includes(hit.id.slice(0, hit.id.indexOf(':'))));
      return [
        ctx.finding({
          action,
          messageId: 'uae.restricted-content',
          params: { classes: found.join(', ') },
          evidence: shown.slice(0, 10).map((hit) => ({
            span: hit.span,
            excerpt: ctx.excerpt(hit.span),
            data: { class: hit.id.slice(0, hit.id.indexOf(':')), weight: hit.weight, term: hit.term },
          })),
        }),
      ];
    },
  });
}
