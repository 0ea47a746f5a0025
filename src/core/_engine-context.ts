/**
 * The per-policy machinery every stage shares: the rule context (with a consent port that asks each distinct
 * question once per message and learns whether a rule's questions failed), findings stamped with the rule id and
 * resolved in the policy locale, error findings charged to the port that failed, and the timeout guard.
 */
import { type Deadline, DeadlineQueue } from './_deadlines.js';
import { excerpt, maskPhone, safeErrorText } from './mask.js';
import type { MessageCatalog } from './locale.js';
import type { Port } from './_policy-options.js';
import type { ConsentPort, ConsentQuery, ConsentStatus, RateStore } from './ports.js';
import type {
  CheckedMessage,
  Finding,
  FindingAction,
  FindingInput,
  Locale,
  Rule,
  RuleContext,
  RuleMode,
} from './types.js';

export class TimeoutError extends Error {}

/** Races `promise` against a deadline of the policy's queue (one timer for every check, not one each). */
export function withTimeout<T>(promise: Promise<T>, deadlines: DeadlineQueue, ms: number): Promise<T> {
  let deadline: Deadline | undefined;
  const timeout = new Promise<never>((_, reject) => {
    deadline = deadlines.add(() => reject(new TimeoutError(`timed out after ${ms} ms`)));
  });
  return Promise.race([promise, timeout]).finally(() => deadline?.cancel());
}

/** How one rule used the consent port while checking one message. */
export interface ConsentUse {
  pending: number;
  failed: boolean;
}

/** What the engine is built from: the policy's settled options. */
export interface EngineSettings {
  rules: readonly Rule[];
  locale: Locale;
  catalog: MessageCatalog;
  errorAction: Record<Port, FindingAction>;
  timeoutMs: number;
  consent: ConsentPort | undefined;
  rateStore: RateStore | undefined;
  textHmac: ((text: string) => string) | undefined;
}

export interface Engine {
  readonly settings: EngineSettings;
  /** Every stage's deadlines share one timer: deadlines of one length come in order. */
  readonly deadlines: DeadlineQueue;
  contextFor(rule: Rule, message: CheckedMessage, mode: RuleMode, use?: ConsentUse): RuleContext;
  buildFinding(rule: Rule, input: FindingInput): Finding;
  errorFinding(rule: Rule, error: unknown, message: CheckedMessage, use?: ConsentUse): Finding;
  checkResult(rule: Rule, result: unknown, message: CheckedMessage): Finding[];
  skipInLint(rule: Rule, message: CheckedMessage): boolean;
}

/** Builds the shared machinery once per policy. */
export function createEngine(settings: EngineSettings): Engine {
  const { rules, locale, catalog, errorAction, timeoutMs, consent, rateStore, textHmac } = settings;
  const resolveMessage = catalog.resolve;

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

  const deadlines = new DeadlineQueue(timeoutMs);
  return { settings, deadlines, contextFor, buildFinding, errorFinding, checkResult, skipInLint };
}
