import { z } from 'zod';

/**
 * Policy documents are often dated only to the year or month ("issued in 2019"), so a date
 * is stored at the precision the source gives: YYYY, YYYY-MM or YYYY-MM-DD. Padding it out
 * to a full day would invent precision the source does not have.
 */
export const partialDateSchema = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, {
    message: 'Use YYYY, YYYY-MM or YYYY-MM-DD, for example 2019 or 2021-06 or 2021-06-10',
  })
  .refine(isRealCalendarDate, { message: 'That day does not exist in that month' });

export type PartialDate = z.infer<typeof partialDateSchema>;

function isRealCalendarDate(value: string): boolean {
  const [year, month, day] = value.split('-').map(Number);
  if (day === undefined || month === undefined || year === undefined) return true;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The year of a partial date, for grouping and year-range filters. */
export function yearOf(date: PartialDate | null | undefined): number | null {
  if (!date) return null;
  return Number(date.slice(0, 4));
}
