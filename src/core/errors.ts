/** Typed errors: bad input to a call, and bad options to a factory. */

export type InputIssueCode =
  | 'required'
  | 'invalid_type'
  | 'empty'
  | 'too_long'
  | 'invalid_value'
  | 'invalid_phone'
  | 'invalid_date'
  | 'invalid_text'
  | 'unknown_key';

export interface InputIssue {
  /** Where the problem is, e.g. `['text']` or `['variables', 'name', 'maxLength']`. */
  path: Array<string | number>;
  code: InputIssueCode;
  /** English message. */
  message: string;
  /** Arabic message. */
  messageAr: string;
  params?: Record<string, string | number>;
}

function describe(issues: InputIssue[]): string {
  return issues
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(input)'}: ${issue.message}`)
    .join('; ');
}

/** Invalid input to `check`, `lint` and other calls: `.issues` lists every problem with its path. */
export class PolicyInputError extends Error {
  override readonly name = 'PolicyInputError';
  readonly code = 'POLICY_INPUT';
  readonly issues: InputIssue[];
  constructor(issues: InputIssue[], prefix = 'Invalid input') {
    super(`${prefix}: ${describe(issues)}`);
    this.issues = issues;
  }
}

/** Invalid options given to a factory (`createPolicy`, a rule factory, a store); thrown at construction. */
export class PolicyConfigError extends Error {
  override readonly name = 'PolicyConfigError';
  readonly code = 'POLICY_CONFIG';
  readonly issues: InputIssue[];
  constructor(what: string, issues: InputIssue[]) {
    super(`Invalid options for ${what}: ${describe(issues)}`);
    this.issues = issues;
  }
}
