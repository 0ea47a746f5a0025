/** Builds the package once per test process (`npm run build`), so binary tests run what users run. */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = join(ROOT, 'dist/cli/bin.js');

let built = false;

export function buildOnce(): string {
  if (!built || !existsSync(BIN)) {
    execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'pipe' });
    built = true;
  }
  return BIN;
}
