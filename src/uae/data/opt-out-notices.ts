/**
 * What UAE promotional texts add to the shared opt-out notice phrases (core data): the operators' block
 * keyword “B” (and “N”) sent to the short code 7726, e.g. “send B AcmeStore to 7726”, «أرسل B إلى 7726».
 * Source: Vonage and ClickSend UAE guides, EasySendSMS (“SMS N to XXXX”), read November 2026. Compiled for
 * sms-policy (MIT).
 */

/**
 * The UAE's additions to the shared opt-out notice data.
 *
 * @example
 * UAE_OPT_OUT_ADDITIONS.keywords; // ['B', 'N']
 */
export const UAE_OPT_OUT_ADDITIONS = {
  keywords: ['B', 'N'],
  phrases: { en: ['to block', 'to stop receiving'], ar: ['للحجب', 'لحظر الرسائل', 'لإيقاف استلام'] },
  toShortCode: ['to short code', 'إلى الرقم المختصر'],
} as const;
