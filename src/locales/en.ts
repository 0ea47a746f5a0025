/** Every message of the library in English, by messageId. Each domain keeps its part in ./en/. */
import { cli } from './en/cli.js';
import { consent } from './en/consent.js';
import { content } from './en/content.js';
import { core } from './en/core.js';
import { flood } from './en/flood.js';
import { jordan } from './en/jordan.js';
import { ksa } from './en/ksa.js';
import { uae } from './en/uae.js';
import type { LocaleBundle } from './types.js';

export const en: LocaleBundle = { ...core, ...content, ...consent, ...flood, ...jordan, ...uae, ...ksa, ...cli };
