/**
 * For compose rules: restate what the content rules found under a country's clause. The content findings of
 * the listed categories (`content/<category>`) become one finding of the country rule, with their spans:
 * the rule's action when a content rule denied, `review` when the platform lowered the category (its
 * content finding is review, warn or info), since the country prohibits it whatever the platform allows.
 */
import type { Evidence, Finding, FindingAction, RuleContext } from './types.js';

/**
 * The restated finding, or `null` when no listed category was found.
 *
 * @example
 * restatedContentFinding(ctx, { categories: new Set(['content/gambling']), action: 'deny', messageId: 'uae.prohibited-content' });
 */
export function restatedContentFinding(
  ctx: RuleContext,
  input: { categories: ReadonlySet<string>; action: FindingAction; messageId: string },
): Finding | null {
  const found = (ctx.findings ?? []).filter((f) => input.categories.has(f.ruleId));
  if (found.length === 0) return null;
  const denied = found.some((f) => f.action === 'deny');
  const action: FindingAction = denied ? input.action : input.action === 'deny' ? 'review' : input.action;
  const names = found.map((f) => f.ruleId.slice(f.ruleId.indexOf('/') + 1));
  const evidence: Evidence[] = found.flatMap((f) =>
    (f.evidence ?? [])
      .filter((e) => e.span)
      .slice(0, 3)
      .map((e) => ({
        ...e,
        data: { ...(e.data ?? {}), category: f.ruleId.slice(f.ruleId.indexOf('/') + 1), contentAction: f.action },
      })),
  );
  return ctx.finding({
    action,
    messageId: input.messageId,
    params: { categories: names.join(', ') },
    evidence: evidence.length > 0 ? evidence : names.map((category) => ({ data: { category } })),
  });
}
