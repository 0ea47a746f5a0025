import { MemoryConsentStore } from '../../src/consent/stores/memory.js';
import { describeConsentStore } from './store-conformance.js';

describeConsentStore('MemoryConsentStore', async () => {
  const store = new MemoryConsentStore();
  return { store, dispose: () => store.close() };
});
