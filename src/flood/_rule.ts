/** Shared plumbing of the flood rules: option schemas, per-account overrides, findings for a refused claim. */
import { z } from 'zod';
import type { RuleWithDefaults } from '../core/policy.js';
import type { RateStore } from '../core/ports.js';
import { defineRule, type RuleDefinition } from '../core/rule.js';
import { FINDING_ACTIONS, MESSAGE_KINDS, type MessageKind, type RateClaim, type RuleContext } from '../core/types.js';
import { MemoryRateStore } from './memory-store.js';
import type { FloodLimitSettings, FloodRuleCommonOptions } from './options.js';
import { FLOOD_MESSAGES } from './messages.js';

const positiveInt = z.number().int().positive();

export const commonShape = {
  action: z.enum(FINDING_ACTIONS).optional(),
  kinds: z.array(z.enum(MESSAGE_KINDS)).min(1).optional(),
  overrides: z.function().optional(),
  defaultRateStore: z.function().optional(),
  limit: positiveInt.max(1_000_000_000).optional(),
  windowMs: positiveInt.max(366 * 86_400_000).optional(),
  burst: z.number().int().min(0).max(1_000_000_000).optional(),
};

/** The limit for one account: defaults, then the override's fields. */
function settingsFor(
  base: FloodLimitSettings,
  overrides: FloodRuleCommonOptions['overrides'],
  account: string,
): FloodLimitSettings {
  const override = overrides?.(account);
  return override ? { ...base, ...override } : base;
}

/** What every flood rule derives from its parsed options: limits, action, kinds, and per-message helpers. */
export interface FloodSettings {
  action: NonNullable<FloodRuleCommonOptions['action']>;
  /** True when the rule looks at this message: it has an account and a recipient, and its kind is covered. */
  applies<M extends { account?: string | undefined; to?: string | undefined; kind: MessageKind }>(
    message: M,
  ): message is M & { account: string; to: string };
  /** The limit for the message's account (defaults, then the account's override). */
  settingsFor(account: string): FloodLimitSettings;
}

/**
 * Resolves the options every flood rule shares. Rules without a burst pass defaults without one and get
 * settings without one (an override's `burst` is then ignored).
 */
export function floodSettings(
  parsed: {
    limit?: number | undefined;
    windowMs?: number | undefined;
    burst?: number | undefined;
    action?: FloodSettings['action'] | undefined;
    kinds?: MessageKind[] | undefined;
  },
  options: FloodRuleCommonOptions | undefined,
  defaults: { limit: number; windowMs: number; burst?: number },
  defaultAction: FloodSettings['action'],
  defaultKinds: MessageKind[],
): FloodSettings {
  const base: FloodLimitSettings = {
    limit: parsed.limit ?? defaults.limit,
    windowMs: parsed.windowMs ?? defaults.windowMs,
  };
  const withBurst = defaults.burst !== undefined;
  if (defaults.burst !== undefined) base.burst = parsed.burst ?? defaults.burst;
  const kinds = new Set(parsed.kinds ?? defaultKinds);
  const overrides = options?.overrides;
  return {
    action: parsed.action ?? defaultAction,
    applies: <M extends { account?: string | undefined; to?: string | undefined; kind: MessageKind }>(
      message: M,
    ): message is M & { account: string; to: string } =>
      Boolean(message.account && message.to && kinds.has(message.kind)),
    settingsFor(account) {
      const settings = settingsFor(base, overrides, account);
      if (withBurst) return settings;
      return { limit: settings.limit, windowMs: settings.windowMs };
    },
  };
}

/** A lazily created store shared by the rules built with it. */
export function lazyMemoryStore(): () => RateStore {
  let store: RateStore | undefined;
  return () => {
    store ??= new MemoryRateStore();
    return store;
  };
}

/** Attaches the default store to a rule (see `RuleWithDefaults`). */
export function withDefaultStore(definition: RuleDefinition, store: () => RateStore): RuleWithDefaults {
  const rule = defineRule({ ...definition, messages: FLOOD_MESSAGES, stage: 'rate', needs: ['to', 'account'] });
  return Object.assign(rule, { defaults: { rateStore: store } });
}

export interface BlockedInput {
  ctx: RuleContext;
  action: NonNullable<FloodRuleCommonOptions['action']>;
  messageId: string;
  recipient: string;
  settings: FloodLimitSettings;
  retryAfterMs?: number;
  data?: Record<string, string | number | boolean>;
}

/**
 * The finding of a refused claim: masked recipient, the limit, when to retry; never the body. Built with plain
 * assignments (no object spreads): in a throttled campaign nearly every message gets one.
 */
export function blockedFinding(
  input: BlockedInput,
  retryAfter: number | undefined = input.retryAfterMs,
): ReturnType<RateClaim['onBlocked']> {
  const { ctx, settings } = input;
  const retryAfterMs = retryAfter ?? settings.windowMs;
  const recipient = ctx.maskPhone(input.recipient);
  const params = {
    recipient,
    limit: settings.limit,
    windowMs: settings.windowMs,
    retryAfterSeconds: Math.ceil(retryAfterMs / 1000),
  };
  const data: Record<string, string | number | boolean> = {
    recipient,
    limit: settings.limit,
    windowMs: settings.windowMs,
    retryAfterMs,
  };
  if (input.data) for (const key in input.data) data[key] = input.data[key]!;
  if (settings.burst !== undefined) data.burst = settings.burst;
  const finding: Parameters<RuleContext['finding']>[0] = {
    action: input.action,
    messageId: input.messageId,
    params,
    evidence: [{ data }],
  };
  if (input.action === 'defer') finding.retryAt = new Date(ctx.now.getTime() + retryAfterMs);
  return ctx.finding(finding);
}

/** One claim on one limit whose refusal is reported by `blockedFinding`: the shape every flood rule uses. */
export function claimFor(limit: RateClaim['limit'], input: Omit<BlockedInput, 'retryAfterMs'>): RateClaim {
  return { limit, onBlocked: ({ retryAfterMs }) => blockedFinding(input, retryAfterMs) };
}
