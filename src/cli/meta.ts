/** The package's own metadata (version, docs base URL), read once from the nearest package.json. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Help links when package.json names no repository: the files of this very version of the published package
 * (README.md and docs/ ship in it), served by a public npm CDN. `--docs-url` overrides it.
 */
export function publishedFilesBase(version: string): string {
  return `https://unpkg.com/sms-policy@${encodeURIComponent(version)}/`;
}

interface PackageInfo {
  version: string;
  docsBaseUrl: string;
  /** The package's root directory (where README.md and docs/ are), when found. */
  root?: string;
}

let cached: PackageInfo | undefined;

function repositoryBase(pkg: Record<string, unknown>): string | undefined {
  const repo = pkg.repository;
  const url = typeof repo === 'string' ? repo : (repo as { url?: string } | undefined)?.url;
  if (url) {
    const clean = url.replace(/^git\+/, '').replace(/\.git$/, '');
    if (/^https:\/\//.test(clean)) return `${clean}/blob/main/`;
  }
  return undefined;
}

export function packageInfo(): PackageInfo {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      if (pkg.name === 'sms-policy') {
        const version = String(pkg.version ?? '0.0.0');
        cached = { version, docsBaseUrl: repositoryBase(pkg) ?? publishedFilesBase(version), root: dir };
        return cached;
      }
    }
    dir = dirname(dir);
  }
  cached = { version: '0.0.0', docsBaseUrl: publishedFilesBase('0.0.0') };
  return cached;
}
