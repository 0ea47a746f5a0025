/**
 * flood/duplicate-content (policy P11): the same or nearly the same text reaches one recipient at most
 * `limit` times per `windowMs`, from any account. Texts are compared by fingerprint (`contentFingerprint`):
 * the exact hash of the text with links, numbers and names masked, and 8 MinHash LSH bands for texts that
 * differ in a word or two. Each is a claim with the same limit, so a message whose exact hash OR any band
 * was already seen by this recipient within the window is refused, and refusing consumes nothing.
 */
import { z } from 'zod';
import type { RuleWithDefaults } from '../core/policy.js';
import type { RateClaim } from '../core/types.js';
import type { MemberRateLimit } from '../core/rate-limit.js';
import { claimFor, commonShape, floodSettings, lazyMemoryStore, withDefaultStore } from './_rule.js';
import type { FloodLimitSettings, FloodRuleCommonOptions } from './options.js';
import { memoizeByString } from '../core/_memo.js';
import { contentFingerprint } from './fingerprint.js';
import { parseOptions } from '../core/options.js';

// A campaign renders one template many times: fingerprint each distinct text once.
const fingerprintOf = memoizeByString(contentFingerprint, 1_024);

export interface DuplicateContentOptions extends FloodRuleCommonOptions, Partial<Omit<FloodLimitSettings, 'burst'>> {
  /** Also catch near-duplicates (MinHash bands). Default true; false keeps the exact hash only. */
  nearDuplicates?: boolean;
}

export const DUPLICATE_CONTENT_DEFAULTS = { limit: 1, windowMs: 86_400_000 } as const;

const { burst: _burst, ...shape } = commonShape;
const schema = z.object({ ...shape, nearDuplicates: z.boolean().optional() }).strict();

/**
 * Refuses repeated content to one recipient (default: a second copy within 24 hours, ADV and AWR, `deny`).
 *
 * @example
 * const rule = duplicateContent({ windowMs: 3_600_000, kinds: ['ADV'] });
 */
export function duplicateContent(options?: DuplicateContentOptions): RuleWithDefaults {
  const parsed = parseOptions(schema, options ?? {}, 'duplicateContent');
  const common = floodSettings(parsed, options, DUPLICATE_CONTENT_DEFAULTS, 'deny', ['ADV', 'AWR']);
  const action = common.action;
  const near = parsed.nearDuplicates ?? true;
  return withDefaultStore(
    {
      id: 'flood/duplicate-content',
      description: 'The same or nearly the same text goes to one recipient at most a set number of times per window.',
      defaultAction: action,
      source: 'policy P11',
      confidence: 'B',
      verified: false,
      docs: 'docs/rules/flood/duplicate-content.md',
      claims(message, ctx): RateClaim[] {
        if (!common.applies(message)) return [];
        const settings = common.settingsFor(message.account);
        const { limit: count, windowMs } = settings;
        // One use per window is exactly GCRA with limit 1 (one number per key); more needs the exact log.
        const shape: Omit<MemberRateLimit, 'key'> =
          count === 1 ? { algorithm: 'gcra', limit: 1, windowMs } : { algorithm: 'sliding', limit: count, windowMs };
        const recipient = message.to;
        const fingerprint = fingerprintOf(message.text);
        const claim = (key: string, data: Record<string, string>): RateClaim =>
          claimFor(
            { key, ...shape },
            {
              ctx,
              action,
              messageId: data.match === 'exact' ? 'flood.duplicate-content' : 'flood.duplicate-content-near',
              recipient,
              settings,
              data,
            },
          );
        const claims = [
          claim(`flood:dup:${recipient}:${fingerprint.exact}`, { match: 'exact', fingerprint: fingerprint.exact }),
        ];
        if (near) {
          for (const band of fingerprint.bands)
            claims.push(claim(`flood:near:${recipient}:${band}`, { match: 'near', band }));
        }
        return claims;
      },
    },
    options?.defaultRateStore ?? lazyMemoryStore(),
  );
}
