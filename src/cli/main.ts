/**
 * The CLI as a function: `main(argv, io) → exit code`. Nothing here exits the process or touches
 * `process` directly; `bin.ts` does that. Exit codes: 0 clean, 1 findings at or above --fail-on,
 * 2 usage or input error.
 */
import { dirname } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { expandRoutes } from '../core/_routes.js';
import { PolicyConfigError } from '../core/errors.js';
import { resolveMessage } from '../locales/catalog.js';
import { maskEmailsIn, maskNumbersIn } from '../core/mask.js';
import type { Locale } from '../core/types.js';
import { runCheck } from './commands/check.js';
import { runClassify, runKeyword } from './commands/classify.js';
import { runTrain } from './commands/train.js';
import { runRules } from './commands/rules.js';
import { runSimulate, type SimulateValues } from './commands/simulate.js';
import { type CliConfig, loadConfig, loadModelFile, selectRules } from './config.js';
import type { FailOn } from './config-schema.js';
import { formatGithub } from './formats/github.js';
import { formatJson } from './formats/json.js';
import { formatJunit } from './formats/junit.js';
import { formatSarif } from './formats/sarif.js';
import { formatText } from './formats/text.js';
import type { IgnoreSource } from './files.js';
import { commandHelp, GLOBAL_USAGE } from './help.js';
import {
  CliError,
  type CliIO,
  checkReportPath,
  EXIT_OK,
  EXIT_USAGE,
  EXIT_VIOLATIONS,
  parseLocale,
  useColour,
  writeReportFile,
} from './io.js';
import { packageInfo } from './meta.js';
import {
  type ClassifyFunction,
  type ConsentAdapter,
  classifierWithModel,
  classifyText,
  consentAdapter,
  detectKeywordIntent,
  type KeywordFunction,
  PACKS,
  type PackDefinition,
} from './packs.js';
import type { CheckReport, FormatContext } from './report.js';
import { didYouMean } from './suggest.js';

export type { CliIO } from './io.js';

/** What tests (and embedders) may inject instead of the shipped packs. */
export interface CliOverrides {
  /** Replaces the pack registry. */
  packs?: Record<string, PackDefinition>;
  /** Replaces the content classifier; `undefined` simulates a build without the content pack. */
  classify?: ClassifyFunction | undefined;
  /** Replaces keyword detection; `undefined` simulates a build without the consent pack. */
  keyword?: KeywordFunction | undefined;
  consent?: ConsentAdapter;
}

/** The global usage text (`sms-policy --help`). */
export const USAGE = GLOBAL_USAGE;

const COMMON = {
  locale: { type: 'string' },
  config: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

const COMMAND_OPTIONS = {
  check: {
    ...COMMON,
    format: { type: 'string', short: 'f' },
    'fail-on': { type: 'string' },
    output: { type: 'string', short: 'o' },
    'docs-url': { type: 'string' },
    verbose: { type: 'boolean' },
    ignore: { type: 'string', multiple: true },
    'stdin-filename': { type: 'string' },
  },
  classify: { ...COMMON, json: { type: 'boolean' }, model: { type: 'string' } },
  train: { ...COMMON, data: { type: 'string' }, out: { type: 'string' }, base: { type: 'string' } },
  keyword: { ...COMMON, json: { type: 'boolean' } },
  rules: { ...COMMON, json: { type: 'boolean' } },
  simulate: {
    ...COMMON,
    template: { type: 'string', short: 't' },
    'template-id': { type: 'string' },
    recipients: { type: 'string', short: 'r' },
    'opt-outs': { type: 'string' },
    'consent-db': { type: 'string' },
    at: { type: 'string' },
    rate: { type: 'string' },
    account: { type: 'string' },
    json: { type: 'boolean' },
    html: { type: 'string' },
    output: { type: 'string', short: 'o' },
    campaign: { type: 'string', short: 'c' },
    'invalid-out': { type: 'string' },
    price: { type: 'string' },
    currency: { type: 'string' },
    'daily-cap': { type: 'string' },
  },
} as const satisfies Record<string, ParseArgsConfig['options']>;

type CommandName = keyof typeof COMMAND_OPTIONS;

/** The option table of every command (tests check that each option is in its command's help). */
export const COMMAND_OPTIONS_FOR_TESTS = COMMAND_OPTIONS;

const FORMATS = ['text', 'json', 'sarif', 'junit', 'github'] as const;

type Values = Record<string, string | boolean | string[] | undefined>;

/** `parseArgs`'s complaint, made shorter, with a "did you mean" for an unknown option. */
function describeParseError(command: CommandName, error: Error): string {
  const unknown = /Unknown option '([^']+)'/.exec(error.message)?.[1];
  if (unknown) {
    const known = Object.keys(COMMAND_OPTIONS[command]).map((name) => `--${name}`);
    const elsewhere = Object.entries(COMMAND_OPTIONS)
      .filter(([name, options]) => name !== command && `${unknown.replace(/^--?/, '')}` in options)
      .map(([name]) => name);
    const hint =
      didYouMean(unknown, known, (s) => s) ||
      (elsewhere.length > 0 ? ` (${unknown} is an option of ${elsewhere.join(', ')})` : '');
    return `${command}: unknown option ${unknown}${hint}; see sms-policy ${command} --help`;
  }
  return `${command}: ${error.message.split('\n')[0]}`;
}

function parse(command: CommandName, args: string[]): { values: Values; positionals: string[] } {
  try {
    const options: ParseArgsConfig['options'] = COMMAND_OPTIONS[command];
    const parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
    return { values: parsed.values as Values, positionals: parsed.positionals };
  } catch (error) {
    throw new CliError(describeParseError(command, error as Error));
  }
}

function list(values: Values, key: string): string[] {
  const value = values[key];
  return Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
}

function str(values: Values, key: string): string | undefined {
  const value = values[key];
  return typeof value === 'string' ? value : undefined;
}

/** `--docs-url`: the base help links are resolved against; an absolute http(s) URL, ending in `/` as a folder. */
function parseDocsUrl(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw new CliError(
      `--docs-url must be an absolute http(s) URL such as https://wiki.example/sms-policy/, got "${value}"`,
    );
  }
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

function parseFailOn(value: string | undefined, fallback: FailOn | undefined): FailOn {
  const v = value ?? fallback ?? 'deny';
  if (v === 'deny' || v === 'review' || v === 'warn') return v;
  throw new CliError(`--fail-on must be deny, review or warn, got "${v}"${didYouMean(v, ['deny', 'review', 'warn'])}`);
}

/** Reads stdin as bytes, stopping one byte past `maxBytes` (the caller reports the excess). */
async function readStdinBytes(io: CliIO, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of io.stdin) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    chunks.push(buffer);
    total += buffer.length;
    if (total > maxBytes) break;
  }
  return Buffer.concat(chunks);
}

/** Broken files go to stderr (every format), after the report was written. */
function reportErrors(io: CliIO, report: CheckReport, locale: Locale): void {
  for (const error of report.errors) {
    const where = error.line !== undefined ? `${error.path}:${error.line}:${error.column ?? 1}` : error.path;
    io.stderr.write(`${resolveMessage(locale, 'cli.error', { message: `${where}: ${error.message}` })}\n`);
  }
}

async function check(args: string[], io: CliIO, config: CliConfig, registry: Record<string, PackDefinition>) {
  const { values, positionals } = parse('check', args);
  const format = str(values, 'format') ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new CliError(`--format must be one of ${FORMATS.join(', ')}, got "${format}"${didYouMean(format, FORMATS)}`);
  }
  const locale = parseLocale(str(values, 'locale'), config.locale);
  const failOn = parseFailOn(str(values, 'fail-on'), config.failOn);
  const output = str(values, 'output');
  const docsBaseUrl = parseDocsUrl(str(values, 'docs-url'));
  if (output) await checkReportPath(io.cwd, '--output', output);
  // Routed packs (`packs: { AE: uae }`) are expanded here so reports (SARIF's rule table) list their rules.
  const rules = expandRoutes(selectRules(config, registry), config.region ?? 'JO');
  const ignore: IgnoreSource[] = [];
  const cliIgnore = list(values, 'ignore');
  if (cliIgnore.length > 0) ignore.push({ patterns: cliIgnore, base: io.cwd, origin: '--ignore' });
  if (config.ignore && config.path) {
    ignore.push({ patterns: config.ignore, base: dirname(config.path), origin: config.file ?? 'config' });
  }
  const stdinName = str(values, 'stdin-filename');
  const report = await runCheck({
    inputs: positionals,
    cwd: io.cwd,
    rules,
    locale,
    failOn,
    ignore,
    configFiles: config.path ? [config.path] : [],
    readStdin: (maxBytes) => readStdinBytes(io, maxBytes),
    ...(stdinName ? { stdinName } : {}),
    ...(config.maxFileSize ? { maxFileBytes: config.maxFileSize } : {}),
    ...(config.region ? { region: config.region } : {}),
  });
  const info = packageInfo();
  const context: FormatContext = {
    locale,
    colour: output ? false : useColour(io),
    failOn,
    rules,
    externalRuleIds: new Set((config.pluginRules ?? []).map((rule) => rule.id)),
    version: info.version,
    docsBaseUrl: docsBaseUrl ?? info.docsBaseUrl,
    verbose: values.verbose === true,
    ...(info.root ? { packageRoot: info.root } : {}),
    exitCode: report.errors.length > 0 ? EXIT_USAGE : report.summary.failing > 0 ? EXIT_VIOLATIONS : EXIT_OK,
  };
  const text =
    format === 'json'
      ? formatJson(report, context)
      : format === 'sarif'
        ? formatSarif(report, context)
        : format === 'junit'
          ? formatJunit(report, context)
          : format === 'github'
            ? formatGithub(report, context)
            : formatText(report, context);
  if (output) await writeReportFile(io.cwd, '--output', output, text);
  else io.stdout.write(text);
  // Machine formats keep stdout clean: the skipped list goes to stderr (text output lists it in the report).
  if (context.verbose && format !== 'text' && report.skipped.length > 0) {
    for (const skipped of report.skipped) io.stderr.write(`skipped ${skipped.path}: ${skipped.reason}\n`);
  }
  reportErrors(io, report, locale);
  return context.exitCode;
}

/** The classifier of `classify`: `--model F`, else the config's `content.model`, else the shipped one. */
function classifierFor(
  model: string | undefined,
  cwd: string,
  config: CliConfig,
  overrides: CliOverrides,
): ClassifyFunction | undefined {
  if (model !== undefined) return classifierWithModel(loadModelFile(model, cwd, '--model'));
  if (config.contentModel) return classifierWithModel(config.contentModel);
  return 'classify' in overrides ? overrides.classify : classifyText;
}

function errorLocale(argv: string[]): Locale {
  const index = argv.indexOf('--locale');
  const value = index >= 0 ? argv[index + 1] : argv.find((a) => a.startsWith('--locale='))?.slice(9);
  return value === 'ar' ? 'ar' : 'en';
}

/**
 * Runs the CLI with arguments (without `node` and the script) and returns the exit code.
 *
 * @example
 * const code = await main(['check', 'examples/templates', '--format', 'json'], {
 *   stdout: process.stdout, stderr: process.stderr, stdin: process.stdin,
 *   cwd: process.cwd(), env: process.env, isTTY: Boolean(process.stdout.isTTY),
 * });
 */
export async function main(argv: string[], io: CliIO, overrides: CliOverrides = {}): Promise<number> {
  const registry = overrides.packs ?? PACKS;
  const [command, ...rest] = argv;
  try {
    if (command === undefined) throw new CliError(`no command given\n\n${USAGE}`);
    if (command === 'help' || command === '--help' || command === '-h') {
      io.stdout.write(USAGE);
      return EXIT_OK;
    }
    if (command === '--version' || command === '-v') {
      io.stdout.write(`${packageInfo().version}\n`);
      return EXIT_OK;
    }
    if (!(command in COMMAND_OPTIONS)) {
      const hint = didYouMean(command, Object.keys(COMMAND_OPTIONS));
      throw new CliError(`unknown command "${command}"${hint}\n\n${USAGE}`);
    }
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout.write(commandHelp(command, COMMAND_OPTIONS[command as CommandName]));
      return EXIT_OK;
    }
    const configArg = parse(command as CommandName, rest).values.config;
    const config = await loadConfig(io.cwd, typeof configArg === 'string' ? configArg : undefined);
    switch (command as CommandName) {
      case 'check':
        return await check(rest, io, config, registry);
      case 'classify': {
        const { values, positionals } = parse('classify', rest);
        return await runClassify(io, {
          text: positionals.join(' ') || undefined,
          json: values.json === true,
          locale: parseLocale(str(values, 'locale'), config.locale),
          classify: classifierFor(str(values, 'model'), io.cwd, config, overrides),
        });
      }
      case 'train': {
        const { values, positionals } = parse('train', rest);
        if (positionals.length > 0) throw new CliError(`train: unexpected argument "${positionals[0]}"`);
        return await runTrain(io, { data: str(values, 'data'), out: str(values, 'out'), base: str(values, 'base') });
      }
      case 'keyword': {
        const { values, positionals } = parse('keyword', rest);
        return await runKeyword(io, {
          text: positionals.join(' ') || undefined,
          json: values.json === true,
          locale: parseLocale(str(values, 'locale'), config.locale),
          keyword: 'keyword' in overrides ? overrides.keyword : detectKeywordIntent,
        });
      }
      case 'rules': {
        const { values } = parse('rules', rest);
        return runRules(io, {
          rules: selectRules(
            { ...config, packs: Object.fromEntries(Object.keys(registry).map((k) => [k, true])) },
            registry,
          ),
          json: values.json === true,
          locale: parseLocale(str(values, 'locale'), config.locale),
          docsBaseUrl: packageInfo().docsBaseUrl,
        });
      }
      case 'simulate': {
        const { values, positionals } = parse('simulate', rest);
        if (positionals.length > 0) throw new CliError(`simulate: unexpected argument "${positionals[0]}"`);
        return await runSimulate(io, {
          values: Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as SimulateValues,
          config,
          registry,
          consent: overrides.consent ?? consentAdapter,
          locale: parseLocale(str(values, 'locale'), config.locale),
        });
      }
    }
    return EXIT_USAGE;
  } catch (error) {
    const locale = errorLocale(argv);
    // Errors can echo what they saw (a plugin's message, a parser's snippet): no number or e-mail on stderr.
    const masked = (text: string) => maskEmailsIn(maskNumbersIn(text));
    if (error instanceof CliError || error instanceof PolicyConfigError) {
      io.stderr.write(`${resolveMessage(locale, 'cli.error', { message: masked(error.message) })}\n`);
      return EXIT_USAGE;
    }
    // Never a stack trace: the first line of the message (numbers and e-mails masked), and what to do about it.
    const message = error instanceof Error ? `${error.name}: ${error.message.split('\n')[0]}` : String(error);
    io.stderr.write(
      `${resolveMessage(locale, 'cli.error', { message: `unexpected ${masked(message)} (please report this as a bug)` })}\n`,
    );
    return EXIT_USAGE;
  }
}
