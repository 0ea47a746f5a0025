import { maskPhone } from 'sms-policy';

/**
 * What the sender hands approved messages to. Implement it for your SMS gateway (SMPP bind, an HTTP API);
 * the console provider below is for trying the example locally.
 */
export interface ProviderMessage {
  senderId: string;
  /** E.164 recipient. */
  to: string;
  text: string;
}

export interface Provider {
  send(message: ProviderMessage): Promise<{ providerId: string }>;
}

/** Prints instead of sending (masking the number, as logs must). */
export class ConsoleProvider implements Provider {
  private counter = 0;
  async send(message: ProviderMessage): Promise<{ providerId: string }> {
    this.counter += 1;
    console.log(`[provider] ${message.senderId} → ${maskPhone(message.to)}: ${message.text.length} chars`);
    return { providerId: `console-${this.counter}` };
  }
}
