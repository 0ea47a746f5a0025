/** What a caller hands the consent ledger. The events, the store port and the status shapes are core ports. */
import type { ConsentAction, ConsentEvidence, ConsentSource } from '../core/ports.js';
import type { MessageKind } from '../core/types.js';

/** What a caller passes to `ledger.record`. */
export interface ConsentRecordInput {
  /** Phone number in any common format (normalised to E.164, default region JO). */
  subject: string;
  account: string;
  senderId?: string;
  kind?: MessageKind;
  action: ConsentAction;
  at: Date | string;
  source: ConsentSource;
  evidence?: ConsentEvidence;
}
