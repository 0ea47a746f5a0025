/**
 * The frames every prohibited-goods category shares: a product of the category plus an offer for sale,
 * delivery, a contact channel, a price or a secrecy cue; and news or awareness about it as a look-alike.
 * A category file adds its own frames beside these.
 */
import type { FrameSpec } from './_spec.js';

export const CONTACT = ['phone', 'messaging', 'link-messaging', 'link', 'email'];

/**
 * Frames for the concepts `<category>-strong`, `<category>-product` and `<category>-weak`. Talks, courses and
 * films about a product read as a look-alike, except where they are the product (`topicIsProduct`: piracy).
 */
export function goodsFrames(category: string, { topicIsProduct = false, available = false } = {}): FrameSpec[] {
  const lookalike = topicIsProduct ? ['news'] : ['news', 'topic'];
  const product = [`${category}-strong`, `${category}-product`];
  const any = [...product, `${category}-weak`];
  return [
    { id: 'for-sale', weight: 5, near: [any, 'sell'], window: 10, note: 'the product offered for sale or available' },
    { id: 'delivery', weight: 4, near: [any, 'deliver'], window: 12, note: 'the product with delivery' },
    { id: 'contact', weight: 3, near: [product], with: [CONTACT], note: 'the product with a number, chat or link' },
    { id: 'price', weight: 3, near: [any, 'money'], window: 8, note: 'the product with a price' },
    // Dialect availability («كاين»، «اكو»، `mawgood`), as dealers of drugs and arms write it.
    ...(available
      ? [
          {
            id: 'offer',
            weight: 5,
            near: [any, 'available'],
            window: 8,
            note: 'the product said to be in, arrived or available (dialect or slang)',
          },
        ]
      : []),
    {
      id: 'secrecy',
      weight: 3,
      near: [any, 'secrecy'],
      window: 16,
      note: 'the product with discretion or "no questions"',
    },
    { id: 'news', weight: -9, near: [lookalike], with: [product], note: 'news, arrests, awareness campaigns about it' },
    { id: 'marketing-only', weight: -1, near: ['opt-out-line'], note: 'a registered sender\u2019s opt-out line' },
  ];
}
