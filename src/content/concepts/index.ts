// The shared concept classes (see ./shared.ts). Re-exports only.
export { CHANNEL_CONCEPT_IDS, SHARED_CONCEPTS } from './shared.js';
