import type { LocaleBundle } from '../types.js';

/** jordan messages, English. */
export const jordan = {} satisfies LocaleBundle;
