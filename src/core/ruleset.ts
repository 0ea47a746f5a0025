/**
 * The shape every country pack's dated ruleset shares (libphonenumber-style: the rules take their data as an
 * argument, the entry point binds a dated dataset), and the plumbing that turns a clause into rule metadata:
 * clause code, confidence, sources, the `verified` flag and the docs page.
 */
import { z } from 'zod';
import { makeIssue } from './_issues.js';
import { PolicyConfigError } from './errors.js';
import type { RuleDefinition } from './rule.js';
import {
  type ConfidenceGrade,
  FINDING_ACTIONS,
  type FindingAction,
  type MessageField,
  type RuleNeed,
} from './types.js';

/** One clause of a regulator's rules, as reported, with how firm the report is. */
export interface RulesetClause<Code extends string = string> {
  code: Code;
  /** The rule enforcing it, or `null` when the clause needs no rule (documented only). */
  ruleId: string | null;
  title: string;
  /** The clause in our own words (English). */
  clause: string;
  /** The clause in our own words (Arabic). */
  clauseAr: string;
  /** A regulator wording as reported; B several vendors agree; C one vendor; D inferred. */
  confidence: ConfidenceGrade;
  /** What the rule does by default; `null` for documented-only clauses. */
  defaultAction: FindingAction | null;
  sources: string[];
  /** Where sources disagree, in one sentence. */
  disputed?: string;
}

/** A dated, versioned ruleset: a country pack's facts, pinned by passing it to the pack's factory. */
export interface DatedRuleset<Code extends string = string, Defaults = unknown> {
  /** The date of the regulation (or the latest report) it reflects, e.g. `2020-11-03`. */
  version: string;
  title: string;
  titleAr: string;
  /** When the sources were read. */
  retrieved: string;
  /** False until checked against the regulator's own text. */
  verified: boolean;
  defaults: Defaults;
  clauses: Array<RulesetClause<Code>>;
}

export const actionSchema = z.enum(FINDING_ACTIONS);

/** Zod schema of a clause; `code` is checked against the pack's pattern. */
export function clauseSchema(code: RegExp) {
  return z.object({
    code: z.string().regex(code),
    ruleId: z.string().nullable(),
    title: z.string(),
    clause: z.string(),
    clauseAr: z.string(),
    confidence: z.enum(['A', 'B', 'C', 'D']),
    defaultAction: actionSchema.nullable(),
    sources: z.array(z.string()),
    disputed: z.string().optional(),
  });
}

/** Freezes shipped data so a caller's accidental mutation cannot change every policy in the process. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** An option holding a data object, validated once by identity however many factories receive it. */
export function dataOption<T extends object>(schema: z.ZodType, expected: string, validated: WeakSet<object>) {
  return z.custom<T>().superRefine((value, ctx) => {
    if (typeof value !== 'object' || value === null) {
      ctx.addIssue({ code: 'custom', message: `must be ${expected}` });
      return;
    }
    if (validated.has(value)) return;
    const result = schema.safeParse(value);
    if (result.success) {
      validated.add(value);
      return;
    }
    for (const issue of result.error.issues.slice(0, 10)) {
      const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
      ctx.addIssue({ code: 'custom', message: issue.message, path });
    }
  });
}

/** The clause of a code in a ruleset; a ruleset missing it is a configuration error. */
export function clauseOf<C extends string>(ruleset: DatedRuleset<C>, code: C, what: string): RulesetClause<C> {
  const clause = ruleset.clauses.find((entry) => entry.code === code);
  if (!clause) {
    const params = { version: ruleset.version, clause: code };
    const issue = makeIssue(['ruleset', 'clauses'], 'required', params, undefined, 'core.issue.ruleset-clause-missing');
    delete issue.params; // as ever: the text names the ruleset and the clause
    throw new PolicyConfigError(what, [issue]);
  }
  return clause;
}

/** The action a rule uses: the option, else the clause default, else `fallback`. */
export function clauseAction<C extends string>(
  option: FindingAction | undefined,
  ruleset: DatedRuleset<C>,
  code: C,
  fallback: FindingAction,
): FindingAction {
  return option ?? ruleset.clauses.find((entry) => entry.code === code)?.defaultAction ?? fallback;
}

/** Metadata of a pack rule from its clause: source code, confidence, sources, verified flag, docs page. */
export function clauseMeta<C extends string>(input: {
  ruleset: DatedRuleset<C>;
  code: C;
  id: string;
  description: string;
  action: FindingAction;
  needs?: RuleNeed[];
  /** The message field a finding without a span is about (for `check` to point at its line). */
  field?: MessageField;
}): Omit<RuleDefinition, 'check' | 'claims' | 'stage'> {
  const clause = clauseOf(input.ruleset, input.code, input.id);
  const meta: Omit<RuleDefinition, 'check' | 'claims' | 'stage'> = {
    id: input.id,
    description: input.description,
    defaultAction: input.action,
    source: input.code,
    confidence: clause.confidence,
    verified: input.ruleset.verified,
    sources: [...clause.sources],
    docs: `docs/rules/${input.id}.md`,
  };
  if (input.needs) meta.needs = input.needs;
  if (input.field) meta.field = input.field;
  return meta;
}
