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
