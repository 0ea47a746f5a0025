/**
 * The sync stages: stateless rules (text and fields only; all that runs in `lint`) and compose rules, which read
 * the findings of the other stages so far. A rule that returns a Promise here is an error finding, not a hang.
 */
import type { Engine } from './_engine-context.js';
import type { CheckedMessage, Finding, Rule, RuleContext, RuleMode } from './types.js';

/** Runs the stateless rules in order, appending their findings. */
export function runStateless(
  engine: Engine,
  stateless: readonly Rule[],
  message: CheckedMessage,
  mode: RuleMode,
  findings: Finding[],
): void {
  const { contextFor, errorFinding, checkResult, skipInLint } = engine;
  for (const rule of stateless) {
    if (!rule.check || (mode === 'lint' && skipInLint(rule, message))) continue;
    try {
      const result = rule.check(message, contextFor(rule, message, mode));
      if (result && typeof (result as Promise<unknown>).then === 'function') {
        // A stateless rule must be sync; swallow the promise so it cannot become an unhandled rejection.
        (result as Promise<unknown>).catch(() => undefined);
        findings.push(errorFinding(rule, new Error('stateless rule returned a Promise; declare it stateful'), message));
        continue;
      }
      findings.push(...checkResult(rule, result, message));
    } catch (error) {
      findings.push(errorFinding(rule, error, message));
    }
  }
}

/** Compose rules read the findings so far (a frozen copy) and add their own; sync like stateless rules. */
export function runCompose(
  engine: Engine,
  compose: readonly Rule[],
  message: CheckedMessage,
  mode: RuleMode,
  findings: Finding[],
): void {
  const { contextFor, errorFinding, checkResult, skipInLint } = engine;
  if (compose.length === 0) return;
  const seen: readonly Finding[] = Object.freeze([...findings]);
  for (const rule of compose) {
    if (!rule.check || (mode === 'lint' && skipInLint(rule, message))) continue;
    const ctx = contextFor(rule, message, mode) as { -readonly [K in keyof RuleContext]: RuleContext[K] };
    ctx.findings = seen;
    try {
      const result = rule.check(message, ctx);
      if (result && typeof (result as Promise<unknown>).then === 'function') {
        (result as Promise<unknown>).catch(() => undefined);
        findings.push(
          errorFinding(rule, new Error('compose rule returned a Promise; compose rules are sync'), message),
        );
        continue;
      }
      findings.push(...checkResult(rule, result, message));
    } catch (error) {
      findings.push(errorFinding(rule, error, message));
    }
  }
}
