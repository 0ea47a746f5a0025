/** The result model of `check`, shared by every output format. */
import type { Decision, Finding, FindingAction, Locale, Rule, Verdict } from '../core/types.js';
import type { SegmentCount } from '../text/segments.js';
import type { FailOn } from './config-schema.js';
import type { SourceRegion } from './templates/index.js';

/** A finding placed in the template file. `render` says which rendering produced it. */
export interface LocatedFinding extends Finding {
  render: 'example' | 'worst-case';
  location: { line: number; column: number; endLine: number; endColumn: number };
}

export interface TemplateResult {
  id: string;
  kind: string;
  decision: Omit<Decision, 'findings'> & { findings: LocatedFinding[] };
  segments: { example: SegmentCount; worstCase: SegmentCount };
  /** Time spent evaluating the template (both renderings), for JUnit's `time`. Not in `--format json`. */
  durationMs: number;
}

/** A file that looks like a template but could not be read or parsed: the run exits 2, the report is still written. */
export interface FileError {
  path: string;
  /** The problem, without the path. */
  message: string;
  line?: number;
  column?: number;
}

/** A file that was found but not checked, and why (`--verbose` lists them). */
export interface SkippedFile {
  path: string;
  reason: string;
}

export interface FileResult {
  path: string;
  templates: TemplateResult[];
}

export interface CheckSummary {
  files: number;
  templates: number;
  verdicts: Record<Verdict, number>;
  findings: number;
  /** Findings at or above `failOn`. */
  failing: number;
  failOn: FailOn;
  /** Files that look like templates but could not be read or parsed. */
  errors: number;
  /** Files found but not checked (not templates, ignored, links out of the tree). */
  skipped: number;
}

export interface CheckReport {
  files: FileResult[];
  summary: CheckSummary;
  errors: FileError[];
  skipped: SkippedFile[];
}

export interface FormatContext {
  locale: Locale;
  colour: boolean;
  failOn: FailOn;
  /** Every rule that ran (for SARIF's rule table). */
  rules: readonly Rule[];
  /** Rules from config plugins: their docs are not in this package. */
  externalRuleIds: ReadonlySet<string>;
  version: string;
  docsBaseUrl: string;
  /** Show `info` findings (segment counts, message class) in text, github, junit and sarif; json always has them. */
  verbose: boolean;
  /** The exit code the run ends with (SARIF records it in its invocation). */
  exitCode: number;
  /** The package root, where the rule docs pages are read for SARIF's help texts. */
  packageRoot?: string;
}

/** The findings a human-facing format shows: `info` only when verbose. */
export function shownFindings<T extends { action: FindingAction }>(findings: T[], context: { verbose: boolean }): T[] {
  return context.verbose ? findings : findings.filter((finding) => finding.action !== 'info');
}

const ACTION_RANK: Record<FindingAction, number> = { info: 0, warn: 1, review: 2, defer: 3, deny: 4 };
const FAIL_RANK: Record<FailOn, number> = { warn: 1, review: 2, deny: 4 };

/** True when a finding's action is at or above the `--fail-on` level. */
export function isFailing(action: FindingAction, failOn: FailOn): boolean {
  return ACTION_RANK[action] >= FAIL_RANK[failOn];
}

export function regionToLocation(region: SourceRegion): LocatedFinding['location'] {
  return {
    line: region.start.line,
    column: region.start.column,
    endLine: region.end.line,
    endColumn: region.end.column,
  };
}
