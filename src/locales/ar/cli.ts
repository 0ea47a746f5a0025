import type { LocaleBundle } from '../types.js';

/** cli messages, Arabic. */
export const cli = {} satisfies LocaleBundle;
