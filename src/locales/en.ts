/** Every message of the library in English, by messageId: each domain's part (`src/<domain>/locales/`) and the CLI's. */
import { consent } from '../consent/locales/en.js';
import { content } from '../content/locales/en.js';
import type { LocaleBundle } from '../core/locale.js';
import { core } from '../core/locales/en.js';
import { flood } from '../flood/locales/en.js';
import { jordan } from '../jordan/locales/en.js';
import { ksa } from '../ksa/locales/en.js';
import { uae } from '../uae/locales/en.js';
import { cli } from './en/cli.js';

export const en: LocaleBundle = { ...core, ...content, ...consent, ...flood, ...jordan, ...uae, ...ksa, ...cli };
