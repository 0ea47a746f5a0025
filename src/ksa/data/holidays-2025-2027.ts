/**
 * Saudi official holidays 2025–2027 for the private sector, as local Riyadh dates.
 *
 * Sources: Founding Day (22 February) and National Day (23 September) are fixed days; Eid al-Fitr (four days
 * from 1 Shawwal) and Eid al-Adha (four days from the Day of Arafah, 9 Dhu al-Hijjah) follow the Labour Law's
 * implementing regulations as reported by the press (see `sources`). The public sector gets longer Eid
 * breaks, which are not listed. Religious dates here are ESTIMATES computed on 2026-11-26 with the Umm
 * al-Qura calendar of the platform's ICU data (the official Saudi calendar; the Eid dates still follow the
 * moon sighting). Add announced days with `ksaRules({ holidays: [...] })`.
 * Licence: part of sms-policy (MIT); dates are facts.
 */
import type { HolidayCalendar } from '../../core/holidays.js';

const civil = (date: string, name: string, nameAr: string) =>
  ({ date, name, nameAr, kind: 'civil', estimated: false }) as const;
const religious = (date: string, name: string, nameAr: string) =>
  ({ date, name, nameAr, kind: 'religious', estimated: true }) as const;

const FOUNDING = ['Founding Day', 'يوم التأسيس'] as const;
const FITR = ['Eid al-Fitr', 'عيد الفطر'] as const;
const ARAFAT = ['Day of Arafah', 'يوم عرفة'] as const;
const ADHA = ['Eid al-Adha', 'عيد الأضحى'] as const;
const NATIONAL = ['National Day', 'اليوم الوطني'] as const;

/**
 * Saudi official holidays 2025–2027 as Riyadh dates; religious dates are estimates (see the header).
 *
 * @example
 * ksaRules({ holidays: ['2026-03-24'] }); // an announced extra Eid day
 */
export const KSA_HOLIDAYS_2025_2027 = {
  id: 'ksa-holidays-2025-2027',
  from: '2025-01-01',
  to: '2027-12-31',
  generated: '2026-11-26',
  sources: [
    'https://gulfnews.com/world/gulf/saudi/heres-the-list-of-public-holidays-in-saudi-arabia-in-2024-1.100567566',
    'https://hijri-calendars.com/holiday-calendar.php?lang=en',
    'Umm al-Qura calendar (ICU islamic-umalqura), computed 2026-11-26',
  ],
  note: 'Eid dates depend on the moon sighting and are announced shortly before; dates marked estimated may move by a day. Public-sector Eid breaks are longer. Add announced days with the `holidays` option.',
  holidays: [
    civil('2025-02-22', ...FOUNDING),
    religious('2025-03-30', ...FITR),
    religious('2025-03-31', ...FITR),
    religious('2025-04-01', ...FITR),
    religious('2025-04-02', ...FITR),
    religious('2025-06-05', ...ARAFAT),
    religious('2025-06-06', ...ADHA),
    religious('2025-06-07', ...ADHA),
    religious('2025-06-08', ...ADHA),
    civil('2025-09-23', ...NATIONAL),

    civil('2026-02-22', ...FOUNDING),
    religious('2026-03-20', ...FITR),
    religious('2026-03-21', ...FITR),
    religious('2026-03-22', ...FITR),
    religious('2026-03-23', ...FITR),
    religious('2026-05-26', ...ARAFAT),
    religious('2026-05-27', ...ADHA),
    religious('2026-05-28', ...ADHA),
    religious('2026-05-29', ...ADHA),
    civil('2026-09-23', ...NATIONAL),

    civil('2027-02-22', ...FOUNDING),
    religious('2027-03-09', ...FITR),
    religious('2027-03-10', ...FITR),
    religious('2027-03-11', ...FITR),
    religious('2027-03-12', ...FITR),
    religious('2027-05-15', ...ARAFAT),
    religious('2027-05-16', ...ADHA),
    religious('2027-05-17', ...ADHA),
    religious('2027-05-18', ...ADHA),
    civil('2027-09-23', ...NATIONAL),
  ],
} satisfies HolidayCalendar;
