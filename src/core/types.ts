/**
 * The engine's vocabulary: messages as rules see them, findings, decisions and rules.
 * No domain knowledge lives here; domains build on these shapes.
 */
import type { LocaleMessages } from './locale.js';
import type { ConsentPort } from './ports.js';
import type { RateLimit, RateStore } from './ports.js';

export type MessageKind = 'ADV' | 'SRV' | 'AWR' | 'ALR';
export const MESSAGE_KINDS = ['ADV', 'SRV', 'AWR', 'ALR'] as const satisfies readonly MessageKind[];

export type Locale = 'en' | 'ar';
export type Verdict = 'allow' | 'review' | 'defer' | 'deny';
export type FindingAction = 'deny' | 'defer' | 'review' | 'warn' | 'info';
export const FINDING_ACTIONS = ['deny', 'defer', 'review', 'warn', 'info'] as const satisfies readonly FindingAction[];
/** An action a user may set for a rule; `off` disables it. */
export type RuleActionSetting = FindingAction | 'off';

/** The message a caller hands to `check` or `lint`. */
export interface OutboundMessage {
  account: string;
  senderId: string;
  to: string;
  text: string;
  kind: MessageKind;
  campaignId?: string;
  at?: Date | string;
}

/**
 * The message `lint` takes: an outbound message whose `to` and `account` may be omitted (a template check;
 * rules that need them are skipped).
 */
export interface TemplateMessage extends Omit<OutboundMessage, 'to' | 'account'> {
  to?: string;
  account?: string;
}

/** The recipient after parsing: E.164 plus what the number plan says about it. */
export interface Recipient {
  e164: string;
  country: string;
  mobile: boolean;
  /**
   * False for a number that has a possible length for its country but lies in no allocated range (libphonenumber:
   * possible, not valid), e.g. `+962774804354`; the number rules report it. True or absent otherwise.
   */
  allocated?: boolean;
}

/**
 * A validated message as rules see it. `to`, `recipient` and `account` are absent only in a
 * template check (`lint`), where rules that need them are skipped.
 */
export interface CheckedMessage {
  account?: string;
  senderId: string;
  /** E.164 form of the recipient. */
  to?: string;
  recipient?: Recipient;
  text: string;
  kind: MessageKind;
  campaignId?: string;
  /** Intended send time (the policy clock when the caller gave none). */
  at: Date;
}

export type EvidenceData = Record<string, string | number | boolean>;

export interface Evidence {
  /** Half-open UTF-16 offsets into the ORIGINAL text. */
  span?: [number, number];
  excerpt?: string;
  data?: EvidenceData;
}

export type MessageParams = Record<string, string | number | boolean>;

export interface Finding {
  ruleId: string;
  action: FindingAction;
  messageId: string;
  /** Human text in the policy locale. */
  message: string;
  params?: MessageParams;
  source?: string;
  evidence?: Evidence[];
  /** For `defer`: the earliest instant the message may be sent. */
  retryAt?: Date;
}

export interface Decision {
  verdict: Verdict;
  findings: Finding[];
  retryAt?: Date;
  /** What was decided about what, without personal data: the record JO-REC-01 and policy P12 ask for. */
  audit?: DecisionAudit;
}

/** A serialisable record of one decision: masked recipient, a hash of the text, the rules that spoke. */
export interface DecisionAudit {
  /** ISO time the message was evaluated for. */
  at: string;
  kind: MessageKind;
  senderId: string;
  account?: string;
  campaignId?: string;
  /** Masked recipient, e.g. `+96279•••4567`. */
  to?: string;
  /**
   * HMAC-SHA256 of the text under the policy's `auditKey`, hex; lets whoever holds the key match a complaint to a
   * send without storing the body. Absent without an `auditKey` (an unkeyed hash of a short text, such as an OTP,
   * could be reversed by hashing guesses).
   */
  textHmac?: string;
  /** The recipient's country (ISO 3166 alpha-2, `ZZ` for non-geographic numbers): what byCountry routed by. */
  country?: string;
  ruleIds: string[];
  /** Consent event that decided, when a consent rule reported one. */
  consentEventId?: string;
}

/** What a rule hands to `ctx.finding`; the engine fills in the rule id and resolves the text. */
export interface FindingInput {
  action: FindingAction;
  messageId: string;
  /** Literal text; when absent the locale bundle resolves `messageId` with `params`. */
  message?: string;
  params?: MessageParams;
  source?: string;
  evidence?: Evidence[];
  retryAt?: Date;
}

export type RuleMode = 'check' | 'lint';

export interface RuleContext {
  /** The instant the message is evaluated for: `message.at`. */
  readonly now: Date;
  readonly locale: Locale;
  readonly mode: RuleMode;
  readonly consent?: ConsentPort;
  readonly rateStore?: RateStore;
  /** Builds a finding stamped with the current rule's id (and its default source). */
  finding(input: FindingInput): Finding;
  /** A short excerpt of the original text around a span, with long digit runs masked. */
  excerpt(span: [number, number]): string;
  /** `+96279•••4567` */
  maskPhone(phone: string): string;
  /** HMAC-SHA256 (hex) of a text under the policy's `auditKey`; absent when the policy has none. */
  textHmac?(text: string): string;
  /**
   * For `compose` rules only: the findings of the other stages so far (read-only), so a country pack can
   * build on what the content rules found.
   */
  readonly findings?: readonly Finding[];
}

/** Which ports and message fields a rule needs; in `lint`, rules whose needs are missing are skipped. */
export type RuleNeed = 'to' | 'account' | 'consent' | 'rateStore';

export type ConfidenceGrade = 'A' | 'B' | 'C' | 'D';

export interface RuleMeta {
  /** Stable id, `domain/kebab-case`. */
  id: string;
  /** One line: what the rule checks. */
  description: string;
  /** The action the rule takes by default (its strongest). */
  defaultAction: FindingAction;
  /** Clause enforced, e.g. `policy P9a` or `JO-TIM-01`. */
  source?: string;
  confidence?: ConfidenceGrade;
  verified?: boolean;
  sources?: string[];
  /** Path of the rule's docs page relative to the repository root. */
  docs?: string;
  needs?: RuleNeed[];
  /**
   * The message field a finding without a span is about (default `text`): `check` points such a finding at
   * that field of the template file, e.g. the `senderId:` line for a sender ID rule.
   */
  field?: MessageField;
}

/** A field of an outbound message, as named in `OutboundMessage`. */
export type MessageField = 'text' | 'senderId' | 'kind' | 'to' | 'account' | 'campaignId' | 'at';

/**
 * A claim on the rate budget. The engine gathers the claims of every rate rule and consumes them in one
 * atomic call, after all other rules allowed the message; nothing is consumed when anything blocks.
 */
export interface RateClaim {
  limit: RateLimit;
  /** Builds the finding when this limit is the one that blocked. Its action decides what happens next:
   * a blocking action (deny/defer/review) consumes nothing; warn/info drops this claim and retries the rest. */
  onBlocked(blocked: { retryAfterMs?: number }): Finding;
}

export type RuleStage = 'stateless' | 'stateful' | 'compose' | 'rate';

export interface Rule {
  readonly id: string;
  readonly meta: RuleMeta;
  /**
   * `stateless`: sync, text and fields only (runs in `lint`);
   * `stateful`: may await `ctx.consent` and other ports;
   * `compose`: sync, runs after the stateless and stateful rules and reads their findings (`ctx.findings`);
   *   in `lint` it runs after the stateless rules;
   * `rate`: declares rate claims through `claims`, consumed last.
   */
  readonly stage: RuleStage;
  /** The texts of the rule's message ids, per locale: the policy resolves its findings' `messageId` with them. */
  readonly messages?: LocaleMessages;
  check?(message: CheckedMessage, ctx: RuleContext): Finding[] | Promise<Finding[]>;
  claims?(message: CheckedMessage, ctx: RuleContext): RateClaim[] | Promise<RateClaim[]>;
}
