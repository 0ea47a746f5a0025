import type { LocaleBundle } from '../types.js';

/** jordan messages, Arabic. */
export const jordan = {} satisfies LocaleBundle;
