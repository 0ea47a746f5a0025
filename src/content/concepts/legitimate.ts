/**
 * Concept classes of legitimate look-alikes: the wording of genuine OTP deliveries, bank security advice,
 * notices that send the reader to an official app or a branch, news and awareness campaigns, and ordinary
 * marketing. Frames built on them carry negative weights inside each category's score: they pull a
 * look-alike below the thresholds, but never switch off a real lure, which keeps its own positive frames.
 *
 * Source: own compilation by the sms-policy authors (2026-12); licence MIT, with the package.
 */
import type { ConceptSpec } from '../_spec.js';

export const LEGITIMATE_CONCEPTS = [
  {
    id: 'code-delivery',
    description: 'a code delivered to the reader ("your code is 4821")',
    en: ['your code is', 'your otp is', 'your verification code is', 'verification code is', 'code is', 'otp is', 'is your code', 'is your otp', 'is your verification code', 'is your one time password', 'is your login code', 'is your security code', 'your one time password is', 'your pin is', 'use code', 'use this code', 'enter this code', 'valid for', 'expires in', 'will expire in', 'to complete your', 'to log in', 'to sign in', 'to verify your', 'for your transaction'],
    ar: ['رمز التحقق الخاص بك', 'رمز التحقق هو', 'رمزك هو', 'رمز الدخول', 'الرمز هو', 'كود التحقق هو', 'كود التفعيل هو', 'رمز التفعيل هو', 'كلمه المرور المؤقته هي', 'رمز التحقق لعمليه', 'هو رمز التحقق', 'صالح لمده', 'صالحه لمده', 'ينتهي خلال', 'تنتهي صلاحيته خلال', 'لاتمام', 'لاكمال', 'لتسجيل الدخول', 'استخدم الرمز'],
    arabizi: ['el ramz howe', 'ramzak'],
  },
  {
    id: 'security-advice',
    description: 'security advice: never share, we never ask, beware of fraud',
    en: ['do not share', "don't share", 'dont share', 'never share', 'never ask', 'will never ask', 'we never ask', 'never call you', 'will never call', 'never request', 'not share this', 'keep it secret', 'beware', 'be aware', 'be careful', 'be alert', 'stay safe', 'stay alert', 'fraud alert', 'scam alert', 'beware of scams', 'beware of fraud', 'report fraud', 'report it', 'report suspicious', 'ignore this message', 'ignore it', 'if you did not request', "if you didn't request", 'did not request this', 'not requested by you', 'no action is needed', 'no action needed', 'no need to reply', 'we will not ask'],
    ar: ['لا تشارك', 'لا تشاركه', 'لا تشاركي', 'عدم مشاركه', 'يرجى عدم مشاركه', 'لا تعطي', 'لا تعطيه', 'لا تفصح', 'عدم الافصاح', 'لن نطلب', 'لا نطلب', 'لا يطلب', 'لن يطلب', 'لن نتصل', 'لا نتصل', 'لن يتصل', 'احذر', 'احذروا', 'انتبه', 'انتبهوا', 'الحذر', 'تحذير من', 'احذر من', 'الاحتيال', 'محاولات الاحتيال', 'رسائل احتيال', 'روابط مشبوهه', 'بلغ عن', 'للابلاغ', 'الابلاغ عن', 'تجاهل الرساله', 'تجاهل هذه الرساله', 'يرجى تجاهل', 'اذا لم تطلب', 'لم تطلب هذا', 'لا داعي', 'لا يلزم اي اجراء'],
    arabizi: ['ma tshare', 'la tsharek', 'ma t3ti', 'e7thar', 'intabeh'],
  },
  {
    id: 'official-route',
    description: 'go through the official app, website you know, a branch, or the number on your card',
    en: ['official app', 'our app', 'the app', 'in the app', 'mobile app', 'official website', 'our website', 'our official', 'visit your nearest branch', 'nearest branch', 'any branch', 'branch', 'visit a branch', 'number on the back of your card', 'back of your card', 'call the number on', 'number on your card', 'your statement', 'customer service', 'log in to the app', 'through the app', 'via the app', 'in-app'],
    ar: ['التطبيق الرسمي', 'تطبيقنا', 'التطبيق', 'عبر التطبيق', 'من خلال التطبيق', 'تطبيق البنك الرسمي', 'الموقع الرسمي', 'موقعنا الرسمي', 'اقرب فرع', 'الفرع', 'فروعنا', 'احد فروعنا', 'مراجعه الفرع', 'زياره اقرب فرع', 'الرقم المدون على ظهر البطاقه', 'الرقم على ظهر البطاقه', 'ظهر البطاقه', 'القنوات الرسميه', 'خدمه العملاء على', 'مركز الخدمه', 'منصه سند', 'تطبيق سند', 'تطبيق ابشر', 'منصه ابشر'],
    arabizi: ['el app', 'el tatbee2', 'a2rab far3'],
  },
  {
    id: 'news',
    description: 'news, arrests, seizures, court rulings, awareness campaigns',
    en: ['police seized', 'seized', 'seizure', 'arrested', 'arrest of', 'busted', 'raid', 'crackdown', 'sentenced', 'convicted', 'jailed', 'court ruled', 'news', 'breaking news', 'report', 'reported', 'authorities', 'awareness', 'campaign against', 'anti-drug', 'anti drug', 'addiction', 'rehab', 'rehabilitation', 'treatment', 'prevention', 'say no to', 'awareness week', 'workshop', 'seminar', 'lecture', 'course', 'webinar', 'training', 'study', 'research', 'article', 'documentary', 'museum', 'exhibition', 'history'],
    ar: ['ضبط', 'ضبطت', 'تم ضبط', 'القبض', 'القاء القبض', 'القت القبض', 'تم القبض', 'مصادره', 'صادرت', 'احباط', 'تم احباط', 'حمله امنيه', 'مداهمه', 'الحكم على', 'حكمت', 'السجن', 'بالسجن', 'عقوبه', 'عقوبات', 'خبر', 'اخبار', 'عاجل من', 'مكافحه', 'مكافحه المخدرات', 'اداره مكافحه', 'الادمان', 'علاج الادمان', 'توعيه', 'توعويه', 'حمله توعيه', 'حمله توعويه', 'الوقايه', 'ورشه', 'ورشه عمل', 'محاضره', 'ندوه', 'دوره', 'دوره تدريبيه', 'دراسه', 'بحث', 'مقال', 'متحف', 'معرض', 'تاريخ'],
    arabizi: ['tawe3ya', 'tow3ya', 'mokaf7a', 'dawra', 'war4a'],
  },
  {
    id: 'opt-out-line',
    description: 'an opt-out line, the mark of a registered bulk sender',
    en: ['reply stop', 'text stop', 'txt stop', 'send stop', 'stop to opt out', 'stop to unsubscribe', 'to opt out', 'to opt-out', 'opt out', 'opt-out', 'to unsubscribe', 'unsubscribe', 'stop2end', 'stop to end', 'stop to cancel', 'reply stop to'],
    ar: ['لالغاء الاشتراك', 'لإلغاء الاشتراك', 'للالغاء', 'للإلغاء', 'لايقاف الرسائل', 'لايقاف الاشتراك', 'لوقف الرسائل', 'الغاء الاشتراك', 'لالغاء الرسائل', 'لعدم استقبال', 'ارسل stop', 'ارسل 0', 'ارسل صفر'],
    arabizi: ['la2ilgha2', 'lel el8a2'],
  },
  {
    id: 'marketing',
    description: 'ordinary marketing: sale, discount, offer, new collection, shop now',
    en: ['sale', 'sales', 'discount', 'discounts', 'off', 'offer', 'offers', 'promo', 'promotion', 'deal', 'deals', 'shop now', 'order now', 'book now', 'buy now', 'new collection', 'new arrivals', 'collection', 'season', 'clearance', 'special price', 'prices', 'price', 'installments', 'visit us', 'visit our store', 'our store', 'our showroom', 'showroom', 'store', 'stores', 'branches', 'open daily', 'opening hours', 'menu', 'delivery available', 'free delivery', 'warranty', 'original', 'authorized dealer', 'authorised dealer', 'official dealer', 'official agent', 'licensed', 'certified'],
    ar: ['خصم', 'خصومات', 'تخفيض', 'تخفيضات', 'تنزيلات', 'عرض', 'عروض', 'العرض', 'العروض', 'عرض خاص', 'عروض خاصه', 'اطلب الان', 'تسوق الان', 'احجز الان', 'تشكيله جديده', 'وصل حديثا', 'موسم', 'اسعار', 'سعر', 'بسعر', 'تقسيط', 'اقساط', 'زورونا', 'زوروا', 'معرضنا', 'فروعنا', 'متجرنا', 'متجر', 'مفتوح يوميا', 'اوقات الدوام', 'ساعات العمل', 'المنيو', 'توصيل مجاني', 'كفاله', 'بكفاله', 'ضمان الوكيل', 'اصلي', 'اصليه', 'الوكيل الرسمي', 'وكيل معتمد', 'الموزع المعتمد', 'مرخص', 'مرخصه', 'معتمد', 'معتمده'],
    arabizi: ['5asm', 'khasm', '3ard', '3rood', 'tanzilat', 'asle', 'asli'],
  },
  {
    id: 'appointment',
    description: 'appointments, reminders, bookings, schedules',
    en: ['appointment', 'your appointment', 'reminder', 'booking', 'your booking', 'reservation', 'scheduled', 'schedule', 'meeting', 'class', 'exam', 'results', 'check-up', 'checkup', 'visit', 'clinic', 'doctor', 'dr', 'hospital', 'pharmacy', 'prescription ready', 'ready for pickup', 'ready for collection', 'pick up', 'collect from'],
    ar: ['موعد', 'موعدك', 'تذكير', 'نذكركم', 'نذكرك', 'حجز', 'حجزك', 'محجوز', 'اجتماع', 'امتحان', 'نتائج', 'فحص', 'مراجعه', 'عياده', 'العياده', 'الطبيب', 'الدكتور', 'مستشفى', 'المستشفى', 'صيدليه', 'الصيدليه', 'جاهز للاستلام', 'جاهزه للاستلام', 'جاهز للتسليم', 'وصفتك جاهزه'],
    arabizi: ['maw3ed', 'maw3id', 'ta4keer', 'tathkeer', '7ajz'],
  },
] as const satisfies readonly ConceptSpec[];
