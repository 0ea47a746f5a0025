/**
 * Jordan mobile prefixes by operator.
 * Source: TRC national numbering plan as summarised in ../shared/domain/RULES.md (JO-NUM-01, confidence B),
 * and libphonenumber's JO metadata (mobile = 7[789]xxxxxxx). Retrieved November 2026.
 * Numbers can be ported between operators, so the operator is the prefix holder, not proof of
 * the current network.
 */
export type JordanOperator = 'Zain' | 'Orange' | 'Umniah';

export const JORDAN_MOBILE_PREFIXES = {
  '77': 'Orange',
  '78': 'Umniah',
  '79': 'Zain',
} as const satisfies Record<string, JordanOperator> as Readonly<Record<string, JordanOperator>>;
