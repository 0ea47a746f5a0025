/**
 * createPolicy: validates options once, then `check` (async, all stages) and `lint` (sync, stateless).
 *
 * The flow of `check`: parse the message → stateless rules (sync) → stateful rules (ports, concurrently,
 * each guarded by a timeout) → only when nothing blocks, the rate claims of every rate rule, consumed in
 * one atomic call → merge findings into a verdict.
 */
import { createHmac } from 'node:crypto';
import { z } from 'zod';
import { makeIssue } from './_issues.js';
import { memoizeByString } from './_memo.js';
import { expandRoutes } from './_routes.js';
import { consentEventOf } from './consent-query.js';
import { PolicyConfigError } from './errors.js';
import { createMessageCatalog } from './locale.js';
import { CORE_MESSAGES } from './messages.js';
import { excerpt, maskPhone, safeErrorText } from './mask.js';
import { DEFAULT_MAX_TEXT_LENGTH, parseOutboundMessage } from './message.js';
import type { ConsentPort, ConsentQuery, ConsentStatus, RateStore } from './ports.js';
import type {
  CheckedMessage,
  Decision,
  DecisionAudit,
  Finding,
  FindingAction,
  FindingInput,
  Locale,
  OutboundMessage,
  RateClaim,
  Rule,
  RuleContext,
  RuleMode,
  TemplateMessage,
} from './types.js';
import { isBlocking, mergeFindings } from './verdict.js';
import { parseOptions } from './options.js';

/** What a rule that cannot be evaluated yields: `allow` sends with a `warn` finding. */
export type OnErrorAction = 'deny' | 'allow' | 'review';

/**
 * `onError`, per port. The string form sets `rateStore` and `rules` only: consent failures follow `consent`, so a
 * global `'allow'` (the low-latency OTP recipe) never lets a promotional message through unchecked. Every port
 * not set is `review`; consent fails open only when `consent: 'allow'` is set explicitly.
 */
export type OnErrorSetting =
  | OnErrorAction
  | {
      /** A consent ledger that fails or hangs (any rule that asked `ctx.consent`, or declares `needs: ['consent']`). */
      consent?: OnErrorAction;
      /** A rate store that fails or hangs. */
      rateStore?: OnErrorAction;
      /** A rule that throws, rejects or hangs for any other reason. */
      rules?: OnErrorAction;
    };

export interface PolicyOptions {
  rules: Rule[];
  /** Required by consent rules. */
  consent?: ConsentPort;
  /** Used by rate rules; when absent, the first rule that offers a default store (the flood pack's memory store) supplies it. */
  rateStore?: RateStore;
  clock?: () => Date;
  locale?: Locale;
  /**
   * What a rule that cannot be evaluated (it throws, a store is down or hangs) yields, per port; default `review`
   * for each. A string sets `rateStore` and `rules` only; consent fails open only with `{ consent: 'allow' }`.
   */
  onError?: OnErrorSetting;
  /** Longest wait for an async rule or the rate store, in ms. Default 5,000. */
  timeoutMs?: number;
  /** Longest accepted `text`, in UTF-16 units. Default 1,600. */
  maxTextLength?: number;
  /** Region for numbers written without a country code. Default `JO`. */
  defaultRegion?: string;
  /**
   * Deployment secret (16+ characters or bytes) for the text hash of the audit record and the Jordan send record:
   * `audit.textHmac` is HMAC-SHA256(auditKey, text), so whoever holds the key can match a complaint's text to a
   * send, and nobody without it can recover a short text (an OTP) by hashing guesses. Without a key no text hash
   * is recorded.
   */
  auditKey?: string | Uint8Array;
}

export interface Policy {
  /**
   * Evaluates every rule; consumes rate budget only when everything else allows. The parameter is typed, and
   * the same checks run at run time for plain JavaScript callers (a bad message throws `PolicyInputError`).
   */
  check(message: OutboundMessage): Promise<Decision>;
  /** Stateless rules only, synchronous; `to` and `account` may be omitted (a template check). */
  lint(message: TemplateMessage): Decision;
  readonly rules: readonly Rule[];
  readonly locale: Locale;
}

/** A rule may offer a default port (the flood pack offers its memory store). */
export interface RuleWithDefaults extends Rule {
  readonly defaults?: { rateStore?: () => RateStore };
}

const onErrorAction = z.enum(['deny', 'allow', 'review']);
const optionsSchema = z.object({
  rules: z.array(z.any()),
  locale: z.enum(['en', 'ar']).optional(),
  onError: z
    .union([
      onErrorAction,
      z.strictObject({
        consent: onErrorAction.optional(),
        rateStore: onErrorAction.optional(),
        rules: onErrorAction.optional(),
      }),
    ])
    .optional(),
  auditKey: z
    .union([z.string().min(16), z.instanceof(Uint8Array).refine((key) => key.length >= 16, 'at least 16 bytes')])
    .optional(),
  timeoutMs: z.number().int().positive().max(600_000).optional(),
  maxTextLength: z.number().int().positive().max(1_000_000).optional(),
  defaultRegion: z.string().length(2).optional(),
  clock: z.function().optional(),
});

const ERROR_ACTION: Record<OnErrorAction, FindingAction> = { deny: 'deny', review: 'review', allow: 'warn' };

type Port = 'consent' | 'rateStore' | 'rules';

/** The finding action of a failure at each port. */
function errorActions(setting: OnErrorSetting | undefined): Record<Port, FindingAction> {
  const ports: Record<Port, OnErrorAction> =
    typeof setting === 'string'
      ? { consent: 'review', rateStore: setting, rules: setting }
      : {
          consent: setting?.consent ?? 'review',
          rateStore: setting?.rateStore ?? 'review',
          rules: setting?.rules ?? 'review',
        };
  return {
    consent: ERROR_ACTION[ports.consent],
    rateStore: ERROR_ACTION[ports.rateStore],
    rules: ERROR_ACTION[ports.rules],
  };
}

/** How one rule used the consent port while checking one message. */
interface ConsentUse {
  pending: number;
  failed: boolean;
}

class TimeoutError extends Error {}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
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
  parseOptions(optionsSchema, options, 'createPolicy');
  const defaultRegion = options.defaultRegion ?? 'JO';
  // byCountry routers become one routed rule per rule id; ids are checked again after the expansion.
  const rules = validateRules(expandRoutes(validateRules(options.rules), defaultRegion));
  const locale: Locale = options.locale ?? 'en';
  // Each rule hands its pack's messages; the engine's come first and a later part wins, as in the library catalog.
  const catalog = createMessageCatalog([CORE_MESSAGES, ...rules.map((rule) => rule.messages)]);
  const resolveMessage = catalog.resolve;
  const clock = options.clock ?? (() => new Date());
  const errorAction = errorActions(options.onError);
  const auditKey = options.auditKey;
  const textHmac = auditKey
    ? memoizeByString((text) => createHmac('sha256', auditKey).update(text).digest('hex'), 256)
    : undefined;
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
        // A message asks a handful of questions at most: a short list beats a Map and a key string per query.
        const asked: Array<{ query: ConsentQuery; answer: Promise<ConsentStatus> }> = [];
        port = {
          status(query) {
            for (const entry of asked) {
              const q = entry.query;
              if (
                q.subject === query.subject &&
                q.account === query.account &&
                q.kind === query.kind &&
                (q.senderId ?? '') === (query.senderId ?? '')
              ) {
                return entry.answer;
              }
            }
            const answer = consent.status(query);
            asked.push({ query, answer });
            return answer;
          },
        };
      }
      perMessage = { message, excerpt: (span) => excerpt(message.text, span), consent: port };
    }
    return perMessage;
  }

  /**
   * The context of one rule for one message. `use`, when given, learns whether the rule's consent questions failed
   * or are still pending, so that a failure there follows `onError.consent`.
   */
  function contextFor(rule: Rule, message: CheckedMessage, mode: RuleMode, use?: ConsentUse): RuleContext {
    const helpers = helpersFor(message);
    const ctx: { -readonly [K in keyof RuleContext]: RuleContext[K] } = {
      now: message.at,
      locale,
      mode,
      finding: findingHelpers.get(rule)!,
      excerpt: helpers.excerpt,
      maskPhone,
    };
    if (textHmac) ctx.textHmac = textHmac;
    const shared = helpers.consent;
    if (shared) {
      ctx.consent = use
        ? {
            status(query) {
              let answer: Promise<ConsentStatus>;
              try {
                answer = shared.status(query);
              } catch (error) {
                use.failed = true;
                throw error;
              }
              use.pending++;
              // Registered before the rule awaits, so it runs before the rule sees the outcome.
              Promise.resolve(answer).then(
                () => {
                  use.pending--;
                },
                () => {
                  use.pending--;
                  use.failed = true;
                },
              );
              return answer;
            },
          }
        : shared;
    }
    if (rateStore) ctx.rateStore = rateStore;
    return ctx;
  }

  /** The port a failure of `rule` is charged to. */
  function portOf(rule: Rule, use: ConsentUse | undefined, timedOut: boolean): Port {
    if (use && (use.failed || (timedOut && use.pending > 0))) return 'consent';
    return (rule.meta.needs ?? []).includes('consent') ? 'consent' : 'rules';
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

  function errorFinding(rule: Rule, error: unknown, message: CheckedMessage, use?: ConsentUse): Finding {
    const timedOut = error instanceof TimeoutError;
    const port = portOf(rule, use, timedOut);
    const action = errorAction[port];
    const kind = port === 'consent' ? 'consent' : 'rule';
    return buildFinding(rule, {
      action,
      messageId: timedOut ? `core.${kind}-timeout` : `core.${kind}-error`,
      params: timedOut
        ? { ruleId: rule.id, timeoutMs, action }
        : { ruleId: rule.id, error: safeErrorText(error, message.text), action },
    });
  }

  function checkResult(rule: Rule, result: unknown, message: CheckedMessage): Finding[] {
    if (!Array.isArray(result)) {
      return [errorFinding(rule, new Error('check did not return an array of findings'), message)];
    }
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
          findings.push(
            errorFinding(rule, new Error('stateless rule returned a Promise; declare it stateful'), message),
          );
          continue;
        }
        findings.push(...checkResult(rule, result, message));
      } catch (error) {
        findings.push(errorFinding(rule, error, message));
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

  async function runGuarded<T>(
    rule: Rule,
    message: CheckedMessage,
    run: () => T | Promise<T>,
  ): Promise<{ ok: true; value: T } | { ok: false; finding: Finding }> {
    try {
      const value = await withTimeout(Promise.resolve().then(run), timeoutMs);
      return { ok: true, value };
    } catch (error) {
      return { ok: false, finding: errorFinding(rule, error, message) };
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
      const uses: ConsentUse[] = stateful.map(() => ({ pending: 0, failed: false }));
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
            ...(result ?? [
              errorFinding(stateful[index]!, new TimeoutError(`timed out after ${timeoutMs} ms`), message, uses[index]),
            ]),
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
        const use = uses[index]!;
        try {
          outcome = rule.check(message, contextFor(rule, message, 'check', use));
        } catch (error) {
          settle(index, [errorFinding(rule, error, message, use)]);
          continue;
        }
        Promise.resolve(outcome).then(
          (value) => settle(index, checkResult(rule, value, message)),
          (error: unknown) => settle(index, [errorFinding(rule, error, message, use)]),
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
        outcome = Array.isArray(produced)
          ? { ok: true, value: produced }
          : await runGuarded(rule, message, () => produced);
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
          : await withTimeout(store.consume(limits, message.at.getTime()), timeoutMs);
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

  function withAudit(message: CheckedMessage, decision: Decision): Decision {
    const audit: DecisionAudit = {
      at: message.at.toISOString(),
      kind: message.kind,
      senderId: message.senderId,
      ruleIds: [...new Set(decision.findings.map((finding) => finding.ruleId))],
    };
    if (textHmac) audit.textHmac = textHmac(message.text);
    if (message.account !== undefined) audit.account = message.account;
    if (message.campaignId !== undefined) audit.campaignId = message.campaignId;
    if (message.to) audit.to = maskPhone(message.to);
    if (message.recipient) audit.country = message.recipient.country;
    const consentEventId = consentEventOf(decision.findings);
    if (consentEventId !== undefined) audit.consentEventId = consentEventId;
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
