/** Every message of the library in Arabic, by messageId: each domain's part (`src/<domain>/locales/`) and the CLI's. */
import { consent } from '../consent/locales/ar.js';
import { content } from '../content/locales/ar.js';
import type { LocaleBundle } from '../core/locale.js';
import { core } from '../core/locales/ar.js';
import { flood } from '../flood/locales/ar.js';
import { jordan } from '../jordan/locales/ar.js';
import { ksa } from '../ksa/locales/ar.js';
import { uae } from '../uae/locales/ar.js';
import { cli } from './ar/cli.js';

export const ar: LocaleBundle = { ...core, ...content, ...consent, ...flood, ...jordan, ...uae, ...ksa, ...cli };
