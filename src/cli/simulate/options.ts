/**
 * `simulate` options: flags parsed and checked before anything runs, output paths included, so a typo in
 * `--html` costs a second, not a whole campaign run.
 */
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import { CliError, type CliIO } from '../io.js';

export interface SimulateValues {
  template?: string | undefined;
  'template-id'?: string | undefined;
  recipients?: string | undefined;
  campaign?: string | undefined;
  'opt-outs'?: string | undefined;
  'consent-db'?: string | undefined;
  at?: string | undefined;
  rate?: string | undefined;
  account?: string | undefined;
  json?: boolean | undefined;
  html?: string | undefined;
  output?: string | undefined;
  'invalid-out'?: string | undefined;
  price?: string | undefined;
  currency?: string | undefined;
  'daily-cap'?: string | undefined;
}

export function resolvePath(cwd: string, path: string): string {
  return isAbsolute(path) ? path : join(cwd, path);
}

/** An input file that must exist. */
export function requireFile(io: CliIO, option: string, path: string | undefined, cwd = io.cwd): string {
  if (!path) throw new CliError(`simulate: --${option} is required`);
  const absolute = resolvePath(cwd, path);
  if (!existsSync(absolute)) throw new CliError(`${path}: no such file (--${option})`);
  if (statSync(absolute).isDirectory()) throw new CliError(`${path}: is a folder, not a file (--${option})`);
  return absolute;
}

/** An output file: its folder exists and is writable, and the path is not a folder. Checked up front. */
export function checkOutputPath(io: CliIO, option: string, path: string | undefined): string | undefined {
  if (path === undefined) return undefined;
  if (path.trim() === '') throw new CliError(`--${option} needs a file name`);
  const absolute = resolvePath(io.cwd, path);
  if (existsSync(absolute) && statSync(absolute).isDirectory()) {
    throw new CliError(`--${option} ${path}: is a directory; give a file name`);
  }
  const folder = dirname(absolute);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    throw new CliError(`--${option} ${path}: cannot write the file (no such directory: ${dirname(path)})`);
  }
  try {
    accessSync(folder, constants.W_OK);
    if (existsSync(absolute)) accessSync(absolute, constants.W_OK);
  } catch {
    throw new CliError(`--${option} ${path}: cannot write the file (permission denied)`);
  }
  return absolute;
}

export function parseAt(value: string | undefined, option = '--at'): number | undefined {
  if (value === undefined) return undefined;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new CliError(`${option} must be an ISO date-time, got "${value}"`);
  return ms;
}

export function parsePositive(value: string | number | undefined, option: string, what: string): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!(number > 0 && Number.isFinite(number))) throw new CliError(`${option} must be ${what}, got "${value}"`);
  return number;
}

/** `--price 0.012 --currency JOD`: the estimated cost per segment sent. */
export function parsePrice(
  price: string | number | undefined,
  currency: string | undefined,
): { perSegment: number; currency: string } | undefined {
  if (price === undefined) {
    if (currency !== undefined) throw new CliError('--currency needs --price (the price of one segment)');
    return undefined;
  }
  const perSegment = Number(price);
  if (!(perSegment >= 0 && Number.isFinite(perSegment))) {
    throw new CliError(`--price must be a price per segment such as 0.012, got "${price}"`);
  }
  const code = (currency ?? 'JOD').toUpperCase();
  if (!/^[A-Z]{3}$/.test(code))
    throw new CliError(`--currency must be an ISO 4217 code such as JOD or USD, got "${currency}"`);
  try {
    new Intl.NumberFormat('en', { style: 'currency', currency: code });
  } catch {
    throw new CliError(`--currency ${code} is not a currency this runtime knows`);
  }
  return { perSegment, currency: code };
}
