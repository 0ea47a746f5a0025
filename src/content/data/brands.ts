/**
 * Protected brands: names people impersonate in phishing SMS, with their official domains. A link whose host
 * looks like one of these (contains the brand key, or is one edit away) but is not an official domain is
 * flagged as a look-alike.
 *
 * Source: compiled by the sms-policy authors from the institutions' public web sites and the Central Bank of
 * Jordan's list of licensed banks, as known in November 2026; domains should be re-checked before relying on
 * them. Licence: MIT (facts only).
 */

export interface ProtectedBrand {
  /** Display name. */
  name: string;
  /** Names and spellings as they appear in messages (English and Arabic). */
  names: readonly string[];
  /** Official registrable domains; their subdomains are official too. */
  domains: readonly string[];
  /** Keys looked for inside link hosts (lowercase ASCII, no dots); defaults to the first domain's label. */
  keys?: readonly string[];
}

export const JORDAN_BRANDS = [
  {
    name: 'Arab Bank',
    names: ['arab bank', 'البنك العربي'],
    domains: ['arabbank.jo', 'arabbank.com'],
    keys: ['arabbank'],
  },
  {
    name: 'Housing Bank',
    names: ['housing bank', 'بنك الاسكان'],
    domains: ['hbtf.com', 'hbtf.com.jo'],
    keys: ['hbtf', 'housingbank'],
  },
  {
    name: 'Jordan Islamic Bank',
    names: ['jordan islamic bank', 'البنك الاسلامي الاردني'],
    domains: ['jordanislamicbank.com'],
    keys: ['jordanislamicbank', 'islamicbank'],
  },
  {
    name: 'Bank al Etihad',
    names: ['bank al etihad', 'بنك الاتحاد'],
    domains: ['bankaletihad.com'],
    keys: ['bankaletihad', 'etihadbank'],
  },
  {
    name: 'Cairo Amman Bank',
    names: ['cairo amman bank', 'بنك القاهره عمان'],
    domains: ['cab.jo'],
    keys: ['cairoamman', 'cab'],
  },
  {
    name: 'Jordan Kuwait Bank',
    names: ['jordan kuwait bank', 'البنك الاردني الكويتي'],
    domains: ['jkb.com'],
    keys: ['jkb', 'jordankuwait'],
  },
  { name: 'Capital Bank', names: ['capital bank', 'كابيتال بنك'], domains: ['capitalbank.jo'], keys: ['capitalbank'] },
  {
    name: 'Jordan Ahli Bank',
    names: ['ahli bank', 'البنك الاهلي'],
    domains: ['ahli.com'],
    keys: ['ahlibank', 'jordanahli'],
  },
  {
    name: 'Bank of Jordan',
    names: ['bank of jordan', 'بنك الاردن'],
    domains: ['bankofjordan.com'],
    keys: ['bankofjordan'],
  },
  { name: 'Safwa Islamic Bank', names: ['safwa bank', 'بنك صفوه'], domains: ['safwabank.com'], keys: ['safwabank'] },
  {
    name: 'Arab Jordan Investment Bank',
    names: ['ajib', 'بنك الاستثمار العربي الاردني'],
    domains: ['ajib.com'],
    keys: ['ajib'],
  },
  {
    name: 'Jordan Commercial Bank',
    names: ['jordan commercial bank', 'البنك التجاري الاردني'],
    domains: ['jcbank.com.jo'],
    keys: ['jcbank'],
  },
  { name: 'Invest Bank', names: ['invest bank', 'بنك الاستثمار'], domains: ['investbank.jo'], keys: ['investbank'] },
  {
    name: 'Central Bank of Jordan',
    names: ['central bank of jordan', 'البنك المركزي الاردني', 'البنك المركزي'],
    domains: ['cbj.gov.jo'],
    keys: ['cbj', 'centralbank'],
  },
  {
    name: 'Zain',
    names: ['zain', 'زين', 'zain cash', 'زين كاش'],
    domains: ['zain.com', 'jo.zain.com', 'zaincash.jo'],
    keys: ['zain', 'zaincash'],
  },
  {
    name: 'Orange',
    names: ['orange', 'اورانج', 'اورنج', 'orange money'],
    domains: ['orange.jo', 'orange.com'],
    keys: ['orange'],
  },
  { name: 'Umniah', names: ['umniah', 'امنيه'], domains: ['umniah.com'], keys: ['umniah'] },
  { name: 'Sanad', names: ['sanad', 'سند', 'تطبيق سند'], domains: ['sanad.gov.jo', 'jordan.gov.jo'], keys: ['sanad'] },
  {
    name: 'Income and Sales Tax Department',
    names: ['دائره ضريبه الدخل', 'istd'],
    domains: ['istd.gov.jo'],
    keys: ['istd'],
  },
  {
    name: 'Public Security Directorate',
    names: ['الامن العام', 'public security'],
    domains: ['psd.gov.jo'],
    keys: ['psd'],
  },
  {
    name: 'Social Security Corporation',
    names: ['الضمان الاجتماعي', 'social security'],
    domains: ['ssc.gov.jo'],
    keys: ['ssc'],
  },
  {
    name: 'Jordan Post',
    names: ['jordan post', 'البريد الاردني'],
    domains: ['jordanpost.com.jo'],
    keys: ['jordanpost'],
  },
  {
    name: 'eFAWATEERcom',
    names: ['efawateercom', 'اي فواتيركم', 'فواتيركم'],
    domains: ['efawateercom.jo'],
    keys: ['efawateer', 'fawateer'],
  },
  { name: 'CliQ / JoPACC', names: ['cliq', 'كليك'], domains: ['jopacc.com'], keys: ['jopacc'] },
  { name: 'Aramex', names: ['aramex', 'ارامكس'], domains: ['aramex.com'], keys: ['aramex'] },
] as const satisfies readonly ProtectedBrand[];

/** Gulf banks, operators and government portals often impersonated in Arabic phishing SMS. */
export const GULF_BRANDS = [
  {
    name: 'Al Rajhi Bank',
    names: ['al rajhi', 'الراجحي', 'مصرف الراجحي'],
    domains: ['alrajhibank.com.sa'],
    keys: ['alrajhi', 'rajhi'],
  },
  {
    name: 'Saudi National Bank',
    names: ['snb', 'البنك الاهلي السعودي'],
    domains: ['alahli.com', 'snb.com'],
    keys: ['alahli'],
  },
  { name: 'STC', names: ['stc', 'اس تي سي'], domains: ['stc.com.sa', 'stcpay.com.sa'], keys: ['stcpay'] },
  { name: 'Absher', names: ['absher', 'ابشر'], domains: ['absher.sa'], keys: ['absher'] },
  {
    name: 'Saudi Post',
    names: ['saudi post', 'سبل', 'البريد السعودي'],
    domains: ['splonline.com.sa', 'spl.com.sa'],
    keys: ['splonline'],
  },
  {
    name: 'Emirates NBD',
    names: ['emirates nbd', 'الامارات دبي الوطني'],
    domains: ['emiratesnbd.com'],
    keys: ['emiratesnbd'],
  },
  { name: 'Etisalat (e&)', names: ['etisalat', 'اتصالات'], domains: ['etisalat.ae', 'eand.com'], keys: ['etisalat'] },
  { name: 'du', names: ['du telecom'], domains: ['du.ae'], keys: ['dutelecom'] },
  {
    name: 'Emirates Post',
    names: ['emirates post', 'بريد الامارات'],
    domains: ['emiratespost.ae'],
    keys: ['emiratespost'],
  },
  { name: 'QNB', names: ['qnb'], domains: ['qnb.com'], keys: ['qnb'] },
  { name: 'KNET', names: ['knet', 'كي نت'], domains: ['knet.com.kw'], keys: ['knet'] },
] as const satisfies readonly ProtectedBrand[];

export const GLOBAL_BRANDS = [
  { name: 'PayPal', names: ['paypal', 'باي بال'], domains: ['paypal.com', 'paypal.me'], keys: ['paypal'] },
  {
    name: 'Apple',
    names: ['apple id', 'icloud'],
    domains: ['apple.com', 'icloud.com'],
    keys: ['apple', 'icloud', 'appleid'],
  },
  {
    name: 'Google',
    names: ['google', 'gmail'],
    domains: ['google.com', 'gmail.com', 'g.co'],
    keys: ['google', 'gmail'],
  },
  {
    name: 'Microsoft',
    names: ['microsoft', 'outlook', 'office 365'],
    domains: ['microsoft.com', 'outlook.com', 'live.com', 'office.com'],
    keys: ['microsoft', 'office365', 'outlook'],
  },
  { name: 'Amazon', names: ['amazon'], domains: ['amazon.com', 'amazon.ae', 'amazon.sa', 'amzn.to'], keys: ['amazon'] },
  { name: 'Netflix', names: ['netflix', 'نتفلكس'], domains: ['netflix.com'], keys: ['netflix'] },
  {
    name: 'Meta',
    names: ['facebook', 'instagram', 'whatsapp', 'فيسبوك', 'واتساب'],
    domains: ['facebook.com', 'fb.com', 'instagram.com', 'whatsapp.com', 'wa.me', 'meta.com'],
    keys: ['facebook', 'instagram', 'whatsapp'],
  },
  { name: 'DHL', names: ['dhl'], domains: ['dhl.com'], keys: ['dhl'] },
  { name: 'FedEx', names: ['fedex'], domains: ['fedex.com'], keys: ['fedex'] },
  { name: 'UPS', names: ['ups'], domains: ['ups.com'], keys: ['ups'] },
  { name: 'Visa', names: ['visa'], domains: ['visa.com'], keys: ['visa'] },
  { name: 'Mastercard', names: ['mastercard', 'ماستركارد'], domains: ['mastercard.com'], keys: ['mastercard'] },
  { name: 'Binance', names: ['binance'], domains: ['binance.com'], keys: ['binance'] },
  { name: 'Coinbase', names: ['coinbase'], domains: ['coinbase.com'], keys: ['coinbase'] },
  // Couriers, streaming, telecoms, banks and tax offices that smishing outside the region names most often (own
  // compilation from the organisations' sites, December 2026).
  { name: 'USPS', names: ['usps'], domains: ['usps.com'], keys: ['usps'] },
  { name: 'Royal Mail', names: ['royal mail', 'royalmail'], domains: ['royalmail.com'], keys: ['royalmail'] },
  { name: 'Evri', names: ['evri'], domains: ['evri.com'], keys: ['evri'] },
  { name: 'DPD', names: ['dpd'], domains: ['dpd.com', 'dpd.co.uk'], keys: ['dpd'] },
  {
    name: 'Canada Post',
    names: ['canada post'],
    domains: ['canadapost.ca', 'canadapost-postescanada.ca'],
    keys: ['canadapost'],
  },
  { name: 'Australia Post', names: ['australia post', 'auspost'], domains: ['auspost.com.au'], keys: ['auspost'] },
  { name: 'Disney+', names: ['disney+', 'disney plus', 'disneyplus'], domains: ['disneyplus.com'], keys: ['disney'] },
  { name: 'Spotify', names: ['spotify'], domains: ['spotify.com'], keys: ['spotify'] },
  { name: 'TikTok', names: ['tiktok'], domains: ['tiktok.com'], keys: ['tiktok'] },
  {
    name: 'Vodafone',
    names: ['vodafone', 'فودافون'],
    domains: ['vodafone.com', 'vodafone.co.uk', 'vodafone.com.au', 'vodafone.com.eg', 'vodafone.qa'],
    keys: ['vodafone'],
  },
  {
    name: 'Ooredoo',
    names: ['ooredoo', 'اوريدو'],
    domains: ['ooredoo.com', 'ooredoo.qa', 'ooredoo.om'],
    keys: ['ooredoo'],
  },
  { name: 'Mobily', names: ['mobily', 'موبايلي'], domains: ['mobily.com.sa'], keys: ['mobily'] },
  { name: 'Batelco', names: ['batelco', 'بتلكو'], domains: ['batelco.com'], keys: ['batelco'] },
  { name: 'Airtel', names: ['airtel'], domains: ['airtel.in', 'airtel.com'], keys: ['airtel'] },
  { name: 'HMRC', names: ['hmrc'], domains: ['gov.uk'], keys: ['hmrc'] },
  { name: 'Western Union', names: ['western union'], domains: ['westernunion.com'], keys: ['westernunion'] },
  { name: 'Barclays', names: ['barclays'], domains: ['barclays.co.uk', 'barclays.com'], keys: ['barclays'] },
  { name: 'HSBC', names: ['hsbc'], domains: ['hsbc.com', 'hsbc.co.uk', 'hsbc.ae'], keys: ['hsbc'] },
  { name: 'Lloyds Bank', names: ['lloyds'], domains: ['lloydsbank.com', 'lloydsbank.co.uk'], keys: ['lloyds'] },
  { name: 'NatWest', names: ['natwest'], domains: ['natwest.com'], keys: ['natwest'] },
  { name: 'Wells Fargo', names: ['wells fargo'], domains: ['wellsfargo.com'], keys: ['wellsfargo'] },
  { name: 'Bank of America', names: ['bank of america'], domains: ['bankofamerica.com'], keys: ['bankofamerica'] },
  { name: 'HDFC Bank', names: ['hdfc'], domains: ['hdfcbank.com'], keys: ['hdfc'] },
  { name: 'ICICI Bank', names: ['icici'], domains: ['icicibank.com'], keys: ['icici'] },
  { name: 'Paytm', names: ['paytm'], domains: ['paytm.com'], keys: ['paytm'] },
  { name: 'Careem', names: ['careem', 'كريم'], domains: ['careem.com'], keys: ['careem'] },
  { name: 'Talabat', names: ['talabat', 'طلبات'], domains: ['talabat.com'], keys: ['talabat'] },
  { name: 'AliExpress', names: ['aliexpress'], domains: ['aliexpress.com'], keys: ['aliexpress'] },
  { name: 'SHEIN', names: ['shein'], domains: ['shein.com'], keys: ['shein'] },
  { name: 'eBay', names: ['ebay'], domains: ['ebay.com', 'ebay.co.uk'], keys: ['ebay'] },
] as const satisfies readonly ProtectedBrand[];

/** Brands protected by default. */
export const DEFAULT_BRANDS: readonly ProtectedBrand[] = [...JORDAN_BRANDS, ...GULF_BRANDS, ...GLOBAL_BRANDS];

/** Public URL shorteners. */
export const SHORTENERS: ReadonlySet<string> = new Set([
  'bit.ly',
  'bitly.com',
  'tinyurl.com',
  't.co',
  'goo.gl',
  'ow.ly',
  'is.gd',
  'v.gd',
  'cutt.ly',
  'rebrand.ly',
  'shorturl.at',
  'tiny.cc',
  'rb.gy',
  's.id',
  't.ly',
  'buff.ly',
  'bit.do',
  'shorte.st',
  'adf.ly',
  'lnkd.in',
  'tiny.one',
  'short.io',
  'shorturl.com',
  'qr.net',
  'clck.ru',
  'u.to',
  'x.co',
  'trib.al',
  'soo.gd',
  'urlz.fr',
  'link.tl',
  'bl.ink',
  '2u.pw',
  'gg.gg',
  'hyperurl.co',
  'surl.li',
  'shrtco.de',
  'tinu.be',
  'urlshortener.at',
]);

/** Free hosting and tunnelling domains often used for throw-away phishing pages. */
export const FREE_HOSTS: readonly string[] = [
  'ngrok.io',
  'ngrok-free.app',
  'ngrok.app',
  '000webhostapp.com',
  'weebly.com',
  'wixsite.com',
  'blogspot.com',
  'github.io',
  'firebaseapp.com',
  'web.app',
  'glitch.me',
  'netlify.app',
  'vercel.app',
  'pages.dev',
  'workers.dev',
  'duckdns.org',
  'herokuapp.com',
  'repl.co',
  'trycloudflare.com',
  'sites.google.com',
  'square.site',
  'webflow.io',
  'serveo.net',
  'loca.lt',
  'myshopify.com',
  'formstack.com',
  'jotform.com',
  'forms.gle',
];
