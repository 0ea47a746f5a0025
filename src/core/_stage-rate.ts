/**
 * The rate stage, last and only when nothing blocked: the claims of every rate rule are consumed in one atomic
 * call; an exhausted non-blocking limit (warn/info) is reported and dropped, and the rest retried.
 */
import { type Engine, withTimeout } from './_engine-context.js';
import { safeErrorText } from './mask.js';
import type { RateStore } from './ports.js';
import type { CheckedMessage, Finding, RateClaim, Rule } from './types.js';
import { isBlocking } from './verdict.js';

async function runGuarded<T>(
  engine: Engine,
  rule: Rule,
  message: CheckedMessage,
  run: () => T | Promise<T>,
): Promise<{ ok: true; value: T } | { ok: false; finding: Finding }> {
  try {
    const value = await withTimeout(Promise.resolve().then(run), engine.deadlines, engine.settings.timeoutMs);
    return { ok: true, value };
  } catch (error) {
    return { ok: false, finding: engine.errorFinding(rule, error, message) };
  }
}

/** Consumes the rate claims of the message, appending the finding of a limit that refused. */
export async function runRate(
  engine: Engine,
  rate: readonly Rule[],
  message: CheckedMessage,
  findings: Finding[],
): Promise<void> {
  const { contextFor, errorFinding } = engine;
  const { rateStore, timeoutMs, errorAction, locale } = engine.settings;
  const resolveMessage = engine.settings.catalog.resolve;
  if (rate.length === 0 || !rateStore) return;
  const store = rateStore;
  let claims: RateClaim[] = [];
  for (const rule of rate) {
    if (!rule.claims) continue;
    const ctx = contextFor(rule, message, 'check');
    // Most rate rules build their claims synchronously: only a returned Promise needs the timeout guard.
    let outcome: Awaited<ReturnType<typeof runGuarded<RateClaim[]>>>;
    try {
      const produced = rule.claims(message, ctx);
      outcome = Array.isArray(produced)
        ? { ok: true, value: produced }
        : await runGuarded(engine, rule, message, () => produced);
    } catch (error) {
      outcome = { ok: false, finding: errorFinding(rule, error, message) };
    }
    if (!outcome.ok) {
      findings.push(outcome.finding);
      if (isBlocking(outcome.finding.action)) return;
      continue;
    }
    if (!Array.isArray(outcome.value)) {
      findings.push(errorFinding(rule, new Error('claims did not return an array'), message));
      continue;
    }
    claims.push(...outcome.value);
  }
  // Non-blocking limits (warn/info) that are exhausted are reported and dropped, then the rest retried.
  for (let attempt = 0; claims.length > 0 && attempt <= rate.length + 32; attempt++) {
    let result: Awaited<ReturnType<RateStore['consume']>>;
    try {
      const limits = claims.map((claim) => claim.limit);
      result = store.consumeSync
        ? store.consumeSync(limits, message.at.getTime())
        : await withTimeout(store.consume(limits, message.at.getTime()), engine.deadlines, timeoutMs);
    } catch (error) {
      const params = { error: safeErrorText(error, message.text), action: errorAction.rateStore };
      findings.push({
        ruleId: 'core/rate-store',
        action: errorAction.rateStore,
        messageId: 'core.rate-error',
        message: resolveMessage(locale, 'core.rate-error', params),
        params,
      });
      return;
    }
    if (result.allowed) return;
    const index = result.blockedBy ?? 0;
    const claim = claims[index];
    if (!claim) return;
    const blocked: { retryAfterMs?: number } = {};
    if (result.retryAfterMs !== undefined) blocked.retryAfterMs = result.retryAfterMs;
    let finding: Finding;
    try {
      finding = claim.onBlocked(blocked);
    } catch (error) {
      const params = {
        ruleId: 'core/rate-store',
        error: safeErrorText(error, message.text),
        action: errorAction.rules,
      };
      finding = {
        ruleId: 'core/rate-store',
        action: errorAction.rules,
        messageId: 'core.rule-error',
        message: resolveMessage(locale, 'core.rule-error', params),
        params,
      };
    }
    findings.push(finding);
    if (isBlocking(finding.action)) return;
    claims = claims.filter((_, i) => i !== index);
  }
}
