import type { LocaleBundle } from '../types.js';

/** cli messages, Arabic. */
export const cli = {
  'cli.verdict.allow': () => 'مسموح',
  'cli.verdict.review': () => 'مراجعة',
  'cli.verdict.defer': () => 'تأجيل',
  'cli.verdict.deny': () => 'مرفوض',
  'cli.segments': (p) => `عدد الأجزاء ${p.segments}، الترميز ${p.encoding}؛ في أسوأ حالة ${p.worst}`,
  'cli.worst-case': () => 'عند الطول الأقصى',
  'cli.summary': (p) =>
    `${p.templates} قالب في ${p.files} ملف: ${p.deny} مرفوض، ${p.defer} مؤجل، ${p.review} للمراجعة، ${p.allow} مسموح.`,
  'cli.failing': (p) => `${p.count} ملاحظة بمستوى ${p.failOn} أو أعلى (--fail-on).`,
  'cli.template-input': (p) => `القالب بعد التعبئة ليس رسالة صالحة: ${p.problem}`,
  'cli.error': (p) => `خطأ: ${p.message}`,
  'cli.classify.language': (p) => `اللغة: ${p.language}`,
  'cli.classify.clean': () => 'لم تبلغ أي فئة محظورة حد المراجعة',
  'cli.classify.category': (p) => `${p.category}: ${p.action} (الدرجة ${p.score})`,
  'cli.keyword.intent': (p) => `النية: ${p.intent}`,
  'cli.keyword.none': () => 'النية: لا شيء (ليست كلمة إلغاء أو اشتراك أو مساعدة)',
  'cli.rules.none': () => 'لا تتوفر حزم قواعد في هذا الإصدار.',
  'cli.sim.title': (p) => `محاكاة القالب ${p.template} (${p.kind}، المرسل "${p.senderId}") بتاريخ ${p.at}`,
  'cli.sim.total': (p) => `${p.total} مستلم خلال ${p.seconds} ث؛ ${p.invalid} سطر غير صالح`,
  'cli.sim.verdicts': () => 'القرارات',
  'cli.sim.rules': () => 'الملاحظات حسب القاعدة (عدد الرسائل)',
  'cli.sim.deferrals': () => 'التأجيلات (أقرب أوقات إعادة المحاولة)',
  'cli.sim.segments': (p) =>
    `الأجزاء: ${p.total} إجمالاً (${p.sendable} للرسائل غير المرفوضة)؛ أجزاء كل رسالة: ${p.parts}؛ الترميز: ${p.encodings}`,
  'cli.sim.opt-outs': (p) => `قائمة الإلغاء: ${p.count} رقم ملغى`,
  'cli.sim.html': (p) => `كُتب تقرير HTML في ${p.path}`,
  'cli.sim.over-max-length': (p) => `${p.count} سطر يعطي {{${p.name}}} قيمة أطول من maxLength`,
  'cli.sim.countries': () => 'حسب بلد المستقبِل (رسائل)',
  'cli.sim.countries-rules': () => 'أكثر القواعد',
  'cli.sim.none': () => '(لا شيء)',
} satisfies LocaleBundle;
