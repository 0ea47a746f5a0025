/**
 * `npm run bench`: runs every `*.bench.ts` in this folder in turn. Each exports a default async function
 * that measures this library and its peers in the same process and prints the figures and ratios.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => only.length === 0 || only.some((pattern) => name.includes(pattern)))
  .sort();

for (const file of files) {
  console.log(`\n=== ${file} ===`);
  const module = (await import(pathToFileURL(join(here, file)).href)) as { default?: () => Promise<void> };
  if (typeof module.default !== 'function') {
    console.log('  (no default export; skipped)');
    continue;
  }
  await module.default();
}
