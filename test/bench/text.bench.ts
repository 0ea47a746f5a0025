/** Text toolkit throughput: normalisation with offsets against plain String.prototype.normalize. */
import { countSegments, detectLanguage, normalize } from '../../src/index.js';
import { measure, report } from './_harness.js';

const SAMPLES = [
  'Congratulations! You have WON a £1000 prize. Call 09061701461 to claim now, T&C apply.',
  'مبروووك! ربحت جائزة ١٠٠٠ دينار، أرسل رمز التحقق للمطالبة بها الآن',
  'kifak ya 7abibi, 3enna 3ard 5ase 3al mobilet lyom bas',
  'Ｆｒｅｅ\u200B v\u00edagra — no prescription needed!!!',
];

export default async function run(): Promise<void> {
  const n = 200_000;
  report([
    await measure('sms-policy normalize (with offset map)', n, (i) => normalize(SAMPLES[i % SAMPLES.length]!)),
    await measure('String#normalize NFKC + toLowerCase (no map)', n, (i) =>
      SAMPLES[i % SAMPLES.length]!.normalize('NFKC').toLowerCase(),
    ),
  ]);
  report([await measure('countSegments', n, (i) => countSegments(SAMPLES[i % SAMPLES.length]!))]);
  report([await measure('detectLanguage', n / 4, (i) => detectLanguage(SAMPLES[i % SAMPLES.length]!))]);
}
