import type { LocaleBundle } from '../types.js';

/** cli messages, English. */
export const cli = {
  'cli.verdict.allow': () => 'allow',
  'cli.verdict.review': () => 'review',
  'cli.verdict.defer': () => 'defer',
  'cli.verdict.deny': () => 'deny',
  'cli.action.deny': () => 'deny',
  'cli.action.defer': () => 'defer',
  'cli.action.review': () => 'review',
  'cli.action.warn': () => 'warn',
  'cli.action.info': () => 'info',
  'cli.file-errors': (p) => `${p.count} file(s) could not be checked (see the errors on stderr); exit code 2.`,
  'cli.skipped': (p) => `skipped ${p.path}: ${p.reason}`,
  'cli.skipped-count': (p) =>
    `${p.count} file(s) skipped (not templates, ignored or outside the tree); --verbose lists them.`,
  'cli.segments': (p) => `${p.segments} segment(s), ${p.encoding}; worst case ${p.worst}`,
  'cli.worst-case': () => 'at maxLength',
  'cli.summary': (p) =>
    `${p.templates} template(s) in ${p.files} file(s): ${p.deny} deny, ${p.defer} defer, ${p.review} review, ${p.allow} allow.`,
  'cli.failing': (p) => `${p.count} finding(s) at or above --fail-on ${p.failOn}.`,
  'cli.template-input': (p) => `The rendered template is not a valid message: ${p.problem}`,
  'cli.error': (p) => `error: ${p.message}`,
  'cli.classify.language': (p) => `language: ${p.language}`,
  'cli.classify.clean': () => 'no prohibited category reached its review threshold',
  'cli.classify.category': (p) => `${p.category}: ${p.action} (score ${p.score})`,
  'cli.keyword.intent': (p) => `intent: ${p.intent}`,
  'cli.keyword.none': () => 'intent: none (not an opt-out, opt-in or help keyword)',
  'cli.rules.none': () => 'No rule packs are available in this build.',
  'cli.sim.title': (p) => `Simulation of template ${p.template} (${p.kind}, sender "${p.senderId}") at ${p.at}`,
  'cli.sim.total': (p) => `${p.total} recipient(s) in ${p.seconds} s; ${p.invalid} invalid row(s)`,
  'cli.sim.verdicts': () => 'Verdicts',
  'cli.sim.rules': () => 'Findings by rule (messages)',
  'cli.sim.deferrals': () => 'Deferrals (earliest retry times)',
  'cli.sim.segments': (p) =>
    `Segments: ${p.total} in total (${p.sendable} for messages not denied); parts per message: ${p.parts}; encodings: ${p.encodings}`,
  'cli.sim.opt-outs': (p) => `Opt-out list: ${p.count} number(s) revoked`,
  'cli.sim.html': (p) => `HTML report written to ${p.path}`,
  'cli.sim.over-max-length': (p) => `${p.count} row(s) give {{${p.name}}} a value longer than its maxLength`,
  'cli.sim.countries': () => 'By recipient country (messages)',
  'cli.sim.countries-rules': () => 'top rules',
  'cli.sim.none': () => '(none)',
} satisfies LocaleBundle;
