/**
 * Makes sure `dist/` is built from the current sources before binary tests run. `npm test` builds first
 * (pretest), so usually nothing happens here; a build runs only when dist is missing or older than src —
 * never while another test file may be importing dist after a fresh pretest build.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = join(ROOT, 'dist/cli/bin.js');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export function buildOnce(): string {
  const stale = !existsSync(BIN) || statSync(BIN).mtimeMs < newestMtime(join(ROOT, 'src'));
  if (stale) execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'pipe' });
  return BIN;
}
