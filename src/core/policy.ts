/**
 * createPolicy: validates options once, then `check` (async, all stages) and `lint` (sync, stateless).
 *
 * The flow of `check`: parse the message → stateless rules (sync) → stateful rules (ports, concurrently,
 * each guarded by a timeout) → only when nothing blocks, the rate claims of every rate rule, consumed in
 * one atomic call → merge findings into a verdict.
 */
import { createHmac } from 'node:crypto';
import { withAudit } from './_audit.js';
import { createEngine } from './_engine-context.js';
import { makeIssue } from './_issues.js';
import { memoizeByString } from './_memo.js';
import { errorActions, optionsSchema, validateRules } from './_policy-options.js';
import { expandRoutes } from './_routes.js';
import { runRate } from './_stage-rate.js';
import { runStateful } from './_stage-stateful.js';
import { runCompose, runStateless } from './_stage-sync.js';
import { PolicyConfigError } from './errors.js';
import { createMessageCatalog } from './locale.js';
import { DEFAULT_MAX_TEXT_LENGTH, parseOutboundMessage } from './message.js';
import { CORE_MESSAGES } from './messages.js';
import { parseOptions } from './options.js';
import type { ConsentPort, RateStore } from './ports.js';
import type { Decision, Finding, Locale, OutboundMessage, Rule, TemplateMessage } from './types.js';
import { isBlocking, mergeFindings } from './verdict.js';

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
  const clock = options.clock ?? (() => new Date());
  const auditKey = options.auditKey;
  const textHmac = auditKey
    ? memoizeByString((text) => createHmac('sha256', auditKey).update(text).digest('hex'), 256)
    : undefined;
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

  const engine = createEngine({
    rules,
    locale,
    // Each rule hands its pack's messages; the engine's come first and a later part wins, as in the library catalog.
    catalog: createMessageCatalog([CORE_MESSAGES, ...rules.map((rule) => rule.messages)]),
    errorAction: errorActions(options.onError),
    timeoutMs: options.timeoutMs ?? 5_000,
    consent,
    rateStore,
    textHmac,
  });
  const stateless = rules.filter((rule) => rule.stage === 'stateless');
  const stateful = rules.filter((rule) => rule.stage === 'stateful');
  const rate = rules.filter((rule) => rule.stage === 'rate');
  const compose = rules.filter((rule) => rule.stage === 'compose');

  return {
    rules,
    locale,
    lint(input: unknown): Decision {
      const message = parseOutboundMessage(input, { maxTextLength, template: true, defaultRegion, now: clock() });
      const findings: Finding[] = [];
      runStateless(engine, stateless, message, 'lint', findings);
      runCompose(engine, compose, message, 'lint', findings);
      return withAudit(message, mergeFindings(findings), textHmac);
    },
    async check(input: unknown): Promise<Decision> {
      const message = parseOutboundMessage(input, { maxTextLength, defaultRegion, now: clock() });
      const findings: Finding[] = [];
      runStateless(engine, stateless, message, 'check', findings);
      if (stateful.length > 0) findings.push(...(await runStateful(engine, stateful, message)));
      runCompose(engine, compose, message, 'check', findings);
      if (!findings.some((finding) => isBlocking(finding.action))) await runRate(engine, rate, message, findings);
      return withAudit(message, mergeFindings(findings), textHmac);
    },
  };
}
