import type { LocaleBundle } from '../types.js';

/** consent messages, Arabic. */
export const consent = {} satisfies LocaleBundle;
