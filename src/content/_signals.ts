/**
 * Signals shared by every category: links (and their flags), call-back numbers, prices, sale and contact
 * wording, and mentions of protected brands. Combined rules of the categories refer to them by name.
 */
import { extractUrls } from '../text/urls.js';
import { type CompiledBrands, linkFlags } from './_links.js';
import { any, ar, en, gap, L, PRICE, R, re } from './_patterns.js';
import { type View, viewSpan } from './_views.js';

export interface Signal {
  name: string;
  span: [number, number];
  /** What was seen (a host, a brand), never a phone number. */
  detail?: string;
}

// News of enforcement (arrests, seizures) mentions prohibited goods without offering them.
const ENFORCEMENT = re(
  `(?:${en(['police arrested', 'arrested', 'seized', 'seizure', 'smuggling', 'smugglers', 'crackdown', 'raided', 'a gang', 'gang', 'referred to court', 'was sentenced', 'dabato', 'dabat', '2abado', 'ma7kame'])}|${ar(['ضبط', 'ضبطت', 'القبض', 'عصابه', 'مهربين', 'المهربين', 'للقضاء', 'مداهمه', 'احباط', 'تهريب', 'ضبطيه', 'حكم على'])})`,
);
const PHONE = re(`(?<![\\p{L}\\p{N}+])\\+?\\d(?:[ -]?\\d){6,14}(?![\\p{N}])`);
const PRICE_RE = re(PRICE);
const SALE = re(
  `(?:${en(['for sale', 'sale', 'buy', 'order now', 'order', 'in stock', 'available', 'delivery', 'deliver', 'shipping', 'cheap', 'best price', 'discreet', 'wholesale', 'per gram', 'per pill', 'per box', 'sell', 'selling'])}|${ar(['للبيع', 'متوفر', 'متوفره', 'للطلب', 'اطلب', 'اطلبها', 'توصيل', 'شحن', 'بيع', 'نبيع', 'سعر', 'بسعر', 'باسعار', 'اسعار', 'مع التوصيل', 'جمله', 'الحبه', 'الغرام', 'موجود', 'موجوده'])})`,
);
const CONTACT = re(
  `(?:${en(['whatsapp', 'telegram', 'dm', 'inbox', 'message us', 'contact us', 'contact me', 'pm me', 'dm me', 'signal', 'snapchat'])}|${ar(['تواصل', 'واتس', 'واتساب', 'تلغرام', 'تليجرام', 'راسلنا', 'راسلني', 'كلمني خاص', 'عالخاص', 'خاص'])})`,
);
const CALL_TO_ACTION = re(
  `(?:${en(['call', 'text', 'reply', 'sms', 'click', 'visit', 'tap', 'go to', 'log in', 'login', 'sign in', 'open the link', 'follow the link', 'whatsapp', 'telegram', 'ittasel', 'ettasel', 'etasel', 'kallimna', 'kalemna', 'd5ol', 'edkhol'])}|${ar(['اتصل', 'كلمني', 'كلمنا', 'اضغط', 'ادخل', 'الرابط', 'رابط', 'ارسل', 'رد', 'تواصل', 'زوروا', 'زر'])})`,
);

export function compileBrandNames(names: readonly string[]): RegExp | null {
  const cleaned = names.map((n) => n.trim().toLowerCase()).filter((n) => n.length >= 3);
  if (cleaned.length === 0) return null;
  return re(`${L}(?:[وفبل]|ال|لل)?${any(cleaned)}${R}`);
}

function collect(view: View, regex: RegExp, name: string, out: Signal[], limit = 8): void {
  regex.lastIndex = 0;
  let count = 0;
  for (let m = regex.exec(view.text); m !== null && count < limit; m = regex.exec(view.text)) {
    if (m[0].length === 0) {
      regex.lastIndex++;
      continue;
    }
    out.push({ name, span: viewSpan(view, m.index, m.index + m[0].length) });
    count++;
  }
}

/** Global signals of a text (on the plain view), with the gap helper re-exported for patterns. */
export function globalSignals(plain: View, brands: CompiledBrands, brandNames: RegExp | null): Signal[] {
  const signals: Signal[] = [];
  const urlSpans: Array<[number, number]> = [];
  for (const url of extractUrls(plain.text).slice(0, 16)) {
    const span = viewSpan(plain, url.span[0], url.span[1]);
    urlSpans.push(url.span);
    signals.push({ name: 'link', span, detail: url.host });
    const { flags, brand } = linkFlags(url, brands);
    for (const flag of flags) signals.push({ name: flag, span, detail: brand ?? url.host });
    if (flags.some((f) => f !== 'official-domain')) signals.push({ name: 'suspicious-link', span, detail: url.host });
  }
  PHONE.lastIndex = 0;
  let phones = 0;
  for (let m = PHONE.exec(plain.text); m !== null && phones < 8; m = PHONE.exec(plain.text)) {
    const at = m.index;
    if (urlSpans.some(([s, e]) => at >= s && at < e)) continue;
    signals.push({ name: 'phone', span: viewSpan(plain, at, at + m[0].length) });
    phones++;
  }
  collect(plain, PRICE_RE, 'price', signals);
  collect(plain, ENFORCEMENT, 'enforcement-news', signals, 1);
  collect(plain, SALE, 'sale', signals);
  collect(plain, CONTACT, 'contact', signals);
  collect(plain, CALL_TO_ACTION, 'cta', signals);
  if (brandNames) collect(plain, brandNames, 'brand', signals);
  return signals;
}

export { gap };
