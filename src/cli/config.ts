/**
 * `sms-policy.config.json|yaml|yml`: which packs run, their options, per-rule action overrides and CLI
 * defaults. Found in the working directory or the nearest directory above it, up to the repository root (the
 * first directory with `.git`), unless `--config` names a file. Validated with zod; a bad config is an input
 * error (exit 2) naming the file and the key, with a "did you mean" for a misspelt key, pack or rule id.
 */
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { byCountry, type OtherwiseSetting } from '../core/by-country.js';
import type { Finding, FindingAction, Locale, RateClaim, Rule, RuleActionSetting } from '../core/types.js';
import { displayPath } from './files.js';
import { CliError } from './io.js';
import { PolicyConfigError } from '../core/errors.js';
import { type ContentModel, loadContentModel, type PackDefinition, type PackOptions } from './packs.js';
import { didYouMean } from './suggest.js';
import {
  DEFAULT_MAX_FILE_BYTES,
  decodeUtf8,
  jsonProblem,
  readFileBytes,
  TemplateFileError,
} from './templates/index.js';
import { CONFIG_FILES, CONFIG_KEYS, COUNTRY, configSchema, type FailOn } from './config-schema.js';

export interface CliConfig {
  /** The config file as found or named (relative to the working directory when it was). */
  file?: string;
  /** Absolute path of the config file. */
  path?: string;
  /** Globs the config's `ignore:` lists, relative to the config file's directory. */
  ignore?: string[];
  maxFileSize?: number;
  /** `<pack>: boolean | options`; `<COUNTRY>: <pack name>` routes that pack to the country's recipients. */
  packs?: Record<string, boolean | string | PackOptions>;
  /** For routed packs: what recipients of other countries get (`review`, `deny`, `allow` or a pack name). */
  otherwise?: string;
  rules?: Record<string, RuleActionSetting>;
  locale?: Locale;
  failOn?: FailOn;
  account?: string;
  region?: string;
  /** Rules from the config's `plugins` modules (your own validators), run next to the packs. */
  pluginRules?: Rule[];
  /** The content model of `content.model` (a file from `sms-policy train`), loaded. */
  contentModel?: ContentModel;
}

function isRule(value: unknown): value is Rule {
  const rule = value as Partial<Rule> | null;
  return (
    rule !== null &&
    typeof rule === 'object' &&
    typeof rule.id === 'string' &&
    typeof rule.meta === 'object' &&
    (rule.stage === 'stateless' || rule.stage === 'stateful' || rule.stage === 'compose' || rule.stage === 'rate')
  );
}

/**
 * Loads `plugins`: ES modules (paths relative to the config file) whose `default` or `rules` export is a
 * Rule array or a function returning one (see defineRule).
 */
async function loadPlugins(file: string, baseDir: string, plugins: string[]): Promise<Rule[]> {
  const rules: Rule[] = [];
  for (const [index, plugin] of plugins.entries()) {
    const path = isAbsolute(plugin) ? plugin : join(baseDir, plugin);
    let module: Record<string, unknown>;
    try {
      module = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
    } catch (error) {
      throw new CliError(
        `${file}: plugins.${index}: cannot load ${plugin} (${(error as Error).message.split('\n')[0]})`,
      );
    }
    let exported = module.default ?? module.rules;
    if (typeof exported === 'function') exported = (exported as () => unknown)();
    if (!Array.isArray(exported) || !exported.every(isRule)) {
      throw new CliError(
        `${file}: plugins.${index}: ${plugin} must export (default or \`rules\`) an array of rules made with defineRule`,
      );
    }
    rules.push(...exported);
  }
  return rules;
}

/** Loads a content model file (relative to `baseDir`); a bad one is a usage error naming `where`. */
export function loadModelFile(file: string, baseDir: string, where: string): ContentModel {
  try {
    return loadContentModel(isAbsolute(file) ? file : join(baseDir, file));
  } catch (error) {
    if (error instanceof PolicyConfigError) {
      const issue = error.issues[0];
      throw new CliError(`${where}: ${file}: ${issue?.message ?? error.message}`);
    }
    throw error;
  }
}

/**
 * The config file that applies in `cwd`: the first of CONFIG_FILES in `cwd`, then in each directory above it,
 * up to and including the repository root (the first directory that has `.git`) or the file system root.
 */
export function findConfig(cwd: string): string | undefined {
  let dir = resolve(cwd);
  for (;;) {
    for (const name of CONFIG_FILES) {
      const path = join(dir, name);
      if (existsSync(path)) return path;
    }
    if (existsSync(join(dir, '.git'))) return undefined;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

function describeConfigIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.join('.') || '(root)';
  if (issue.code === 'unrecognized_keys') {
    const scope = issue.path.length === 0 ? CONFIG_KEYS : [];
    return issue.keys.map((key) => `${where}: unknown key "${key}"${didYouMean(key, scope)}`).join('; ');
  }
  return `${where}: ${issue.message}`;
}

/** Loads `--config` or the config found from `cwd` up (see findConfig); `{}` when there is none. */
export async function loadConfig(cwd: string, explicit: string | undefined): Promise<CliConfig> {
  const found = explicit === undefined ? findConfig(cwd) : undefined;
  if (explicit === undefined && found === undefined) return {};
  const path = explicit !== undefined ? resolve(cwd, explicit) : found!;
  const file = explicit ?? displayPath(path, cwd, false);
  let source: string;
  try {
    source = decodeUtf8(file, await readFileBytes(file, path, DEFAULT_MAX_FILE_BYTES));
  } catch (error) {
    if (error instanceof TemplateFileError) {
      throw new CliError(/cannot read/.test(error.problem) ? `${file}: cannot read the config file` : error.message);
    }
    throw error;
  }
  let data: unknown;
  if (file.endsWith('.json')) {
    try {
      data = JSON.parse(source);
    } catch (error) {
      throw new CliError(`${file}: invalid JSON: ${jsonProblem(error as Error)}`);
    }
  } else {
    const lineCounter = new LineCounter();
    const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
    const first = doc.errors[0];
    if (first) {
      const pos = lineCounter.linePos(first.pos[0]);
      throw new CliError(`${file}:${pos.line}:${pos.col}: invalid YAML: ${first.message.split('\n')[0]}`);
    }
    try {
      data = doc.toJS({ maxAliasCount: 100 }) ?? {};
    } catch (error) {
      throw new CliError(
        error instanceof ReferenceError
          ? `${file}: YAML aliases expand too far (more than 100 expansions; an "alias bomb"?)`
          : `${file}: invalid YAML: ${(error as Error).message.split('\n')[0]}`,
      );
    }
  }
  const parsed = configSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new CliError(`${file}: invalid config: ${describeConfigIssue(issue)}`);
  }
  const config: CliConfig = { file, path };
  const value = parsed.data;
  if (value.packs) config.packs = value.packs as Record<string, boolean | string | PackOptions>;
  if (value.otherwise) config.otherwise = value.otherwise;
  if (value.rules) config.rules = value.rules;
  if (value.locale) config.locale = value.locale;
  if (value.failOn) config.failOn = value.failOn;
  if (value.account) config.account = value.account;
  if (value.region) config.region = value.region;
  if (value.ignore) config.ignore = value.ignore;
  if (value.maxFileSize) config.maxFileSize = value.maxFileSize;
  if (value.plugins) config.pluginRules = await loadPlugins(file, dirname(path), value.plugins);
  if (value.content?.model) {
    config.contentModel = loadModelFile(value.content.model, dirname(path), `${file}: content.model`);
  }
  return config;
}

function withAction(finding: Finding, ruleId: string, action: FindingAction): Finding {
  return finding.ruleId === ruleId ? { ...finding, action } : finding;
}

/** A rule whose findings carry `action` instead of the rule's own. */
export function overrideAction(rule: Rule, action: FindingAction): Rule {
  const out: { -readonly [K in keyof Rule]: Rule[K] } & { defaults?: unknown } = {
    ...rule,
    meta: { ...rule.meta, defaultAction: action },
  };
  const check = rule.check;
  if (check) {
    out.check = (message, ctx) => {
      const result = check.call(rule, message, ctx);
      if (Array.isArray(result)) return result.map((f) => withAction(f, rule.id, action));
      return Promise.resolve(result).then((findings) => findings.map((f) => withAction(f, rule.id, action)));
    };
  }
  const claims = rule.claims;
  if (claims) {
    const wrap = (list: RateClaim[]) =>
      list.map((claim) => ({
        ...claim,
        onBlocked: (b: { retryAfterMs?: number }) => withAction(claim.onBlocked(b), rule.id, action),
      }));
    out.claims = (message, ctx) => {
      const result = claims.call(rule, message, ctx);
      return Array.isArray(result) ? wrap(result) : Promise.resolve(result).then(wrap);
    };
  }
  return out;
}

/**
 * The rules the config selects: enabled packs with their options (plus `extra` options merged per pack),
 * then per-rule overrides (`off` removes a rule). Unknown packs or rule ids are config errors.
 *
 * Routing: `packs: { JO: jordan, AE: uae, SA: ksa }` applies each named pack only to recipients of that
 * country, through `byCountry` (the pack's options stay under its own name, e.g. `uae: { registeredSenders }`).
 * Packs listed by name apply to everyone; when no pack is listed by name, the default packs do. Once any pack
 * is routed, country packs (jordan, uae, ksa) apply only where routed, so no recipient gets two regulators.
 */
export function selectRules(
  config: CliConfig,
  registry: Record<string, PackDefinition>,
  extra: Record<string, PackOptions> = {},
): Rule[] {
  const where = config.file ?? 'config';
  const known = () => Object.keys(registry).join(', ') || '(none in this build)';
  const entries = Object.entries(config.packs ?? {});
  const routes = entries.filter((entry): entry is [string, string] => typeof entry[1] === 'string');
  const named = entries.filter(([key]) => !COUNTRY.test(key));
  for (const [name] of named) {
    if (!(name in registry))
      throw new CliError(
        `${where}: packs.${name}: unknown pack${didYouMean(name, Object.keys(registry))}; known packs: ${known()}`,
      );
  }
  for (const [country, name] of routes) {
    if (!(name in registry)) {
      throw new CliError(
        `${where}: packs.${country}: unknown pack "${name}"${didYouMean(name, Object.keys(registry))}; known packs: ${known()}`,
      );
    }
    if (config.packs?.[name] === false)
      throw new CliError(`${where}: packs.${country}: pack "${name}" is switched off`);
  }
  const routed = new Set(routes.map(([, name]) => name));
  const otherwisePack =
    config.otherwise && !['review', 'deny', 'allow'].includes(config.otherwise) ? config.otherwise : undefined;
  if (otherwisePack && !(otherwisePack in registry)) {
    throw new CliError(`${where}: otherwise: must be review, deny, allow or a pack name; known packs: ${known()}`);
  }
  if (config.otherwise && routes.length === 0) {
    throw new CliError(`${where}: otherwise: only applies when packs route a pack to a country (e.g. AE: uae)`);
  }

  // Once any pack is routed, a country's pack applies to its country only: never to every recipient.
  const countryPack = (name: string) => routes.length > 0 && registry[name]!.country !== undefined;
  const global: string[] = [];
  if (named.length > 0) {
    for (const [name, setting] of named) {
      if (setting === false || routed.has(name)) continue;
      if (countryPack(name)) {
        throw new CliError(
          `${where}: packs.${name}: a country pack cannot apply to every recipient while others are routed; route it (${registry[name]!.country}: ${name})`,
        );
      }
      global.push(name);
    }
  } else {
    for (const [name, pack] of Object.entries(registry)) {
      if (pack.enabledByDefault && !routed.has(name) && !countryPack(name)) global.push(name);
    }
  }
  const built = new Map<string, Rule[]>();
  const build = (name: string): Rule[] => {
    let rules = built.get(name);
    if (rules) return rules;
    const setting = config.packs?.[name];
    const options = typeof setting === 'object' ? setting : undefined;
    let merged = extra[name] ? { ...(options ?? {}), ...extra[name] } : options;
    if (name === 'content' && config.contentModel) merged = { ...(merged ?? {}), model: config.contentModel };
    try {
      rules = registry[name]!.rules(merged);
    } catch (error) {
      throw new CliError(`${where}: packs.${name}: ${(error as Error).message}`);
    }
    built.set(name, rules);
    return rules;
  };

  // Every list of rules the config builds: the global one, then one per routed pack (and `otherwise`).
  const lists = new Map<string, Rule[]>([['', global.flatMap(build)]]);
  for (const name of new Set([...routed, ...(otherwisePack ? [otherwisePack] : [])])) lists.set(name, build(name));
  const globalRules = lists.get('')!;
  for (const rule of config.pluginRules ?? []) {
    if (globalRules.some((r) => r.id === rule.id))
      throw new CliError(`${where}: plugins: rule id ${rule.id} is already taken`);
    globalRules.push(rule);
  }
  for (const [ruleId, setting] of Object.entries(config.rules ?? {})) {
    const all = [...lists.values()].flat();
    if (!all.some((rule) => rule.id === ruleId)) {
      const hint = didYouMean(
        ruleId,
        all.map((rule) => rule.id),
      );
      throw new CliError(`${where}: rules.${ruleId}: no enabled rule has this id${hint} (see: sms-policy rules)`);
    }
    for (const [key, rules] of lists) {
      lists.set(
        key,
        setting === 'off'
          ? rules.filter((rule) => rule.id !== ruleId)
          : rules.map((rule) => (rule.id === ruleId ? overrideAction(rule, setting) : rule)),
      );
    }
  }
  const rules = lists.get('')!;
  if (routes.length === 0) return rules;
  const packs = Object.fromEntries(routes.map(([country, name]) => [country, lists.get(name)!]));
  const otherwise: OtherwiseSetting = otherwisePack
    ? lists.get(otherwisePack)!
    : ((config.otherwise as 'review' | 'deny' | 'allow' | undefined) ?? 'review');
  try {
    return [...rules, byCountry(packs, { otherwise })];
  } catch (error) {
    throw new CliError(`${where}: packs: ${(error as Error).message}`);
  }
}
