/**
 * Help texts: the global usage and one page per command. A command's options are listed from the option table
 * `main` parses with, so an option cannot exist without appearing in its help.
 */
import type { ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

export interface CommandHelp {
  synopsis: string[];
  summary: string;
  /** Lines after the options (inputs, exit codes, examples). */
  notes?: string[];
}

export const COMMAND_HELP: Record<string, CommandHelp> = {
  check: {
    synopsis: ['sms-policy check <files|dirs|globs...|-> [options]'],
    summary:
      "Checks message templates (YAML or JSON) with the stateless rules, at their example values and at every variable's maxLength.",
    notes: [
      'A directory is walked for *.yaml, *.yml and *.json; files that are not templates (CI workflows, tsconfig.json,',
      'package.json) are skipped (--verbose lists them). Symbolic links out of the tree are not followed. `-` reads',
      'one template from stdin. A template file that cannot be read or parsed is an error (exit 2); the report for',
      'every other file is still written.',
      '',
      'Exit codes: 0 nothing at or above --fail-on, 1 violations found, 2 usage or input error.',
      '',
      'Examples:',
      '  sms-policy check templates',
      "  sms-policy check . --ignore 'fixtures/**' --format sarif --output sms-policy.sarif",
      '  cat winter-sale.yaml | sms-policy check - --stdin-filename winter-sale.yaml',
    ],
  },
  classify: {
    synopsis: ['sms-policy classify [text] [--json] [--model model.json]'],
    summary: 'Runs the content classifier on a text (the argument, or stdin) and prints the categories it reaches.',
  },
  train: {
    synopsis: ['sms-policy train --data labelled.csv --out model.json [--base default|none]'],
    summary:
      'Trains a content model on your reviewed messages (a CSV with the columns text and label: a category or clean).',
    notes: [
      '--base default (the default) builds on the shipped model; --base none trains on the file alone.',
      'Training is deterministic: the same file gives the same bytes. Use the model with classify --model, or',
      'content: { model: ./model.json } in the config for check and simulate.',
    ],
  },
  keyword: {
    synopsis: ['sms-policy keyword [text] [--json]'],
    summary: 'Says whether a reply (the argument, or stdin) is an opt-out, opt-in or help keyword.',
  },
  rules: {
    synopsis: ['sms-policy rules [--json]'],
    summary: 'Lists every rule id with its default action, clause, confidence and docs page.',
  },
  simulate: {
    synopsis: [
      'sms-policy simulate --template T.yaml --recipients R.csv [--opt-outs O.csv | --consent-db F.sqlite] [options]',
      'sms-policy simulate --campaign campaign.yaml [options]   (several templates; docs/guide/campaigns.md)',
    ],
    summary:
      'Runs policy.check for every recipient of a campaign (memory stores) and tallies verdicts, rules, deferrals and segments.',
    notes: ['Exits 0 when the simulation completes, whatever the verdicts; 2 on a usage or input error.'],
  },
};

/** Descriptions by option name, or by `command.option` where a command means something else by it. */
export const OPTION_HELP: Record<string, string> = {
  help: 'print this help',
  locale: 'en|ar: language of findings and messages (default en, or the config)',
  config:
    'FILE: the config file (default: sms-policy.config.{json,yaml,yml} here or in a directory above, up to the repository root)',
  format: 'text|json|sarif|junit|github: output format (default text)',
  'fail-on': 'deny|review|warn: lowest action that fails the run with exit 1 (default deny)',
  output: 'FILE: write the report to FILE instead of stdout',
  'docs-url': 'URL: base of the help links (default: the docs shipped in this version)',
  verbose: 'also show info findings and list the files that were skipped, with the reason',
  ignore: 'GLOB: skip matching files (repeatable; .gitignore style, relative to the working directory)',
  'stdin-filename': 'NAME: the path reported for the template read with -',
  json: 'print JSON',
  campaign: 'FILE: a campaign file, several templates at once (docs/guide/campaigns.md)',
  price: 'P: price of one segment, for the estimated cost',
  currency: 'CODE: ISO 4217 currency of --price (default JOD)',
  'daily-cap': 'N: at most N messages per Amman day for the account (the delivery timeline)',
  'classify.json': 'print the ContentReport as JSON',
  model: 'FILE: a content model from sms-policy train',
  data: 'FILE: the labelled CSV (columns text and label)',
  out: 'FILE: where the model JSON is written',
  base: 'default|none: build on the shipped model (default) or train on the file alone',
  'rules.json': 'print the rule list as JSON',
  template: 'FILE: the template file',
  'template-id': 'ID: the template to use when the file holds several',
  recipients: 'FILE: recipients CSV (a `to` or `phone` column; other columns are template variables)',
  'opt-outs': 'FILE: CSV of numbers that opted out (opt-out consent model)',
  'consent-db': 'FILE: a SQLite consent ledger to read instead',
  at: 'ISO: send time of the campaign (default now)',
  rate: 'N: messages per second from --at on (default: all at --at)',
  account: "A: the sending account (default: the template's, or the config)",
  html: 'FILE: also write a self-contained HTML report',
  'invalid-out':
    'FILE: write one CSV row per recipient row that could not be evaluated (row,field,reason; numbers masked)',
};

export const GLOBAL_USAGE = `sms-policy — policy checks for outbound SMS

Usage:
  sms-policy check <files|dirs|globs...|-> [--format text|json|sarif|junit|github] [--fail-on deny|review|warn]
                   [--locale en|ar] [--config FILE] [--output FILE] [--ignore GLOB]... [--verbose]
  sms-policy classify [text] [--json] [--model F] (reads stdin when no text is given)
  sms-policy keyword [text] [--json]           (reads stdin when no text is given)
  sms-policy train --data labelled.csv --out model.json [--base default|none]
  sms-policy rules [--json]
  sms-policy simulate --template T.yaml --recipients R.csv [--opt-outs O.csv | --consent-db F.sqlite]
                   [--at ISO] [--rate N] [--template-id ID] [--account A] [--json] [--html report.html]
                   [--output FILE] [--invalid-out invalid.csv] [--price P --currency JOD] [--daily-cap N]
  sms-policy simulate --campaign campaign.yaml [same options]

Options:
  -h, --help       help; \`sms-policy <command> --help\` for one command's options
  -v, --version    print the version

Exit codes: 0 nothing at or above --fail-on (default deny), 1 violations found, 2 usage or input error.
Config: sms-policy.config.json|yaml|yml in the working directory or a directory above it (up to the
repository root), or --config FILE.
`;

function optionLabel(name: string, option: Options[string]): string {
  const short = option.short ? `-${option.short}, ` : '    ';
  const value = option.type === 'string' ? ` ${valueName(name)}` : '';
  return `  ${short}--${name}${value}`;
}

function valueName(name: string): string {
  const help = OPTION_HELP[name] ?? '';
  const colon = help.indexOf(':');
  const head = colon > 0 ? help.slice(0, colon) : '';
  return head && !head.includes(' ') ? head : 'VALUE';
}

function describe(command: string, name: string): string {
  const text = OPTION_HELP[`${command}.${name}`] ?? OPTION_HELP[name] ?? '';
  const colon = text.indexOf(': ');
  const head = colon > 0 ? text.slice(0, colon) : '';
  return head && !head.includes(' ') ? text.slice(colon + 2) : text;
}

/** The help page of one command. */
export function commandHelp(command: string, options: Options): string {
  const help = COMMAND_HELP[command];
  const rows = Object.entries(options)
    .sort(([a], [b]) => (a === 'help' ? 1 : b === 'help' ? -1 : 0))
    .map(([name, option]) => [optionLabel(name, option), describe(command, name)] as const);
  const width = Math.max(...rows.map(([label]) => label.length)) + 2;
  const lines = [
    `Usage: ${help?.synopsis[0] ?? `sms-policy ${command} [options]`}`,
    ...(help?.synopsis.slice(1).map((line) => `       ${line}`) ?? []),
    '',
    ...(help ? [help.summary, ''] : []),
    'Options:',
    ...rows.map(([label, text]) => `${label.padEnd(width)}${text}`.trimEnd()),
  ];
  if (help?.notes) lines.push('', ...help.notes);
  return `${lines.join('\n')}\n`;
}
