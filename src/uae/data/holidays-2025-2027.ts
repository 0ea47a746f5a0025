/**
 * UAE official public holidays 2025–2027 (public and private sector, unified since 2019), as local Dubai dates.
 *
 * Sources: the Cabinet's unified holiday list as reported by Gulf News (2019) and Zawya (2022): New Year
 * 1 January; Eid al-Fitr 29 Ramadan–3 Shawwal; Arafat Day 9 Dhu al-Hijjah; Eid al-Adha 10–12 Dhu al-Hijjah;
 * Hijri New Year 1 Muharram; the Prophet's Birthday 12 Rabi' al-Awwal; Commemoration Day 1 December; National
 * Day 2–3 December. Religious dates here are ESTIMATES computed on 2026-11-26 with the Umm al-Qura calendar of
 * the platform's ICU data; the UAE announces them after the moon sighting and sometimes moves a Hijri New Year
 * or Prophet's Birthday holiday to a Friday. Add announced days with `uaeRules({ holidays: [...] })`.
 * Licence: part of sms-policy (MIT); dates are facts.
 */
import type { HolidayCalendar } from '../../core/holidays.js';

const civil = (date: string, name: string, nameAr: string) =>
  ({ date, name, nameAr, kind: 'civil', estimated: false }) as const;
const religious = (date: string, name: string, nameAr: string) =>
  ({ date, name, nameAr, kind: 'religious', estimated: true }) as const;

const NEW_YEAR = ['New Year’s Day', 'رأس السنة الميلادية'] as const;
const FITR = ['Eid al-Fitr', 'عيد الفطر'] as const;
const ARAFAT = ['Arafat Day', 'يوم عرفة'] as const;
const ADHA = ['Eid al-Adha', 'عيد الأضحى'] as const;
const HIJRI_NEW_YEAR = ['Hijri New Year', 'رأس السنة الهجرية'] as const;
const MAWLID = ['Prophet’s Birthday', 'المولد النبوي الشريف'] as const;
const COMMEMORATION = ['Commemoration Day', 'يوم الشهيد'] as const;
const NATIONAL = ['National Day', 'اليوم الوطني'] as const;

/**
 * UAE official holidays 2025–2027 as Dubai dates; religious dates are estimates (see the header).
 *
 * @example
 * uaeRules({ holidays: ['2026-03-24'] }); // an announced extra Eid day
 */
export const UAE_HOLIDAYS_2025_2027 = {
  id: 'uae-holidays-2025-2027',
  from: '2025-01-01',
  to: '2027-12-31',
  generated: '2026-11-26',
  sources: [
    'https://gulfnews.com/uae/uae-cabinet-approves-national-holidays-for-public-and-private-sector-1.1572516124110',
    'https://www.zawya.com/en/world/middle-east/uae-cabinet-announces-public-holidays-for-public-and-private-sectors-for-2023-sxbhkiu8',
    'Umm al-Qura calendar (ICU islamic-umalqura), computed 2026-11-26',
  ],
  note: 'Religious holidays depend on the moon sighting and are announced by the Cabinet shortly before; dates marked estimated may move by a day or be shifted to a weekend. Add announced days with the `holidays` option.',
  holidays: [
    civil('2025-01-01', ...NEW_YEAR),
    religious('2025-03-29', ...FITR),
    religious('2025-03-30', ...FITR),
    religious('2025-03-31', ...FITR),
    religious('2025-04-01', ...FITR),
    religious('2025-06-05', ...ARAFAT),
    religious('2025-06-06', ...ADHA),
    religious('2025-06-07', ...ADHA),
    religious('2025-06-08', ...ADHA),
    religious('2025-06-26', ...HIJRI_NEW_YEAR),
    religious('2025-09-04', ...MAWLID),
    civil('2025-12-01', ...COMMEMORATION),
    civil('2025-12-02', ...NATIONAL),
    civil('2025-12-03', ...NATIONAL),

    civil('2026-01-01', ...NEW_YEAR),
    religious('2026-03-18', ...FITR),
    religious('2026-03-19', ...FITR),
    religious('2026-03-20', ...FITR),
    religious('2026-03-21', ...FITR),
    religious('2026-03-22', ...FITR),
    religious('2026-05-26', ...ARAFAT),
    religious('2026-05-27', ...ADHA),
    religious('2026-05-28', ...ADHA),
    religious('2026-05-29', ...ADHA),
    religious('2026-06-16', ...HIJRI_NEW_YEAR),
    religious('2026-08-25', ...MAWLID),
    civil('2026-12-01', ...COMMEMORATION),
    civil('2026-12-02', ...NATIONAL),
    civil('2026-12-03', ...NATIONAL),

    civil('2027-01-01', ...NEW_YEAR),
    religious('2027-03-08', ...FITR),
    religious('2027-03-09', ...FITR),
    religious('2027-03-10', ...FITR),
    religious('2027-03-11', ...FITR),
    religious('2027-05-15', ...ARAFAT),
    religious('2027-05-16', ...ADHA),
    religious('2027-05-17', ...ADHA),
    religious('2027-05-18', ...ADHA),
    religious('2027-06-06', ...HIJRI_NEW_YEAR),
    religious('2027-08-14', ...MAWLID),
    civil('2027-12-01', ...COMMEMORATION),
    civil('2027-12-02', ...NATIONAL),
    civil('2027-12-03', ...NATIONAL),
  ],
} satisfies HolidayCalendar;
