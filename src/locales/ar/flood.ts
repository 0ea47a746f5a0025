import type { LocaleBundle } from '../types.js';

/** flood messages, Arabic. */
export const flood = {} satisfies LocaleBundle;
