/**
 * Concept classes of selling: an offer for sale, availability, ordering, delivery and prices. With a product
 * class of a prohibited category (drugs, weapons, replicas, pills) they make the category's frames.
 *
 * Source: own compilation by the sms-policy authors (2026-12); licence MIT, with the package.
 */
import type { ConceptSpec } from '../_spec.js';

export const COMMERCE_CONCEPTS = [
  {
    id: 'sell',
    description: 'offered for sale, available, in stock, to order',
    en: ['for sale', 'sale', 'sell', 'selling', 'buy', 'buying', 'purchase', 'available', 'availability', 'in stock', 'stock', 'we have', 'we got', 'got', 'have', 'supply', 'supplier', 'suppliers', 'wholesale', 'retail', 'bulk', 'order', 'orders', 'order now', 'to order', 'dm to order', 'price', 'prices', 'price list', 'menu', 'cheap', 'cheapest', 'best price', 'best prices', 'low price', 'offer', 'offers', 'deal', 'deals', 'pack', 'packs', 'package', 'box', 'boxes', 'gram', 'grams', 'piece', 'pieces', 'pcs', 'per piece', 'each', 'shop', 'store', 'catalog', 'catalogue', 'collection', 'brand new', 'new stock', 'restock', 'restocked', 'get yours', 'get it', 'want some', 'need some', 'hit me up'],
    ar: ['للبيع', 'بيع', 'نبيع', 'ابيع', 'يبيع', 'شراء', 'اشتري', 'اشتر', 'متوفر', 'متوفره', 'متوافر', 'متوافره', 'يتوفر', 'تتوفر', 'توفر', 'موجود', 'موجوده', 'عندي', 'عندنا', 'لدينا', 'لدي', 'جبنا', 'وصلنا', 'وصل', 'كميات', 'كميه', 'بالجمله', 'جمله', 'مفرق', 'بالحبه', 'اطلب', 'اطلبي', 'للطلب', 'للطلبات', 'الطلب', 'طلبات', 'سعر', 'السعر', 'بسعر', 'اسعار', 'الاسعار', 'اسعارنا', 'رخيص', 'رخيصه', 'ارخص', 'باسعار', 'عرض', 'عروض', 'حبه', 'حبات', 'علبه', 'علب', 'كرتونه', 'غرام', 'جرام', 'جم', 'قطعه', 'قطع', 'شريط', 'باكيت', 'بضاعه', 'البضاعه', 'تشكيله', 'جديد', 'اصناف', 'انواع', 'كل الانواع', 'جميع الانواع', 'مين بدو', 'مين يبي', 'مين يبغى', 'اللي يبي', 'اللي بدو'],
    arabizi: ['lal be3', 'lal bei3', 'lil bei3', 'lilbee3', 'be3', 'bee3', '3endi', '3ndi', '3indi', '3enna', '3ndna', '3inna', 'mawjood', 'mawjud', 'mitwaffer', 'mtwafer', 'metwafer', 'met wafra', 'si3r', 'se3r', 'as3ar', 'r5ees', 'rkhees', 'ra5ees', 'kamiyat', 'bel jomla', 'o6lob', 'otlob', 'mn bado', 'meen bado', 'min yabi'],
  },
  {
    id: 'deliver',
    description: 'delivery, shipping and payment on delivery',
    en: ['delivery', 'deliveries', 'deliver', 'delivered', 'home delivery', 'door delivery', 'doorstep', 'same day', 'same-day', 'next day', 'shipping', 'ship', 'shipped', 'worldwide', 'nationwide', 'all cities', 'cash on delivery', 'cod', 'pickup', 'drop off', 'drop-off', 'dispatch', 'discreet delivery', 'discreet packaging', 'fast delivery', 'express delivery', '24/7'],
    ar: ['توصيل', 'التوصيل', 'بالتوصيل', 'مع التوصيل', 'توصيل مجاني', 'توصيل سريع', 'توصيل لباب البيت', 'لباب البيت', 'لباب بيتك', 'لحد البيت', 'لين البيت', 'شحن', 'الشحن', 'نشحن', 'نوصل', 'نوصل لكل', 'لكل المحافظات', 'لجميع المدن', 'جميع المناطق', 'لكل مكان', 'الدفع عند الاستلام', 'الدفع بعد الاستلام', 'استلام', 'تسليم', 'تسليم يد', 'يد بيد', 'مندوب', 'دليفري', 'ديليفري', 'خدمه 24 ساعه', 'على مدار الساعه', '24 ساعه'],
    arabizi: ['tawseel', 'tawsil', 'twseel', 'tawsel', 'shi7n', 'sha7n', 'delivery', 'dilivery', 'lbab el bet', 'lab bab el bait', 'la bab el bet'],
  },
] as const satisfies readonly ConceptSpec[];
