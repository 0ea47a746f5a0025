/**
 * The CLI's only door to the rule packs. Everything the commands know about contentRules, consentRules,
 * floodRules, jordanRules, uaeRules, ksaRules, classifyContent, detectKeyword and the consent stores goes through this file,
 * so wiring a pack is a few lines here and nowhere else.
 *
 */
import {
  type ContentModel,
  type ContentOptions,
  classifyContent,
  contentRules,
  createContentClassifier,
  loadContentModel,
} from '../content/index.js';
import { compiledContent } from '../content/classify.js';
import { modelToJson, type TrainingExample, trainContentModel } from '../content/train.js';
import { defaultModel } from '../content/model.js';
import {
  type ConsentRulesOptions,
  consentRules,
  createConsentLedger,
  detectKeyword,
  MemoryConsentStore,
} from '../consent/index.js';
import type { ConsentPort, ConsentStatus } from '../core/ports.js';
import type { Rule } from '../core/types.js';
import { ACCOUNT_THROUGHPUT_DEFAULTS, type FloodRulesOptions, floodRules } from '../flood/index.js';
import { type JordanRulesOptions, jordanRules } from '../jordan/index.js';
import { type KsaRulesOptions, ksaRules } from '../ksa/index.js';
import { type UaeRulesOptions, uaeRules } from '../uae/index.js';
import { normalizePhone } from '../text/phone.js';
// `--consent-db` imports '../adapters/sqlite.js' lazily (see consentAdapter.sqliteLedger), so `check` never
// loads better-sqlite3.

export type PackOptions = Record<string, unknown>;

export interface PackDefinition {
  description: string;
  /** Enabled when no config file lists packs. */
  enabledByDefault: boolean;
  /** For a country's regulator pack: its ISO 3166 alpha-2 code. Such packs are routed, never global, once any pack is. */
  country?: string;
  /** Builds the pack's rules; options come from the config file (`packs.<name>`), validated by the pack. */
  rules(options: PackOptions | undefined): Rule[];
}

/** name → pack. The config file's `packs` keys must be names in this registry. */
export const PACKS: Record<string, PackDefinition> = {
  // Each factory validates its own options (zod) and throws PolicyConfigError, which the CLI reports as
  // `<config file>: packs.<name>: ...` with exit 2. `o` is the config's `packs.<name>` object (or undefined).
  content: {
    description: 'Prohibited content',
    enabledByDefault: true,
    rules: (o) => contentRules(o as ContentOptions),
  },
  consent: {
    description: 'Consent and opt-out',
    enabledByDefault: true,
    rules: (o) => consentRules(o as ConsentRulesOptions),
  },
  flood: {
    description: 'Flood and rate limits',
    enabledByDefault: true,
    rules: (o) => floodRules(o as FloodRulesOptions),
  },
  jordan: {
    description: 'Jordan TRC rules',
    enabledByDefault: true,
    country: 'JO',
    rules: (o) => jordanRules(o as JordanRulesOptions),
  },
  // The Gulf packs are off unless the config names them, usually routed: `packs: { AE: uae, SA: ksa }`.
  uae: {
    description: 'UAE TDRA rules',
    enabledByDefault: false,
    country: 'AE',
    rules: (o) => uaeRules(o as UaeRulesOptions),
  },
  ksa: {
    description: 'Saudi CST rules',
    enabledByDefault: false,
    country: 'SA',
    rules: (o) => ksaRules(o as KsaRulesOptions),
  },
};

/** The contract's ContentReport, structurally (the content pack's type is assignable to it). */
export interface ContentReportView {
  language: string;
  categories: Array<{
    category: string;
    score: number;
    action: 'deny' | 'review';
    hits: Array<{ ruleId: string; span: [number, number]; weight: number; term?: string }>;
  }>;
}

/** The contract's `detectKeyword` result, structurally. */
export interface KeywordView {
  intent: 'opt-out' | 'opt-in' | 'help' | null;
  keyword?: string;
  language?: string;
}

export type ClassifyFunction = (text: string) => ContentReportView;
export type KeywordFunction = (text: string) => KeywordView;

export const classifyText: ClassifyFunction | undefined = (text) => classifyContent(text);

/** A classifier with a given model (`classify --model`, the config's `content.model`). */
export function classifierWithModel(model: ContentModel): ClassifyFunction {
  return createContentClassifier({ model });
}

export { type ContentModel, loadContentModel };

/** `sms-policy train`: a model from labelled examples, on the shipped model (`base: 'default'`) or alone. */
export function trainModel(examples: readonly TrainingExample[], base: 'default' | 'none', trainedOn: string): string {
  const shipped = defaultModel();
  const model = trainContentModel(examples, compiledContent(undefined, 'train'), {
    base: base === 'default' ? shipped : null,
    part: 'own',
    name: 'own',
    trainedOn,
  });
  return modelToJson(model, shipped?.base ?? null);
}

export type { TrainingExample };
export const detectKeywordIntent: KeywordFunction | undefined = (text) => detectKeyword(text);

/** A consent ledger for `simulate`, plus options merged into the consent pack's options. */
export interface ConsentSetup {
  ledger: ConsentPort;
  /** e.g. `{ model: 'opt-out' }` when an opt-out list drives the simulation. */
  packOptions?: PackOptions;
  /** Numbers loaded (opt-out lists). */
  loaded?: number;
  close?(): unknown;
}

export interface ConsentAdapter {
  /** Opt-out model: every number in `numbers` (E.164) is revoked for `account`; no grant is needed. */
  optOutLedger(input: { account: string; numbers: AsyncIterable<string>; at: Date }): Promise<ConsentSetup>;
  /** A durable SQLite ledger written by the consent pack (`--consent-db`). */
  sqliteLedger(path: string): Promise<ConsentSetup>;
  /** No consent data at all (the pack's default model decides what that means). */
  emptyLedger(): Promise<ConsentSetup>;
}

/**
 * The consent port of an opt-out list, for `simulate`: the answer a ledger holding one `revoke` event per
 * listed number (account `account`, no sender, no kind, source `import`) would give — revoked for every
 * kind but ALR, for that account only — from one set lookup, without a store query or input validation
 * per message (the policy passes the E.164 number it already parsed).
 */
function optOutPort(account: string, numbers: Set<string>, at: Date): ConsentPort {
  const none: ConsentStatus = { state: 'none' };
  return {
    status(query) {
      if (query.account !== account || query.kind === 'ALR') return Promise.resolve(none);
      const subject = query.subject.startsWith('+') ? query.subject : (normalizePhone(query.subject)?.e164 ?? '');
      if (!numbers.has(subject)) return Promise.resolve(none);
      return Promise.resolve({ state: 'revoked', since: at, eventId: 'opt-out-list', source: 'import' });
    },
  };
}

export const consentAdapter: ConsentAdapter = {
  async optOutLedger({ account, numbers, at }) {
    const listed = new Set<string>();
    for await (const subject of numbers) listed.add(subject);
    return { ledger: optOutPort(account, listed, at), packOptions: { model: 'opt-out' }, loaded: listed.size };
  },
  async sqliteLedger(path) {
    const { createSqliteConsentStore } = await import('../adapters/sqlite.js');
    const ledger = createConsentLedger({ store: await createSqliteConsentStore({ path }) });
    return { ledger, close: () => ledger.close() };
  },
  async emptyLedger() {
    const ledger = createConsentLedger({ store: new MemoryConsentStore() });
    return { ledger, close: () => ledger.close() };
  },
};

/**
 * The account's sending pace for the delivery timeline: the flood pack's account-throughput limit when
 * that rule is among `rules` (its options from the config, else its defaults), per second with its burst.
 */
export function accountPace(
  rules: readonly Rule[],
  packs: Record<string, unknown> | undefined,
): { perSecond: number; burst: number } | undefined {
  if (!rules.some((rule) => rule.id === 'flood/account-throughput')) return undefined;
  const flood = packs?.flood;
  const options = (flood && typeof flood === 'object' ? (flood as PackOptions).accountThroughput : undefined) as
    | Partial<typeof ACCOUNT_THROUGHPUT_DEFAULTS>
    | undefined;
  const limit = options?.limit ?? ACCOUNT_THROUGHPUT_DEFAULTS.limit;
  const windowMs = options?.windowMs ?? ACCOUNT_THROUGHPUT_DEFAULTS.windowMs;
  return { perSecond: (limit * 1000) / windowMs, burst: options?.burst ?? ACCOUNT_THROUGHPUT_DEFAULTS.burst };
}

/** Rules of every pack in the registry with its default options (for `sms-policy rules`). */
export function allPackRules(packs: Record<string, PackDefinition> = PACKS): Rule[] {
  return Object.values(packs).flatMap((pack) => pack.rules(undefined));
}
