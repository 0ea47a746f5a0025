/**
 * `--format json`: `{ files: [{ path, templates: [{ id, kind, decision, segments }] }], summary, errors }` (the
 * contract's shape, plus the files that could not be checked); `skipped` too with `--verbose`.
 */
import type { CheckReport, FormatContext } from '../report.js';

export function formatJson(report: CheckReport, context: Pick<FormatContext, 'verbose'> = { verbose: false }): string {
  const out = {
    files: report.files.map((file) => ({
      path: file.path,
      templates: file.templates.map(({ id, kind, decision, segments }) => ({ id, kind, decision, segments })),
    })),
    summary: report.summary,
    errors: report.errors,
    ...(context.verbose ? { skipped: report.skipped } : {}),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
