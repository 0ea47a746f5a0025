import type { LocaleBundle } from '../types.js';

/** cli messages, English. */
export const cli = {} satisfies LocaleBundle;
