/**
 * Shapes of the Jordan pack's data: the dated TRC ruleset and the holiday calendar. Data modules satisfy
 * these types and hold no logic; the rule factories take them as arguments (pin or override them).
 */
import type { ConfidenceGrade, FindingAction } from '../../core/types.js';

/** The JO-* clause codes of RULES.md section 2. */
export type JordanClauseCode =
  | 'JO-CLS-01'
  | 'JO-CLS-02'
  | 'JO-CLS-03'
  | 'JO-CLS-04'
  | 'JO-SND-01'
  | 'JO-SND-03'
  | 'JO-TIM-01'
  | 'JO-TIM-02'
  | 'JO-TIM-03'
  | 'JO-OPT-01'
  | 'JO-OPT-03'
  | 'JO-FRQ-01'
  | 'JO-ENC-01'
  | 'JO-NUM-01'
  | 'JO-REC-01';

/** One clause of the instructions, as reported, with how firm the report is. */
export interface JordanClause {
  code: JordanClauseCode;
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

export interface JordanRulesetDefaults {
  /** IANA zone of the instructions' clock. */
  timeZone: string;
  /** ADV quiet hours, local `HH:MM`; the window may wrap midnight. */
  quietHours: { start: string; end: string };
  /** Days the `strict` profile treats as weekend (0 Sunday … 6 Saturday). */
  weekendDays: number[];
  senderId: {
    maxLength: number;
    /** The promotional prefix, compared case-insensitively. */
    advPrefix: string;
  };
  /** ADV messages per sender ID per recipient per local calendar day. */
  advDailyCap: number;
}

/** A dated, versioned ruleset. Pin one by passing it to `jordanRules({ ruleset })`. */
export interface JordanRuleset {
  /** e.g. `2024-11-06`: the date of the instructions it reflects. */
  version: string;
  title: string;
  titleAr: string;
  /** When the sources were read. */
  retrieved: string;
  /** False until checked against the official TRC text. */
  verified: boolean;
  defaults: JordanRulesetDefaults;
  clauses: JordanClause[];
}

/** Holidays and calendars have one shape for every country pack (core/holidays). */
export type { Holiday, HolidayCalendar } from '../../core/holidays.js';

/** Options every Jordan rule factory accepts. */
export interface JordanRuleBaseOptions {
  /** The action of the rule's finding; defaults to the ruleset's default for its clause. */
  action?: FindingAction;
  /** Pin a dated ruleset (default: the latest shipped, `RULESET_2024_11_06`). */
  ruleset?: JordanRuleset;
}
