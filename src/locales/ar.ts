/** Every message of the library in Arabic, by messageId. Each domain keeps its part in ./ar/. */
import { cli } from './ar/cli.js';
import { consent } from './ar/consent.js';
import { content } from './ar/content.js';
import { core } from './ar/core.js';
import { flood } from './ar/flood.js';
import { jordan } from './ar/jordan.js';
import { ksa } from './ar/ksa.js';
import { uae } from './ar/uae.js';
import type { LocaleBundle } from './types.js';

export const ar: LocaleBundle = { ...core, ...content, ...consent, ...flood, ...jordan, ...uae, ...ksa, ...cli };
