/**
 * sms-policy: policy checks for outbound SMS. This module only re-exports.
 */
export * from './consent/index.js';
export * from './content/index.js';
export * from './core/index.js';
export * from './flood/index.js';
export { resolveMessage } from './locales/catalog.js';
export * from './text/index.js';
