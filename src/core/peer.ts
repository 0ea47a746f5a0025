/**
 * Optional peer dependencies (ioredis, pg, better-sqlite3) are loaded when a store needs them, not when its
 * module is imported, so a missing one is an error that names the package to install instead of Node's
 * "Cannot find package".
 */
import { createRequire } from 'node:module';

/** An optional peer dependency a store needs is not installed. `packageName` says what to install. */
export class MissingPeerDependencyError extends Error {
  override readonly name = 'MissingPeerDependencyError';
  readonly code = 'POLICY_MISSING_PEER';
  constructor(
    readonly packageName: string,
    readonly entryPoint: string,
    readonly range: string,
  ) {
    super(
      `${entryPoint} needs the optional peer dependency ${packageName} (${range}), which is not installed: run npm install ${packageName}`,
    );
  }
}

const require = createRequire(import.meta.url);

function isMissing(error: unknown, packageName: string): boolean {
  const { code, message } = error as NodeJS.ErrnoException;
  return (
    (code === 'MODULE_NOT_FOUND' || code === 'ERR_MODULE_NOT_FOUND') &&
    typeof message === 'string' &&
    message.includes(`'${packageName}'`)
  );
}

/**
 * Loads an optional peer dependency, resolved from this package as a static import would be.
 *
 * @example
 * const { Redis } = loadPeer<typeof import('ioredis')>('ioredis', 'sms-policy/redis', '^5 || ^6');
 */
export function loadPeer<T>(packageName: string, entryPoint: string, range: string): T {
  try {
    return require(packageName) as T;
  } catch (error) {
    if (isMissing(error, packageName)) throw new MissingPeerDependencyError(packageName, entryPoint, range);
    throw error;
  }
}
