import type { LocaleBundle } from '../types.js';

/** flood messages, English. */
export const flood = {} satisfies LocaleBundle;
