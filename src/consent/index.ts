/** The consent domain's public exports: the ledger, keywords, the memory store, the rules and the DND import. */
export { importDoNotDisturb } from './dnd-import.js';
export type { CsvInput, DoNotDisturbImportOptions, DoNotDisturbImportReport } from './dnd-import.js';
export { detectKeyword } from './keywords.js';
export type { KeywordIntent, KeywordMatch } from './keywords.js';
export type { KeywordLanguage } from './data/keywords.js';
export { createConsentLedger } from './ledger.js';
export type {
  ConsentExport,
  ConsentLedger,
  ConsentLedgerOptions,
  ConsentStatusScope,
  InboundMessage,
  InboundResult,
  RecordManyResult,
} from './ledger.js';
export { operatorDnd } from './operator-dnd.js';
export type { OperatorDndOptions } from './operator-dnd.js';
export { promotionalConsent } from './promotional-consent.js';
export type { PromotionalConsentOptions } from './promotional-consent.js';
export { consentRules } from './rules.js';
export type { ConsentRulesOptions } from './rules.js';
export { serviceConsent } from './service-consent.js';
export type { ServiceConsentOptions } from './service-consent.js';
export { MemoryConsentStore } from './stores/memory.js';
export { ALL_ACCOUNTS, CONSENT_ACTIONS, CONSENT_SOURCES, ERASURE_SOURCE } from '../core/ports.js';
export type {
  ConsentAction,
  ConsentEvent,
  ConsentEvidence,
  ConsentSource,
  ConsentStatusQuery,
  ConsentStatusResult,
  ConsentStore,
} from '../core/ports.js';
export type { ConsentRecordInput } from './types.js';
