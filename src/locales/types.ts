import type { MessageParams } from '../core/types.js';

/** messageId → (params) → text. */
export type LocaleBundle = Record<string, (params: MessageParams) => string>;
