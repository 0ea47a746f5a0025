import type { LocaleBundle } from '../types.js';

/** content messages, Arabic. */
export const content = {} satisfies LocaleBundle;
