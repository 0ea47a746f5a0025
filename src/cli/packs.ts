/**
 * The CLI's only door to the rule packs. Everything the commands know about contentRules, consentRules,
 * floodRules, jordanRules, classifyContent, detectKeyword and the consent stores goes through this file,
 * so wiring a pack is a few lines here and nowhere else.
 *
 * Slots marked `WIRE(<pack>)` are empty on branches where the pack has not landed yet.
 */
import type { ConsentPort, ConsentQuery, ConsentStatus } from '../core/ports.js';
import type { Rule } from '../core/types.js';
import { normalizePhone } from '../text/phone.js';
// WIRE(content): import { classifyContent, contentRules } from '../content/index.js';
// WIRE(consent): import { consentRules, createConsentLedger, detectKeyword, MemoryConsentStore } from '../consent/index.js';
// WIRE(flood):   import { floodRules } from '../flood/index.js';
// WIRE(jordan):  import { jordanRules } from '../jordan/index.js';
// WIRE(sqlite):  consent-db loads '../adapters/sqlite.js' lazily (see consentAdapter.sqliteLedger).

export type PackOptions = Record<string, unknown>;

export interface PackDefinition {
  description: string;
  /** Enabled when no config file lists packs. */
  enabledByDefault: boolean;
  /** Builds the pack's rules; options come from the config file (`packs.<name>`), validated by the pack. */
  rules(options: PackOptions | undefined): Rule[];
}

/** name → pack. The config file's `packs` keys must be names in this registry. */
export const PACKS: Record<string, PackDefinition> = {
  // WIRE(content): content: { description: 'Prohibited content (policy P1–P8)', enabledByDefault: true, rules: (o) => contentRules(o) },
  // WIRE(consent): consent: { description: 'Consent and opt-out (policy P9–P11)', enabledByDefault: true, rules: (o) => consentRules(o) },
  // WIRE(flood):   flood: { description: 'Flood and rate limits (policy P12–P15)', enabledByDefault: true, rules: (o) => floodRules(o) },
  // WIRE(jordan):  jordan: { description: 'Jordan TRC rules (JO-*)', enabledByDefault: true, rules: (o) => jordanRules(o) },
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

/** WIRE(content): `(text) => classifyContent(text)`. */
export const classifyText: ClassifyFunction | undefined = undefined;
/** WIRE(consent): `(text) => detectKeyword(text)`. */
export const detectKeywordIntent: KeywordFunction | undefined = undefined;

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
 * Built-in opt-out list, used until the consent pack is wired. It answers the ConsentPort the way the
 * consent ledger would under the opt-out model: listed numbers are revoked, the rest have no record.
 * WIRE(consent): replace with
 *   const ledger = createConsentLedger({ store: new MemoryConsentStore(), model: 'opt-out' });
 *   for await (const subject of numbers) await ledger.record({ subject, account, action: 'revoke', at, source: 'import' });
 *   return { ledger, packOptions: { model: 'opt-out' }, loaded };
 */
class OptOutList implements ConsentPort {
  readonly revoked = new Set<string>();
  constructor(readonly since: Date) {}
  async status(query: ConsentQuery): Promise<ConsentStatus> {
    const subject = normalizePhone(query.subject)?.e164 ?? query.subject;
    return this.revoked.has(subject) ? { state: 'revoked', since: this.since, source: 'import' } : { state: 'none' };
  }
}

export const consentAdapter: ConsentAdapter = {
  async optOutLedger({ numbers, at }) {
    const list = new OptOutList(at);
    for await (const number of numbers) list.revoked.add(number);
    return { ledger: list, packOptions: { model: 'opt-out' }, loaded: list.revoked.size };
  },
  async sqliteLedger(path) {
    // WIRE(sqlite): const { createSqliteConsentStore } = await import('../adapters/sqlite.js');
    //   const store = await createSqliteConsentStore({ path });
    //   return { ledger: createConsentLedger({ store }), close: () => store.close() };
    throw new Error(`--consent-db needs the consent pack's SQLite store, which this build does not include (${path})`);
  },
  async emptyLedger() {
    return { ledger: { status: async () => ({ state: 'none' }) } };
  },
};

/** Rules of every pack in the registry with its default options (for `sms-policy rules`). */
export function allPackRules(packs: Record<string, PackDefinition> = PACKS): Rule[] {
  return Object.values(packs).flatMap((pack) => pack.rules(undefined));
}
