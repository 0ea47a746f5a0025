/**
 * createPolicy: validates options once, then `check` (async, all stages) and `lint` (sync, stateless).
 *
 * The flow of `check`: parse the message → stateless rules (sync) → stateful rules (ports, concurrently,
 * each guarded by a timeout) → only when nothing blocks, the rate claims of every rate rule, consumed in
 * one atomic call → merge findings into a verdict.
 */
import { z } from 'zod';
import { fromZodIssues, makeIssue } from './_issues.js';
import { expandRoutes } from './_routes.js';
import { textSha256 } from './_text-hash.js';
import { PolicyConfigError } from './errors.js';
import { resolveMessage } from './locale.js';
import { excerpt, maskPhone } from './mask.js';
import { DEFAULT_MAX_TEXT_LENGTH, parseOutboundMessage } from './message.js';
import type { ConsentPort, ConsentStatus, RateStore } from './ports.js';
import type {
  CheckedMessage,
  Decision,
  DecisionAudit,
  Finding,
  FindingAction,
  FindingInput,
  Locale,
  RateClaim,
  Rule,
  RuleContext,
  RuleMode,
} from './types.js';
import { isBlocking, mergeFindings } from './verdict.js';

export type OnErrorSetting = 'deny' | 'allow' | 'review';

export interface PolicyOptions {
  rules: Rule[];
  /** Required by consent rules. */
  consent?: ConsentPort;
  /** Used by rate rules; when absent, the first rule that offers a default store (the flood pack's memory store) supplies it. */
  rateStore?: RateStore;
  clock?: () => Date;
  locale?: Locale;
  /** What a rule that cannot be evaluated (it throws, a store is down or hangs) yields. Default `review`. */
  onError?: OnErrorSetting;
  /** Longest wait for an async rule or the rate store, in ms. Default 5,000. */
  timeoutMs?: number;
  /** Longest accepted `text`, in UTF-16 units. Default 1,600. */
  maxTextLength?: number;
  /** Region for numbers written without a country code. Default `JO`. */
  defaultRegion?: string;
}

export interface Policy {
  /** Evaluates every rule; consumes rate budget only when everything else allows. */
  check(message: unknown): Promise<Decision>;
  /** Stateless rules only, synchronous; `to` and `account` may be omitted (a template check). */
  lint(message: unknown): Decision;
  readonly rules: readonly Rule[];
  readonly locale: Locale;
}

/** A rule may offer a default port (the flood pack offers its memory store). */
export interface RuleWithDefaults extends Rule {
  readonly defaults?: { rateStore?: () => RateStore };
}

const optionsSchema = z.object({
  rules: z.array(z.any()),
  locale: z.enum(['en', 'ar']).optional(),
  onError: z.enum(['deny', 'allow', 'review']).optional(),
  timeoutMs: z.number().int().positive().max(600_000).optional(),
  maxTextLength: z.number().int().positive().max(1_000_000).optional(),
  defaultRegion: z.string().length(2).optional(),
  clock: z.function().optional(),
});

const ERROR_ACTION: Record<OnErrorSetting, FindingAction> = { deny: 'deny', review: 'review', allow: 'warn' };

class TimeoutError extends Error {}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  // Store errors can echo keys (phone numbers); mask digits and keep it short.
  return text.replace(/\+?\d{7,}/g, (m) => maskPhone(m)).slice(0, 200);
}

function validateRules(rules: unknown[]): Rule[] {
  const issues = [];
  const seen = new Set<string>();
  for (const [index, rule] of rules.entries()) {
    const r = rule as Partial<Rule> | null;
    if (!r || typeof r !== 'object' || typeof r.id !== 'string' || !r.meta || !r.stage) {
      issues.push(
        makeIssue(['rules', index], 'invalid_type', {
          expected: 'Rule (from defineRule or a rule pack)',
          received: typeof rule,
        }),
      );
      continue;
    }
    if (seen.has(r.id)) issues.push(makeIssue(['rules', index], 'invalid_value', {}, `duplicate rule id ${r.id}`));
    seen.add(r.id);
  }
  if (issues.length > 0) throw new PolicyConfigError('createPolicy', issues);
  return rules as Rule[];
}

/**
 * Builds a policy from rules and ports.
 *
 * @example
 * const policy = createPolicy({ rules: [...contentRules(), ...floodRules()] });
 * const decision = await policy.check({ account: 'acme', senderId: 'adv Acme', to: '0791234567', text: 'Hi', kind: 'ADV' });
 */
export function createPolicy(options: PolicyOptions): Policy {
  const parsed = optionsSchema.safeParse(options);
  if (!parsed.success) throw new PolicyConfigError('createPolicy', fromZodIssues(parsed.error.issues, options));
  const defaultRegion = options.defaultRegion ?? 'JO';
  // byCountry routers become one routed rule per rule id; ids are checked again after the expansion.
  const rules = validateRules(expandRoutes(validateRules(options.rules), defaultRegion));
  const locale: Locale = options.locale ?? 'en';
  const clock = options.clock ?? (() => new Date());
  const errorAction = ERROR_ACTION[options.onError ?? 'review'];
  const timeoutMs = options.timeoutMs ?? 5_000;
  const maxTextLength = options.maxTextLength ?? DEFAULT_MAX_TEXT_LENGTH;
  const consent = options.consent;

  const missingRequired = rules.flatMap((rule) =>
    (rule.meta.needs ?? [])
      .filter((need) => need === 'consent' && !consent)
      .map(() => makeIssue(['consent'], 'required', {}, `rule ${rule.id} needs a consent ledger (options.consent)`)),
  );
  if (missingRequired.length > 0) throw new PolicyConfigError('createPolicy', missingRequired.slice(0, 1));

  let rateStore = options.rateStore;
  if (!rateStore) {
    const factory = rules.map((rule) => (rule as RuleWithDefaults).defaults?.rateStore).find((f) => f !== undefined);
    if (factory) rateStore = factory();
  }

  const stateless = rules.filter((rule) => rule.stage === 'stateless');
  const stateful = rules.filter((rule) => rule.stage === 'stateful');
  const rate = rules.filter((rule) => rule.stage === 'rate');
  const compose = rules.filter((rule) => rule.stage === 'compose');

  // A rule's `finding` helper depends only on the rule and the policy: build it once, not per message.
  const findingHelpers = new Map<Rule, (input: FindingInput) => Finding>(
    rules.map((rule) => [rule, (input: FindingInput) => buildFinding(rule, input)]),
  );
  // Per-message helpers shared by all its rules: the excerpt function, and a consent port that asks the
  // ledger each distinct question once per message (three rules asking about one recipient share an answer,
  // and they all see the same state).
  let perMessage:
    | { message: CheckedMessage; excerpt: (span: [number, number]) => string; consent: ConsentPort | undefined }
    | undefined;

  function helpersFor(message: CheckedMessage) {
    if (perMessage?.message !== message) {
      let port: ConsentPort | undefined;
      if (consent) {
        const answers = new Map<string, Promise<ConsentStatus>>();
        port = {
          status(query) {
            const key = `${query.subject}|${query.account}|${query.senderId ?? ''}|${query.kind}`;
            let answer = answers.get(key);
            if (!answer) {
              answer = consent.status(query);
              answers.set(key, answer);
            }
            return answer;
          },
        };
      }
      perMessage = { message, excerpt: (span) => excerpt(message.text, span), consent: port };
    }
    return perMessage;
  }

  function contextFor(rule: Rule, message: CheckedMessage, mode: RuleMode): RuleContext {
    const helpers = helpersFor(message);
    const ctx: { -readonly [K in keyof RuleContext]: RuleContext[K] } = {
      now: message.at,
      locale,
      mode,
      finding: findingHelpers.get(rule)!,
      excerpt: helpers.excerpt,
      maskPhone,
    };
    if (helpers.consent) ctx.consent = helpers.consent;
    if (rateStore) ctx.rateStore = rateStore;
    return ctx;
  }

  function buildFinding(rule: Rule, input: FindingInput): Finding {
    const finding: Finding = {
      ruleId: rule.id,
      action: input.action,
      messageId: input.messageId,
      message: input.message ?? resolveMessage(locale, input.messageId, input.params),
    };
    if (input.params) finding.params = input.params;
    const source = input.source ?? rule.meta.source;
    if (source) finding.source = source;
    if (input.evidence && input.evidence.length > 0) finding.evidence = input.evidence;
    if (input.retryAt) finding.retryAt = input.retryAt;
    return finding;
  }

  function errorFinding(rule: Rule, error: unknown): Finding {
    const timedOut = error instanceof TimeoutError;
    return buildFinding(rule, {
      action: errorAction,
      messageId: timedOut ? 'core.rule-timeout' : 'core.rule-error',
      params: timedOut
        ? { ruleId: rule.id, timeoutMs, action: errorAction }
        : { ruleId: rule.id, error: errorText(error), action: errorAction },
    });
  }

  function checkResult(rule: Rule, result: unknown): Finding[] {
    if (!Array.isArray(result)) return [errorFinding(rule, new Error('check did not return an array of findings'))];
    return result as Finding[];
  }

  function skipInLint(rule: Rule, message: CheckedMessage): boolean {
    const needs = rule.meta.needs ?? [];
    return (needs.includes('to') && !message.to) || (needs.includes('account') && !message.account);
  }

  function runStateless(message: CheckedMessage, mode: RuleMode, findings: Finding[]): void {
    for (const rule of stateless) {
      if (!rule.check || (mode === 'lint' && skipInLint(rule, message))) continue;
      try {
        const result = rule.check(message, contextFor(rule, message, mode));
        if (result && typeof (result as Promise<unknown>).then === 'function') {
          // A stateless rule must be sync; swallow the promise so it cannot become an unhandled rejection.
          (result as Promise<unknown>).catch(() => undefined);
          findings.push(errorFinding(rule, new Error('stateless rule returned a Promise; declare it stateful')));
          continue;
        }
        findings.push(...checkResult(rule, result));
      } catch (error) {
        findings.push(errorFinding(rule, error));
      }
    }
  }

  /** Compose rules read the findings so far (a frozen copy) and add their own; sync like stateless rules. */
  function runCompose(message: CheckedMessage, mode: RuleMode, findings: Finding[]): void {
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
          findings.push(errorFinding(rule, new Error('compose rule returned a Promise; compose rules are sync')));
          continue;
        }
        findings.push(...checkResult(rule, result));
      } catch (error) {
        findings.push(errorFinding(rule, error));
      }
    }
  }

  async function runGuarded<T>(
    rule: Rule,
    run: () => T | Promise<T>,
  ): Promise<{ ok: true; value: T } | { ok: false; finding: Finding }> {
    try {
      const value = await withTimeout(Promise.resolve().then(run), timeoutMs);
      return { ok: true, value };
    } catch (error) {
      return { ok: false, finding: errorFinding(rule, error) };
    }
  }

  /**
   * Runs the stateful rules concurrently under ONE deadline for the stage (one timer per message, not one
   * per rule): a rule still pending when it fires yields a timeout finding; a rule that throws or rejects
   * yields an error finding. Findings keep the rules' order.
   */
  function runStateful(message: CheckedMessage): Promise<Finding[]> {
    return new Promise((resolve) => {
      const results: Array<Finding[] | undefined> = new Array(stateful.length);
      let pending = stateful.length;
      let done = false;
      let timer: NodeJS.Timeout | undefined;
      const finish = () => {
        if (done) return;
        done = true;
        if (timer) clearTimeout(timer);
        const out: Finding[] = [];
        for (const [index, result] of results.entries()) {
          out.push(
            ...(result ?? [errorFinding(stateful[index]!, new TimeoutError(`timed out after ${timeoutMs} ms`))]),
          );
        }
        resolve(out);
      };
      const settle = (index: number, findings: Finding[]) => {
        if (done) return;
        results[index] = findings;
        if (--pending === 0) finish();
      };
      for (const [index, rule] of stateful.entries()) {
        if (!rule.check) {
          settle(index, []);
          continue;
        }
        let outcome: Finding[] | Promise<Finding[]>;
        try {
          outcome = rule.check(message, contextFor(rule, message, 'check'));
        } catch (error) {
          settle(index, [errorFinding(rule, error)]);
          continue;
        }
        Promise.resolve(outcome).then(
          (value) => settle(index, checkResult(rule, value)),
          (error: unknown) => settle(index, [errorFinding(rule, error)]),
        );
      }
      if (!done) {
        timer = setTimeout(finish, timeoutMs);
      }
    });
  }

  async function runRate(message: CheckedMessage, findings: Finding[]): Promise<void> {
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
        outcome = Array.isArray(produced) ? { ok: true, value: produced } : await runGuarded(rule, () => produced);
      } catch (error) {
        outcome = { ok: false, finding: errorFinding(rule, error) };
      }
      if (!outcome.ok) {
        findings.push(outcome.finding);
        if (isBlocking(outcome.finding.action)) return;
        continue;
      }
      if (!Array.isArray(outcome.value)) {
        findings.push(errorFinding(rule, new Error('claims did not return an array')));
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
          : await withTimeout(store.consume(limits, message.at.getTime()), timeoutMs);
      } catch (error) {
        findings.push({
          ruleId: 'core/rate-store',
          action: errorAction,
          messageId: 'core.rate-error',
          message: resolveMessage(locale, 'core.rate-error', { error: errorText(error), action: errorAction }),
          params: { error: errorText(error), action: errorAction },
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
        finding = {
          ruleId: 'core/rate-store',
          action: errorAction,
          messageId: 'core.rule-error',
          message: errorText(error),
        };
      }
      findings.push(finding);
      if (isBlocking(finding.action)) return;
      claims = claims.filter((_, i) => i !== index);
    }
  }

  function withAudit(message: CheckedMessage, decision: Decision): Decision {
    const audit: DecisionAudit = {
      at: message.at.toISOString(),
      kind: message.kind,
      senderId: message.senderId,
      textSha256: textSha256(message.text),
      ruleIds: [...new Set(decision.findings.map((finding) => finding.ruleId))],
    };
    if (message.account !== undefined) audit.account = message.account;
    if (message.campaignId !== undefined) audit.campaignId = message.campaignId;
    if (message.to) audit.to = maskPhone(message.to);
    if (message.recipient) audit.country = message.recipient.country;
    for (const finding of decision.findings) {
      const eventId = finding.evidence?.find((e) => typeof e.data?.eventId === 'string')?.data?.eventId;
      if (typeof eventId === 'string') {
        audit.consentEventId = eventId;
        break;
      }
    }
    decision.audit = audit;
    return decision;
  }

  return {
    rules,
    locale,
    lint(input: unknown): Decision {
      const message = parseOutboundMessage(input, { maxTextLength, template: true, defaultRegion, now: clock() });
      const findings: Finding[] = [];
      runStateless(message, 'lint', findings);
      runCompose(message, 'lint', findings);
      return withAudit(message, mergeFindings(findings));
    },
    async check(input: unknown): Promise<Decision> {
      const message = parseOutboundMessage(input, { maxTextLength, defaultRegion, now: clock() });
      const findings: Finding[] = [];
      runStateless(message, 'check', findings);
      if (stateful.length > 0) findings.push(...(await runStateful(message)));
      runCompose(message, 'check', findings);
      if (!findings.some((finding) => isBlocking(finding.action))) await runRate(message, findings);
      return withAudit(message, mergeFindings(findings));
    },
  };
}
