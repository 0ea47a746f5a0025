/** What `main` talks to instead of `process`: streams, working directory, environment, TTY flag. */
import type { Readable } from 'node:stream';
import type { Locale } from '../core/types.js';

export interface CliOutput {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

export interface CliIO {
  stdout: CliOutput;
  stderr: CliOutput;
  stdin: Readable | AsyncIterable<string | Buffer>;
  cwd: string;
  env: Record<string, string | undefined>;
  /** True when stdout is a terminal (colour, progress). */
  isTTY: boolean;
}

/** A usage or input problem: `main` prints it and returns exit code 2. */
export class CliError extends Error {
  override readonly name = 'CliError';
  readonly exitCode = 2;
}

export const EXIT_OK = 0;
export const EXIT_VIOLATIONS = 1;
export const EXIT_USAGE = 2;

/** Colour is used only on a terminal and only when NO_COLOR is unset. */
export function useColour(io: CliIO): boolean {
  return io.isTTY && (io.env.NO_COLOR === undefined || io.env.NO_COLOR === '');
}

export interface Paint {
  red(s: string): string;
  yellow(s: string): string;
  cyan(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
  green(s: string): string;
}

const wrap = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;
const identity = (s: string) => s;

export function paint(enabled: boolean): Paint {
  if (!enabled)
    return { red: identity, yellow: identity, cyan: identity, dim: identity, bold: identity, green: identity };
  return {
    red: wrap(31, 39),
    yellow: wrap(33, 39),
    cyan: wrap(36, 39),
    dim: wrap(2, 22),
    bold: wrap(1, 22),
    green: wrap(32, 39),
  };
}

export function parseLocale(value: string | undefined, fallback: Locale = 'en'): Locale {
  if (value === undefined) return fallback;
  if (value === 'en' || value === 'ar') return value;
  throw new CliError(`--locale must be en or ar, got "${value}"`);
}

/**
 * Writes a report file named by an option (`--output`, `--html`). A path that cannot be written (no such
 * directory, a directory, no permission) is a usage error naming the option and the path, never a stack trace.
 */
export async function writeReportFile(cwd: string, option: string, path: string, text: string): Promise<void> {
  const { writeFile } = await import('node:fs/promises');
  const { resolve } = await import('node:path');
  try {
    await writeFile(resolve(cwd, path), text, 'utf8');
  } catch (error) {
    throw new CliError(`${option} ${path}: cannot write the file (${describeFsError(error)})`);
  }
}

/** Checks before a long run that a report file can be created: its directory exists and it is not a directory. */
export async function checkReportPath(cwd: string, option: string, path: string): Promise<void> {
  const { stat } = await import('node:fs/promises');
  const { dirname, resolve } = await import('node:path');
  const absolute = resolve(cwd, path);
  const target = await stat(absolute).catch(() => undefined);
  if (target?.isDirectory()) throw new CliError(`${option} ${path}: is a directory`);
  const parent = await stat(dirname(absolute)).catch(() => undefined);
  if (!parent?.isDirectory()) throw new CliError(`${option} ${path}: no such directory (${dirname(path) || '.'})`);
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const known: Record<string, string> = {
    ENOENT: 'no such directory',
    EISDIR: 'is a directory',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'read-only file system',
    ENOSPC: 'no space left on the device',
    ENOTDIR: 'a part of the path is not a directory',
  };
  return (code && known[code]) ?? code ?? 'error';
}
