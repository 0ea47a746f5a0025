/**
 * jordan/segments (JO-ENC-01): how the text will be encoded and billed. Arabic needs UCS-2 (70 units in one
 * segment, 67 per part); GSM-7 holds 160, or 153 per part. An info finding carries the count; with
 * `maxSegments` a longer text is reported with the rule's action.
 */
import { z } from 'zod';
import { defineRule } from '../core/rule.js';
import type { FindingAction, Rule } from '../core/types.js';
import { countSegments } from '../text/segments.js';
import {
  actionSchema,
  baseOptionsShape,
  type JordanRuleBaseOptions,
  jordanMeta,
  LATEST_JORDAN_RULESET,
} from './_options.js';
import { JORDAN_MESSAGES } from './messages.js';
import { parseOptions } from '../core/options.js';

export interface SegmentsOptions extends JordanRuleBaseOptions {
  /** Report texts longer than this many segments with `overAction`. */
  maxSegments?: number;
  /** Action for texts over `maxSegments`. Default `warn`. */
  overAction?: FindingAction;
}

const optionsSchema = z.strictObject({
  ...baseOptionsShape,
  maxSegments: z.number().int().min(1).max(255).optional(),
  overAction: actionSchema.optional(),
});

/**
 * Reports the encoding, units and segment count of the text.
 *
 * @example
 * const rule = segments({ maxSegments: 3 });
 * // "مرحبا" → info { encoding: 'UCS-2', units: 5, segments: 1 }
 */
export function segments(options: SegmentsOptions = {}): Rule {
  const parsed = parseOptions(optionsSchema, options ?? {}, 'segments');
  const ruleset = parsed.ruleset ?? LATEST_JORDAN_RULESET;
  const action = parsed.action ?? 'info';
  const overAction = parsed.overAction ?? 'warn';
  const maxSegments = parsed.maxSegments;

  return defineRule({
    messages: JORDAN_MESSAGES,
    ...jordanMeta({
      ruleset,
      code: 'JO-ENC-01',
      id: 'jordan/segments',
      description: 'Reports the SMS encoding (GSM-7 or UCS-2), units and segments of the text.',
      action,
    }),
    stage: 'stateless',
    check(message, ctx) {
      const count = countSegments(message.text);
      const data = {
        encoding: count.encoding,
        units: count.units,
        segments: count.segments,
        perSegment: count.perSegment,
      };
      const over = maxSegments !== undefined && count.segments > maxSegments;
      return [
        ctx.finding({
          action: over ? overAction : action,
          messageId: over ? 'jordan.segments-over' : 'jordan.segments',
          params: { ...data, ...(maxSegments !== undefined ? { max: maxSegments } : {}) },
          evidence: [{ data }],
        }),
      ];
    },
  });
}
