import type { LocaleBundle } from '../types.js';

/** content messages, English. */
export const content = {} satisfies LocaleBundle;
