/**
 * Jordan's official public holidays, 2025–2027, as local Amman dates.
 *
 * Sources: civil holidays are fixed by the official holidays system (New Year, Labour Day, Independence
 * Day, Christmas) as listed on government and press pages (see `sources`). Religious holidays follow the
 * Hijri calendar: their dates here are ESTIMATES computed on 2026-11-25 with the Umm al-Qura calendar of
 * the platform's ICU data (Eid al-Fitr 1–3 Shawwal; Arafat and Eid al-Adha 9–12 Dhu al-Hijjah; Hijri New
 * Year 1 Muharram; the Prophet's Birthday 12 Rabi' al-Awwal; Isra and Mi'raj 27 Rajab). The government
 * announces the actual days after the moon sighting and often moves or extends a holiday (a Thursday or
 * Sunday added to a weekend); add announced days with `jordanRules({ holidays: [...] })` or pass a newer
 * calendar. Easter is a holiday for Christian employees only and is not listed.
 * Licence: this data file is part of sms-policy (MIT); dates are facts.
 */
import type { HolidayCalendar } from './types.js';

const civil = (date: string, name: string, nameAr: string) =>
  ({ date, name, nameAr, kind: 'civil', estimated: false }) as const;
const religious = (date: string, name: string, nameAr: string) =>
  ({ date, name, nameAr, kind: 'religious', estimated: true }) as const;

const NEW_YEAR = ['New Year’s Day', 'رأس السنة الميلادية'] as const;
const ISRA = ['Isra and Mi’raj', 'ذكرى الإسراء والمعراج'] as const;
const FITR = ['Eid al-Fitr', 'عيد الفطر'] as const;
const LABOUR = ['Labour Day', 'عيد العمال'] as const;
const INDEPENDENCE = ['Independence Day', 'عيد الاستقلال'] as const;
const ARAFAT = ['Day of Arafah', 'يوم عرفة'] as const;
const ADHA = ['Eid al-Adha', 'عيد الأضحى'] as const;
const HIJRI_NEW_YEAR = ['Hijri New Year', 'رأس السنة الهجرية'] as const;
const MAWLID = ['Prophet’s Birthday', 'المولد النبوي الشريف'] as const;
const CHRISTMAS = ['Christmas Day', 'عيد الميلاد المجيد'] as const;

/**
 * Jordan's official holidays 2025–2027 as Amman dates; religious dates are estimates (see the header).
 *
 * @example
 * jordanRules({ calendar: { ...JORDAN_HOLIDAYS_2025_2027, holidays: [...JORDAN_HOLIDAYS_2025_2027.holidays, myDay] } });
 */
export const JORDAN_HOLIDAYS_2025_2027 = {
  id: 'jordan-holidays-2025-2027',
  from: '2025-01-01',
  to: '2027-12-31',
  generated: '2026-11-25',
  sources: [
    'https://www.pm.gov.jo/',
    'https://petra.gov.jo/',
    'Umm al-Qura calendar (ICU islamic-umalqura), computed 2026-11-25',
  ],
  note: 'Religious holidays depend on the moon sighting and are announced by the Prime Ministry shortly before; dates marked estimated may move by a day, and announced holidays are often extended. Add announced days with the `holidays` option.',
  holidays: [
    civil('2025-01-01', ...NEW_YEAR),
    religious('2025-01-27', ...ISRA),
    religious('2025-03-30', ...FITR),
    religious('2025-03-31', ...FITR),
    religious('2025-04-01', ...FITR),
    civil('2025-05-01', ...LABOUR),
    civil('2025-05-25', ...INDEPENDENCE),
    religious('2025-06-05', ...ARAFAT),
    religious('2025-06-06', ...ADHA),
    religious('2025-06-07', ...ADHA),
    religious('2025-06-08', ...ADHA),
    religious('2025-06-26', ...HIJRI_NEW_YEAR),
    religious('2025-09-04', ...MAWLID),
    civil('2025-12-25', ...CHRISTMAS),

    civil('2026-01-01', ...NEW_YEAR),
    religious('2026-01-16', ...ISRA),
    religious('2026-03-20', ...FITR),
    religious('2026-03-21', ...FITR),
    religious('2026-03-22', ...FITR),
    civil('2026-05-01', ...LABOUR),
    civil('2026-05-25', ...INDEPENDENCE),
    religious('2026-05-26', ...ARAFAT),
    religious('2026-05-27', ...ADHA),
    religious('2026-05-28', ...ADHA),
    religious('2026-05-29', ...ADHA),
    religious('2026-06-16', ...HIJRI_NEW_YEAR),
    religious('2026-08-25', ...MAWLID),
    civil('2026-12-25', ...CHRISTMAS),

    civil('2027-01-01', ...NEW_YEAR),
    religious('2027-01-05', ...ISRA),
    religious('2027-03-09', ...FITR),
    religious('2027-03-10', ...FITR),
    religious('2027-03-11', ...FITR),
    civil('2027-05-01', ...LABOUR),
    religious('2027-05-15', ...ARAFAT),
    religious('2027-05-16', ...ADHA),
    religious('2027-05-17', ...ADHA),
    religious('2027-05-18', ...ADHA),
    civil('2027-05-25', ...INDEPENDENCE),
    religious('2027-06-06', ...HIJRI_NEW_YEAR),
    religious('2027-08-14', ...MAWLID),
    religious('2027-12-25', ...ISRA),
    civil('2027-12-25', ...CHRISTMAS),
  ],
} satisfies HolidayCalendar;
