/**
 * `sms-policy.config.json|yaml|yml`: which packs run, their options, per-rule action overrides and CLI
 * defaults. Found in the working directory unless `--config` names a file. Validated with zod; a bad
 * config is an input error (exit 2) naming the file and the key.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, isAbsolute, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { byCountry, type OtherwiseSetting } from '../core/by-country.js';
import type { Finding, FindingAction, Locale, RateClaim, Rule, RuleActionSetting } from '../core/types.js';
import { CliError } from './io.js';
import type { PackDefinition, PackOptions } from './packs.js';

export const CONFIG_FILES = ['sms-policy.config.json', 'sms-policy.config.yaml', 'sms-policy.config.yml'];

export type FailOn = 'deny' | 'review' | 'warn';

const COUNTRY = /^[A-Z]{2}$/;

const ACTION_SETTINGS = ['deny', 'defer', 'review', 'warn', 'info', 'off'] as const;

const configSchema = z
  .object({
    // `<pack>: true | false | { options }`, and `<COUNTRY>: <pack>` to apply a pack only to recipients of that
    // country (ISO 3166 alpha-2, e.g. `AE: uae`); see selectRules.
    packs: z
      .record(z.string(), z.union([z.boolean(), z.string().min(1), z.record(z.string(), z.unknown())]))
      .superRefine((packs, ctx) => {
        for (const [key, value] of Object.entries(packs)) {
          if (COUNTRY.test(key) !== (typeof value === 'string')) {
            ctx.addIssue({
              code: 'custom',
              path: [key],
              message: COUNTRY.test(key)
                ? 'a country key names the pack its recipients get, e.g. AE: uae'
                : 'a pack is true, false or its options (a pack name goes under a country code, e.g. AE: uae)',
            });
          }
        }
      })
      .optional(),
    /** Recipients of countries no `<COUNTRY>: <pack>` lists: review (default), deny, allow, or a pack name. */
    otherwise: z.string().min(1).optional(),
    rules: z.record(z.string(), z.enum(ACTION_SETTINGS)).optional(),
    locale: z.enum(['en', 'ar']).optional(),
    failOn: z.enum(['deny', 'review', 'warn']).optional(),
    account: z.string().trim().min(1).optional(),
    region: z.string().length(2).optional(),
    plugins: z.array(z.string().min(1)).optional(),
  })
  .strict();

export type ConfigFile = z.infer<typeof configSchema>;

export interface CliConfig {
  file?: string;
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

/** Loads `--config` or the first config file found in `cwd`; `{}` when there is none. */
export async function loadConfig(cwd: string, explicit: string | undefined): Promise<CliConfig> {
  let file = explicit;
  if (file === undefined) file = CONFIG_FILES.find((name) => existsSync(join(cwd, name)));
  if (file === undefined) return {};
  const path = isAbsolute(file) ? file : join(cwd, file);
  let source: string;
  try {
    source = await readFile(path, 'utf8');
  } catch {
    throw new CliError(`${file}: cannot read the config file`);
  }
  let data: unknown;
  if (file.endsWith('.json')) {
    try {
      data = JSON.parse(source);
    } catch (error) {
      throw new CliError(`${file}: invalid JSON: ${(error as Error).message}`);
    }
  } else {
    const lineCounter = new LineCounter();
    const doc = parseDocument(source, { lineCounter });
    const first = doc.errors[0];
    if (first) {
      const pos = lineCounter.linePos(first.pos[0]);
      throw new CliError(`${file}:${pos.line}:${pos.col}: invalid YAML: ${first.message.split('\n')[0]}`);
    }
    data = doc.toJS() ?? {};
  }
  const parsed = configSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new CliError(`${file}: invalid config: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  const config: CliConfig = { file };
  const value = parsed.data;
  if (value.packs) config.packs = value.packs as Record<string, boolean | string | PackOptions>;
  if (value.otherwise) config.otherwise = value.otherwise;
  if (value.rules) config.rules = value.rules;
  if (value.locale) config.locale = value.locale;
  if (value.failOn) config.failOn = value.failOn;
  if (value.account) config.account = value.account;
  if (value.region) config.region = value.region;
  if (value.plugins) config.pluginRules = await loadPlugins(file, dirname(path), value.plugins);
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
    if (!(name in registry)) throw new CliError(`${where}: packs.${name}: unknown pack; known packs: ${known()}`);
  }
  for (const [country, name] of routes) {
    if (!(name in registry)) {
      throw new CliError(`${where}: packs.${country}: unknown pack "${name}"; known packs: ${known()}`);
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
    const merged = extra[name] ? { ...(options ?? {}), ...extra[name] } : options;
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
    if (![...lists.values()].some((rules) => rules.some((rule) => rule.id === ruleId))) {
      throw new CliError(`${where}: rules.${ruleId}: no enabled rule has this id (see: sms-policy rules)`);
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
