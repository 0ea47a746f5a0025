import type { LocaleBundle } from '../types.js';

/** consent messages, English. */
export const consent = {} satisfies LocaleBundle;
